/**
 * The console's PIN gate: when a PIN exists and the session is not unlocked, the whole console
 * is an unlock screen. The background decides (and counts wrong tries); this only asks.
 */
import { t } from '../../platform/i18n.ts';
import { el } from '../shared/dom.ts';
import { send } from '../shared/messaging.ts';
import { waitText } from './settings-view.ts';

/** True when the console may open; otherwise renders the unlock form into `container`. */
export async function passPinGate(container: HTMLElement): Promise<boolean> {
  const status = await send('pin/status', {});
  if (!status.pinSet || status.unlocked) return true;
  const input = el('input', {
    type: 'password',
    inputmode: 'numeric',
    autocomplete: 'current-password',
    id: 'pin-input',
    'data-testid': 'pin-input',
    'aria-label': t('pinEnter'),
  });
  const message = el('p', { 'data-testid': 'pin-message', 'aria-live': 'polite' });
  const submit = el('button', { type: 'submit', 'data-testid': 'pin-submit' }, t('pinUnlock'));
  const form = el(
    'form',
    { class: 'card', 'data-testid': 'pin-gate' },
    el('h2', {}, t('pinGateTitle')),
  );
  form.append(
    el('p', {}, t(status.managedPin ? 'pinGateSchool' : 'pinGateIntro')),
    el('label', { class: 'field' }, el('span', {}, t('pinEnter')), input),
    submit,
    message,
  );
  if (status.retryAfterMs > 0) message.textContent = t('pinWait', waitText(status.retryAfterMs));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit.disabled = true;
    void send('pin/unlock', { pin: input.value })
      .then((result) => {
        if (result.unlocked) {
          location.reload();
          return;
        }
        input.value = '';
        message.dataset.failures = String(result.failures);
        message.textContent =
          result.retryAfterMs > 0 ? t('pinWait', waitText(result.retryAfterMs)) : t('pinWrong');
      })
      .catch((error: unknown) => {
        message.textContent = String(error);
      })
      .finally(() => {
        submit.disabled = false;
      });
  });
  container.replaceChildren(form);
  input.focus();
  return false;
}
