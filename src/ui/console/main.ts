/**
 * The adults' console (options page): a side navigation of sections (overview, dashboard,
 * profiles, lists, ...), each rendered on demand from the URL hash.
 */
import { t } from '../../platform/i18n.ts';
import { byId, el } from '../shared/dom.ts';
import { applyI18n } from '../shared/i18n-dom.ts';
import { send } from '../shared/messaging.ts';
import { runPage } from '../shared/run-page.ts';
import { renderNotices } from './notices.ts';
import { passPinGate } from './pin-gate.ts';
import { SECTIONS } from './sections/index.ts';
import { loadSettings } from './settings-view.ts';

async function show(id: string): Promise<void> {
  const section = SECTIONS.find((s) => s.id === id) ?? SECTIONS[0];
  if (!section) return;
  for (const link of byId('nav').querySelectorAll('a')) {
    if (link.dataset.section === section.id) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  const container = byId('section');
  container.replaceChildren();
  container.dataset.section = section.id;
  await section.render(container);
}

async function main(): Promise<void> {
  applyI18n();
  // With a PIN and no unlocked session, the whole console is the unlock screen.
  if (!(await passPinGate(byId('section')))) return;
  const view = await loadSettings();
  const lock = byId<HTMLButtonElement>('lock');
  lock.hidden = !view.pin.pinSet;
  lock.addEventListener('click', () => {
    void send('pin/lock', {}).then(() => location.reload());
  });
  await renderNotices(byId('notices'), view);
  for (const section of SECTIONS) {
    byId('nav').append(
      el('a', { href: `#${section.id}`, 'data-section': section.id }, t(section.labelKey)),
    );
  }
  const status = await send('status/get', {});
  byId('status').textContent =
    `${t('popupProfile', status.profileName)} · ${t('popupTier', t(`tier_${status.tier}`))}`;
  window.addEventListener('hashchange', () => runPage(() => show(location.hash.slice(1))));
  await show(location.hash.slice(1));
}

runPage(main);
