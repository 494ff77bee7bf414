/**
 * First-run wizard for the adult who installed KidShield (protection is already on at the
 * lower-secondary tier): role, PIN, profiles, help contacts, what is recorded and consent.
 * Finishing sends everything to the background in one message, which writes the settings.
 */
import { runPage } from '../shared/run-page.ts';
import { t } from '../../platform/i18n.ts';
import { byId, el } from '../shared/dom.ts';
import { applyI18n } from '../shared/i18n-dom.ts';
import { send } from '../shared/messaging.ts';
import { STEPS } from './steps.ts';
import type { Answers } from './steps.ts';

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message === 'pin-required' ? t('wizardNeedsPin') : message;
}

async function finish(answers: Answers, form: HTMLFormElement): Promise<void> {
  const profiles = answers.profiles.map((p, i) => ({
    id: `p${i + 1}`,
    name: p.name.trim(),
    tier: p.tier,
  }));
  const result = await send('onboarding/finish', {
    role: answers.role,
    pin: answers.pin,
    settings: {
      profiles,
      activeProfile: profiles[0]?.id,
      ...(answers.contacts.length ? { contacts: answers.contacts } : {}),
    },
    consent: { adult: true, child: answers.childConsent ?? 'under7' },
  });
  if (!result.saved) throw new Error(result.errors.map((e) => `${e.key}: ${e.message}`).join('; '));
  const status = await send('status/get', {});
  const options = el(
    'button',
    { type: 'button', 'data-testid': 'wizard-open-console' },
    t('wizardOpenConsole'),
  );
  options.addEventListener('click', () => location.assign('options.html'));
  form.replaceChildren(
    el(
      'h2',
      {
        'data-testid': 'onboarding-done',
        'data-profile': status.profileId,
        'data-tier': status.tier,
      },
      t('wizardDoneTitle'),
    ),
    el(
      'p',
      {},
      `${t('popupProfile', status.profileName)} · ${t('popupTier', t(`tier_${status.tier}`))}`,
    ),
    el('p', {}, t('wizardDoneBody')),
    options,
  );
}

async function main(): Promise<void> {
  applyI18n();
  const status = await send('status/get', {});
  byId('status').textContent =
    `${t('popupProtected')} · ${t('popupTier', t(`tier_${status.tier}`))}`;
  const form = byId<HTMLFormElement>('wizard');
  if (status.managed) {
    form.replaceChildren(el('p', { 'data-testid': 'wizard-managed' }, t('wizardManaged')));
    return;
  }
  const answers: Answers = {
    role: 'parent',
    pin: '',
    profiles: [{ name: '', tier: 'lower' }],
    contacts: [],
    childConsent: undefined,
    adultConsent: false,
  };
  let index = 0;
  const draw = () => {
    const step = STEPS[index];
    if (!step) return;
    const message = el('p', { class: 'warning', 'data-testid': 'wizard-message', hidden: '' });
    const back = el(
      'button',
      { type: 'button', class: 'secondary', 'data-testid': 'wizard-back' },
      t('wizardBack'),
    );
    back.disabled = index === 0;
    back.addEventListener('click', () => {
      index--;
      draw();
    });
    const last = index === STEPS.length - 1;
    const next = el(
      'button',
      { type: 'submit', 'data-testid': 'wizard-next' },
      t(last ? 'wizardFinish' : 'wizardNext'),
    );
    form.dataset.step = step.id;
    form.replaceChildren(
      el('p', { class: 'muted' }, t('wizardStepOf', [String(index + 1), String(STEPS.length)])),
      step.render(answers),
      message,
      el('p', { class: 'row' }, back, next),
    );
    form.onsubmit = (event) => {
      event.preventDefault();
      const missing = step.check(answers);
      if (missing) {
        message.hidden = false;
        message.textContent = t(missing);
        return;
      }
      if (!last) {
        index++;
        draw();
        return;
      }
      next.disabled = true;
      finish(answers, form).catch((error: unknown) => {
        next.disabled = false;
        message.hidden = false;
        message.textContent = describe(error);
      });
    };
  };
  draw();
}

runPage(main);
