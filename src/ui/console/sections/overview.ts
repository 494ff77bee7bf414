/** Overview: is protection complete, and what happened lately. */
import { t } from '../../../platform/i18n.ts';
import { el } from '../../shared/dom.ts';
import { send } from '../../shared/messaging.ts';
import type { ConsoleSection } from '../section.ts';

export const overviewSection: ConsoleSection = {
  id: 'overview',
  labelKey: 'consoleOverview',
  async render(container) {
    const status = await send('status/get', {});
    const card = el('section', { class: 'card' }, el('h2', {}, t('consoleStatus')));
    card.append(
      el(
        'p',
        { 'data-testid': 'overview-profile' },
        `${t('popupProfile', status.profileName)} · ${t('popupTier', t(`tier_${status.tier}`))}`,
      ),
    );
    if (status.missingRulesets.length) {
      card.append(
        el(
          'p',
          { class: 'warning', role: 'alert' },
          t('popupIncomplete', status.missingRulesets.join(', ')),
        ),
      );
    }
    const events = await send('events/recent', { limit: 200 });
    const body = el('tbody', { 'data-testid': 'events' });
    if (!events.length) body.append(el('tr', {}, el('td', { colspan: '4' }, t('consoleNoEvents'))));
    for (const event of events) {
      body.append(
        el(
          'tr',
          { 'data-kind': event.kind },
          el('td', {}, new Date(event.ts).toLocaleString()),
          el('td', {}, t(`eventKind_${event.kind}`)),
          el('td', {}, event.category ? t(`category_${event.category}`) : ''),
          el('td', {}, event.url ?? ''),
        ),
      );
    }
    const head = el(
      'tr',
      {},
      ...['consoleColTime', 'consoleColEvent', 'consoleColCategory', 'consoleColAddress'].map((k) =>
        el('th', {}, t(k)),
      ),
    );
    container.append(
      card,
      el(
        'section',
        { class: 'card' },
        el('h2', {}, t('consoleRecent')),
        el('table', {}, el('thead', {}, head), body),
      ),
    );
  },
};
