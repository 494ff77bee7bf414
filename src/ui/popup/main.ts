/** Toolbar popup: the profile in force, whether protection is complete, and help for the child. */
import { runPage } from '../shared/run-page.ts';
import { openOptionsPage } from '../../platform/runtime.ts';
import { t } from '../../platform/i18n.ts';
import { byId } from '../shared/dom.ts';
import { applyI18n } from '../shared/i18n-dom.ts';
import { send } from '../shared/messaging.ts';
import { renderAdultControls } from './adult-controls.ts';

async function main(): Promise<void> {
  applyI18n();
  byId('console').addEventListener('click', () => void openOptionsPage());
  const status = await send('status/get', {});
  byId('state').textContent = t('popupProtected');
  byId('state').className = status.missingRulesets.length ? 'warning' : 'ok';
  byId('profile').textContent = t('popupProfile', status.profileName);
  byId('tier').textContent = t('popupTier', t(`tier_${status.tier}`));
  byId('tier').dataset.tier = status.tier;
  byId('lesson').hidden = !status.lessonActive;
  byId('managed').hidden = !status.managed;
  if (status.missingRulesets.length) {
    const incomplete = byId('incomplete');
    incomplete.hidden = false;
    incomplete.dataset.missing = status.missingRulesets.join(' ');
    incomplete.textContent = t(
      'popupIncomplete',
      status.missingRulesets.map((id) => t(`category_${id}`)).join(', '),
    );
  }
  await renderAdultControls();
}

runPage(main);
