/** First-run page for the adult who installed KidShield: protection is already on. */
import { runPage } from '../shared/run-page.ts';
import { t } from '../../platform/i18n.ts';
import { byId } from '../shared/dom.ts';
import { applyI18n } from '../shared/i18n-dom.ts';
import { send } from '../shared/messaging.ts';

async function main(): Promise<void> {
  applyI18n();
  const status = await send('status/get', {});
  byId('status').textContent =
    `${t('popupProtected')} · ${t('popupTier', t(`tier_${status.tier}`))}`;
}

runPage(main);
