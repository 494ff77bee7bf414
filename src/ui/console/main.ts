/** The adults' console (options page): protection status and the event log. */
import { runPage } from '../shared/run-page.ts';
import { t } from '../../platform/i18n.ts';
import { byId, el } from '../shared/dom.ts';
import { applyI18n } from '../shared/i18n-dom.ts';
import { send } from '../shared/messaging.ts';

async function main(): Promise<void> {
  applyI18n();
  const status = await send('status/get', {});
  byId('status').textContent =
    `${t('popupProfile', status.profileName)} · ${t('popupTier', t(`tier_${status.tier}`))}`;
  if (status.missingRulesets.length) {
    const incomplete = byId('incomplete');
    incomplete.hidden = false;
    incomplete.textContent = t('popupIncomplete', status.missingRulesets.join(', '));
  }
  const events = await send('events/recent', { limit: 200 });
  const body = byId('events');
  if (!events.length) body.append(el('tr', {}, el('td', { colspan: '4' }, t('consoleNoEvents'))));
  for (const event of events) {
    body.append(
      el(
        'tr',
        { 'data-kind': event.kind },
        el('td', {}, new Date(event.ts).toLocaleString()),
        el('td', {}, event.kind),
        el('td', {}, event.category ? t(`category_${event.category}`) : ''),
        el('td', {}, event.url ?? ''),
      ),
    );
  }
}

runPage(main);
