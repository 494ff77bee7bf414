/** Monitoring settings: keep query strings in the log, and extra categories that alert. */
import { BLOCK_REASONS } from '../../../core/block-reason.ts';
import { ALWAYS_ALERT } from '../../../core/monitoring.ts';
import { t } from '../../../platform/i18n.ts';
import { el } from '../../shared/dom.ts';
import { send } from '../../shared/messaging.ts';

export async function renderMonitoringSettings(card: HTMLElement): Promise<void> {
  const settings = await send('monitoring/get', {});
  const status = el('p', { role: 'status', class: 'muted' });
  const keepQuery = el('input', { type: 'checkbox', id: 'keep-query' });
  keepQuery.checked = settings.keepQuery;
  const boxes = BLOCK_REASONS.filter((c) => !ALWAYS_ALERT.includes(c)).map((category) => {
    const box = el('input', { type: 'checkbox', value: category, id: `alert-${category}` });
    box.checked = settings.alertCategories.includes(category);
    return el('label', { class: 'check' }, box, ` ${t(`category_${category}`)}`);
  });
  const save = el('button', { type: 'submit' }, t('dashSave'));
  const form = el(
    'form',
    {},
    el('label', { class: 'check' }, keepQuery, ` ${t('dashKeepQuery')}`),
    el('p', { class: 'muted' }, t('dashAlwaysAlert')),
    el(
      'fieldset',
      { class: 'alert-categories' },
      el('legend', {}, t('dashAlertCategories')),
      ...boxes,
    ),
    save,
    status,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const alertCategories = boxes
      .map((label) => label.querySelector('input') as HTMLInputElement)
      .filter((box) => box.checked)
      .map((box) => box.value) as typeof settings.alertCategories;
    send('monitoring/set', { keepQuery: keepQuery.checked, alertCategories }).then(
      () => (status.textContent = t('dashSaved')),
      (error: unknown) =>
        (status.textContent = String(error).includes('adult-locked')
          ? t('dashLocked')
          : String(error)),
    );
  });
  card.replaceChildren(el('h2', {}, t('dashSettings')), form);
}
