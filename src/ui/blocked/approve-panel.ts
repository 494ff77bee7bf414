/**
 * "An adult can approve now": after a child asks for access, a parent or teacher at the same
 * computer approves for 15 minutes, an hour or a day. With a PIN set, the console must be
 * unlocked with it first; with no PIN, the adult confirms. Then the tab opens the page.
 */
import { ACCESS_DURATION_IDS } from '../../core/access.ts';
import { extensionUrl } from '../../platform/browser.ts';
import { t } from '../../platform/i18n.ts';
import { byId, el } from '../shared/dom.ts';
import { send } from '../shared/messaging.ts';

export async function showApprovePanel(requestId: number, originalUrl?: string): Promise<void> {
  const panel = byId('approve');
  const adult = await send('access/adult', {});
  panel.hidden = false;
  panel.replaceChildren(el('h2', {}, t('approveTitle')));
  if (!adult.allowed) {
    panel.append(
      el('p', { 'data-testid': 'approve-locked' }, t('approveNeedsPin')),
      el(
        'a',
        {
          href: extensionUrl('options.html#dashboard'),
          target: '_blank',
          class: 'button secondary',
        },
        t('approveOpenConsole'),
      ),
    );
    return;
  }
  const status = el('p', { role: 'status', 'data-testid': 'approve-status' });
  const confirm = el('input', { type: 'checkbox', id: 'approve-confirm' });
  const buttons = ACCESS_DURATION_IDS.map((duration) => {
    const button = el(
      'button',
      { type: 'button', 'data-duration': duration },
      t(`approveFor_${duration}`),
    );
    button.addEventListener('click', () => {
      if (!adult.unlocked && !confirm.checked) {
        status.textContent = t('approveConfirmFirst');
        return;
      }
      send('access/approve', { requestId, duration }).then(
        (request) => {
          status.textContent = t(
            'approveDone',
            new Date(request.expiresAt ?? Date.now()).toLocaleTimeString(),
          );
          if (originalUrl) location.replace(originalUrl);
        },
        (error: unknown) => {
          status.textContent = error instanceof Error ? error.message : String(error);
        },
      );
    });
    return button;
  });
  if (!adult.unlocked) {
    panel.append(
      el('label', { for: 'approve-confirm', class: 'check' }, confirm, ` ${t('approveIAmAdult')}`),
    );
  }
  panel.append(el('p', { class: 'actions' }, ...buttons), status);
}
