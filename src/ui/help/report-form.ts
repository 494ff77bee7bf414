/** "Tell us what upset you": a child's short message, recorded as a report that alerts an adult. */
import type { BlockReason } from '../../core/block-reason.ts';
import { t } from '../../platform/i18n.ts';
import { byId } from '../shared/dom.ts';
import { send } from '../shared/messaging.ts';

export function setUpReportForm(from: BlockReason | undefined): void {
  const form = byId<HTMLFormElement>('report-form');
  const text = byId<HTMLTextAreaElement>('report-text');
  const button = byId<HTMLButtonElement>('report-send');
  const sent = byId('report-sent');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const message = text.value.trim();
    if (!message) return;
    button.disabled = true;
    send('report/submit', { text: message, ...(from ? { from } : {}) }).then(
      () => {
        text.value = '';
        sent.textContent = t('reportFormSent');
        sent.dataset.sent = '1';
      },
      () => {
        sent.textContent = t('reportFormFailed');
        button.disabled = false;
      },
    );
  });
}
