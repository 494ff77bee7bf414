/**
 * The wizard's steps, each a small form part that reads and checks its own answers: role, PIN,
 * profiles with their tier, help contacts, and what is recorded with the consent to it.
 */
import type { Contact } from '../../core/policy/schema.ts';
import { TIER_IDS } from '../../core/taxonomy.ts';
import type { TierId } from '../../core/taxonomy.ts';
import { PIN_PATTERN } from '../../core/pin/hash.ts';
import { t } from '../../platform/i18n.ts';
import { contactList } from '../shared/contacts.ts';
import { el } from '../shared/dom.ts';

export interface Answers {
  role: 'parent' | 'school';
  pin: string;
  profiles: { name: string; tier: TierId }[];
  contacts: Contact[];
  childConsent: 'yes' | 'under7' | undefined;
  adultConsent: boolean;
}

export interface Step {
  id: string;
  render(answers: Answers): HTMLElement;
  /** A message key saying what is missing, or undefined when the step is complete. */
  check(answers: Answers): string | undefined;
}

function field(labelKey: string, control: HTMLElement): HTMLElement {
  return el('label', { class: 'field' }, el('span', {}, t(labelKey)), control);
}

function radio(
  name: string,
  value: string,
  checked: boolean,
  labelKey: string,
  onPick: () => void,
) {
  const input = el('input', { type: 'radio', name, value, 'data-testid': `${name}-${value}` });
  input.checked = checked;
  input.addEventListener('change', onPick);
  return el('label', { class: 'choice' }, input, t(labelKey));
}

const roleStep: Step = {
  id: 'role',
  render(a) {
    return el(
      'div',
      {},
      el('h2', {}, t('wizardRoleTitle')),
      el(
        'p',
        {},
        radio('role', 'parent', a.role === 'parent', 'wizardRoleParent', () => (a.role = 'parent')),
      ),
      el(
        'p',
        {},
        radio('role', 'school', a.role === 'school', 'wizardRoleSchool', () => (a.role = 'school')),
      ),
    );
  },
  check: () => undefined,
};

const pinStep: Step = {
  id: 'pin',
  render(a) {
    const pin = el('input', {
      type: 'password',
      inputmode: 'numeric',
      'data-testid': 'wizard-pin',
    });
    const again = el('input', {
      type: 'password',
      inputmode: 'numeric',
      'data-testid': 'wizard-pin-again',
    });
    pin.value = a.pin;
    again.value = a.pin;
    const sync = () => (a.pin = pin.value === again.value ? pin.value : '');
    pin.addEventListener('input', sync);
    again.addEventListener('input', sync);
    return el(
      'div',
      {},
      el('h2', {}, t('wizardPinTitle')),
      el('p', {}, t('wizardPinIntro')),
      field('pinNew', pin),
      field('pinAgain', again),
      el('p', { class: 'muted' }, t('pinRecovery')),
    );
  },
  check: (a) => (PIN_PATTERN.test(a.pin) ? undefined : 'wizardPinMissing'),
};

const profilesStep: Step = {
  id: 'profiles',
  render(a) {
    const box = el('div', {});
    const draw = () => {
      const rows = a.profiles.map((profile, index) => {
        const name = el('input', {
          type: 'text',
          value: profile.name,
          'data-testid': 'wizard-profile-name',
        });
        name.addEventListener('input', () => (profile.name = name.value));
        const tier = el('select', { 'data-testid': 'wizard-profile-tier' });
        for (const id of TIER_IDS) {
          const option = el('option', { value: id }, t(`tier_${id}`));
          option.selected = id === profile.tier;
          tier.append(option);
        }
        tier.addEventListener('change', () => (profile.tier = tier.value as TierId));
        const remove = el('button', { type: 'button', class: 'secondary' }, t('remove'));
        remove.disabled = a.profiles.length <= 1;
        remove.addEventListener('click', () => {
          a.profiles.splice(index, 1);
          draw();
        });
        return el(
          'div',
          { class: 'row', 'data-testid': 'wizard-profile' },
          field('profileName', name),
          field('profileTier', tier),
          remove,
        );
      });
      const add = el(
        'button',
        { type: 'button', class: 'secondary', 'data-testid': 'wizard-profile-add' },
        t('profileAdd'),
      );
      add.addEventListener('click', () => {
        a.profiles.push({ name: '', tier: 'lower' });
        draw();
      });
      box.replaceChildren(
        el('h2', {}, t(a.role === 'school' ? 'wizardClassesTitle' : 'wizardChildrenTitle')),
        el('p', {}, t('wizardProfilesIntro')),
        ...rows,
        add,
        el('p', { class: 'muted' }, t('wizardProfilesFirst')),
      );
    };
    draw();
    return box;
  },
  check: (a) =>
    a.profiles.length > 0 && a.profiles.every((p) => p.name.trim().length > 0)
      ? undefined
      : 'wizardProfilesMissing',
};

const contactsStep: Step = {
  id: 'contacts',
  render(a) {
    const box = el('div', {});
    const draw = () => {
      const name = el('input', { type: 'text', 'data-testid': 'wizard-contact-name' });
      const phone = el('input', { type: 'tel', 'data-testid': 'wizard-contact-phone' });
      const area = el('input', { type: 'text', 'data-testid': 'wizard-contact-area' });
      const add = el(
        'button',
        { type: 'button', class: 'secondary', 'data-testid': 'wizard-contact-add' },
        t('contactsAdd'),
      );
      add.addEventListener('click', () => {
        if (!name.value.trim()) return;
        const contact: Contact = { name: name.value.trim() };
        if (phone.value.trim()) contact.phone = phone.value.trim();
        if (area.value.trim()) contact.area = area.value.trim();
        a.contacts.push(contact);
        draw();
      });
      box.replaceChildren(
        el('h2', {}, t('consoleContacts')),
        el('p', {}, t('wizardContactsIntro')),
        contactList(a.contacts),
        field('contactName', name),
        field('contactPhone', phone),
        field('contactArea', area),
        add,
      );
    };
    draw();
    return box;
  },
  check: () => undefined,
};

const consentStep: Step = {
  id: 'consent',
  render(a) {
    const adult = el('input', { type: 'checkbox', 'data-testid': 'consent-adult' });
    adult.checked = a.adultConsent;
    adult.addEventListener('change', () => (a.adultConsent = adult.checked));
    const list = el(
      'ul',
      {},
      ...['wizardRecord1', 'wizardRecord2', 'wizardRecord3', 'wizardRecord4'].map((k) =>
        el('li', {}, t(k)),
      ),
    );
    return el(
      'div',
      {},
      el('h2', {}, t('wizardPrivacyTitle')),
      el('p', {}, t('wizardPrivacyIntro')),
      list,
      el(
        'p',
        {},
        el(
          'label',
          { class: 'choice' },
          adult,
          t(a.role === 'school' ? 'wizardConsentSchool' : 'wizardConsentParent'),
        ),
      ),
      el('p', {}, t('wizardChildConsentIntro')),
      el(
        'p',
        {},
        radio(
          'consent-child',
          'yes',
          a.childConsent === 'yes',
          'wizardChildAgreed',
          () => (a.childConsent = 'yes'),
        ),
      ),
      el(
        'p',
        {},
        radio(
          'consent-child',
          'under7',
          a.childConsent === 'under7',
          'wizardChildUnder7',
          () => (a.childConsent = 'under7'),
        ),
      ),
    );
  },
  check: (a) => (a.adultConsent && a.childConsent ? undefined : 'wizardConsentMissing'),
};

export const STEPS: Step[] = [roleStep, pinStep, profilesStep, contactsStep, consentStep];
