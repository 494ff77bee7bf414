/**
 * Profiles: one per child or class. Create, rename, delete, pick the age tier, choose the one in
 * force, and override any category of the tier (block or allow) in a grid that shows the default.
 */
import { listProfiles } from '../../../core/policy/resolve.ts';
import type { Profile } from '../../../core/policy/schema.ts';
import { tierBlocks } from '../../../core/tiers.ts';
import { TIER_IDS, URL_CATEGORIES } from '../../../core/taxonomy.ts';
import type { TierId, UrlCategory } from '../../../core/taxonomy.ts';
import { t } from '../../../platform/i18n.ts';
import { el } from '../../shared/dom.ts';
import type { ConsoleSection } from '../section.ts';
import { button, editable, labelled, loadSettings, save, statusBox } from '../settings-view.ts';

function tierSelect(value: TierId, testid: string): HTMLSelectElement {
  const select = el('select', { 'data-testid': testid });
  for (const tier of TIER_IDS) {
    const option = el('option', { value: tier }, t(`tier_${tier}`));
    option.selected = tier === value;
    select.append(option);
  }
  return select;
}

function categoryGrid(
  profile: Profile,
  onChange: (c: UrlCategory, v: string) => void,
): HTMLElement {
  const body = el('tbody');
  for (const category of URL_CATEGORIES) {
    const blockedByTier = tierBlocks(profile.tier, category);
    const select = el('select', { 'data-testid': `override-${category}` });
    for (const value of ['default', 'block', 'allow']) {
      const label =
        value === 'default'
          ? t('overrideDefault', t(blockedByTier ? 'stateBlocked' : 'stateAllowed'))
          : t(value === 'block' ? 'overrideBlock' : 'overrideAllow');
      const option = el('option', { value }, label);
      option.selected = (profile.categories?.[category] ?? 'default') === value;
      select.append(option);
    }
    // Proxies would undo every other rule: resolveProfile blocks them for every child tier.
    if (category === 'proxy' && profile.tier !== 'adult') select.disabled = true;
    select.addEventListener('change', () => onChange(category, select.value));
    body.append(
      el(
        'tr',
        { 'data-category': category },
        el('td', {}, t(`category_${category}`)),
        el(
          'td',
          { class: 'muted', 'data-testid': `tier-default-${category}` },
          t(blockedByTier ? 'stateBlocked' : 'stateAllowed'),
        ),
        el('td', {}, select),
      ),
    );
  }
  const head = el(
    'tr',
    {},
    ...['colCategory', 'colTierDefault', 'colThisProfile'].map((k) => el('th', {}, t(k))),
  );
  return el('table', { class: 'grid' }, el('thead', {}, head), body);
}

export const profilesSection: ConsoleSection = {
  id: 'profiles',
  labelKey: 'consoleProfiles',
  async render(container) {
    const view = await loadSettings();
    const profiles: Profile[] = structuredClone(
      listProfiles(view.effective, t('profileDefaultName')),
    );
    let active = view.effective.activeProfile ?? profiles[0]?.id ?? 'default';
    const status = statusBox();
    const list = el('div', { 'data-testid': 'profiles' });
    const rerender = () => {
      container.replaceChildren();
      void profilesSection.render(container);
    };

    const commit = async () => {
      const set: Record<string, unknown> = { profiles };
      if (!view.managedKeys.includes('activeProfile')) set.activeProfile = active;
      if (await save(status, set)) rerender();
    };

    for (const [index, profile] of profiles.entries()) {
      const name = el('input', {
        type: 'text',
        value: profile.name,
        maxlength: '100',
        'data-testid': 'profile-name',
      });
      name.addEventListener('change', () => (profile.name = name.value.trim() || profile.name));
      const tier = tierSelect(profile.tier, 'profile-tier');
      tier.addEventListener('change', () => {
        profile.tier = tier.value as TierId;
        void commit();
      });
      const radio = el('input', {
        type: 'radio',
        name: 'active',
        value: profile.id,
        'data-testid': 'profile-active',
      });
      radio.checked = profile.id === active;
      radio.disabled = view.managedKeys.includes('activeProfile');
      radio.addEventListener('change', () => {
        active = profile.id;
        void commit();
      });
      const remove = button('profileDelete', 'profile-delete', true);
      remove.disabled = profiles.length <= 1;
      remove.addEventListener('click', () => {
        if (!confirm(t('profileDeleteConfirm', profile.name))) return;
        profiles.splice(index, 1);
        if (active === profile.id) active = profiles[0]?.id ?? 'default';
        void commit();
      });
      const saveName = button('save', 'profile-save');
      saveName.addEventListener('click', () => void commit());
      const grid = categoryGrid(profile, (category, value) => {
        const others = Object.entries(profile.categories ?? {}).filter(([c]) => c !== category);
        if (value !== 'default') others.push([category, value as 'block' | 'allow']);
        profile.categories = Object.fromEntries(others);
        void commit();
      });
      const details = el('details', {}, el('summary', {}, t('profileCategories')), grid);
      list.append(
        el(
          'section',
          { class: 'card', 'data-profile': profile.id },
          el('div', { class: 'row' }, labelled('profileName', name), labelled('profileTier', tier)),
          el('label', { class: 'choice' }, radio, t('profileInForce')),
          el('div', { class: 'row' }, saveName, remove),
          details,
        ),
      );
    }

    const add = button('profileAdd', 'profile-add');
    add.addEventListener('click', () => {
      profiles.push({
        id: `p${Date.now().toString(36)}`,
        name: t('profileNewName'),
        tier: 'lower',
      });
      void commit();
    });
    container.append(
      el('h2', {}, t('consoleProfiles')),
      el('p', { class: 'muted' }, t('profilesIntro')),
      // Without profiles of its own, the one default profile takes its tier from the `tier` key.
      editable(
        view,
        view.effective.profiles?.length ? ['profiles'] : ['profiles', 'tier'],
        list,
        add,
      ),
      status,
    );
  },
};
