/**
 * "An adult can approve now": after a child asks for access, a parent or teacher at the same
 * computer approves for 15 minutes, an hour or a day. With a PIN set, the adult types it here
 * (the background checks it, with the same lock-out as the console); with no PIN, the adult
 * confirms. Then the tab opens the page.
 */
import { durationButtons } from '../shared/duration-buttons.ts';
import { t } from '../../platform/i18n.ts';
import { byId, el } from '../shared/dom.ts';
import { send } from '../shared/messaging.ts';

export async function showApprovePanel(requestId: number, originalUrl?: string): Promise<void> {
  const panel = byId('approve');
  const adult = await send('access/adult', {});
  panel.hidden = false;
  panel.replaceChildren(el('h2', {}, t('approveTitle')));
  const status = el('p', { role: 'status', 'data-testid': 'approve-status' });
  const confirm = el('input', { type: 'checkbox', id: 'approve-confirm' });
  const pinInput = el('input', {
    type: 'password',
    id: 'approve-pin',
    inputmode: 'numeric',
    autocomplete: 'off',
    maxlength: '32',
    'data-testid': 'approve-pin',
  });
  const buttons = durationButtons((duration) => {
    const pin = pinInput.value.trim();
    if (!adult.pinSet && !confirm.checked) {
      status.textContent = t('approveConfirmFirst');
      return;
    }
    if (adult.pinSet && !adult.unlocked && !pin) {
      status.textContent = t('approveNeedsPin');
      return;
    }
    send('access/approve', { requestId, duration, ...(pin ? { pin } : {}) }).then(
      (request) => {
        status.textContent = t(
          'approveDone',
          new Date(request.expiresAt ?? Date.now()).toLocaleTimeString(),
        );
        if (originalUrl) location.replace(originalUrl);
      },
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        status.textContent = message.includes('pin-wait')
          ? t('approvePinWait')
          : message.includes('pin-wrong')
            ? t('approvePinWrong')
            : message;
        pinInput.value = '';
      },
    );
  });
  if (!adult.pinSet) {
    panel.append(
      el('label', { for: 'approve-confirm', class: 'check' }, confirm, ` ${t('approveIAmAdult')}`),
    );
  } else if (!adult.unlocked) {
    panel.append(
      el('label', { for: 'approve-pin', class: 'check' }, t('approvePinLabel'), ' ', pinInput),
    );
  }
  panel.append(el('p', { class: 'actions' }, ...buttons), status);
}
