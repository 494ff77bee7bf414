/** Pending access requests, with approve (15 minutes, an hour, a day) and deny. */
import { durationButtons } from '../../shared/duration-buttons.ts';
import type { AccessRequest } from '../../../core/access.ts';
import { database } from '../../../db/database.ts';
import { pendingRequests } from '../../../db/requests-repository.ts';
import { t } from '../../../platform/i18n.ts';
import { el } from '../../shared/dom.ts';
import { send } from '../../shared/messaging.ts';

function item(request: AccessRequest, refresh: () => void, status: HTMLElement): HTMLElement {
  const id = request.id as number;
  const fail = (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    status.hidden = false;
    status.textContent = message.includes('adult-locked') ? t('dashLocked') : message;
  };
  const buttons = durationButtons((duration) => {
    send('access/approve', { requestId: id, duration }).then(refresh, fail);
  });
  const deny = el(
    'button',
    { type: 'button', class: 'secondary', 'data-testid': 'deny' },
    t('deny'),
  );
  deny.addEventListener('click', () => {
    send('access/deny', { requestId: id }).then(refresh, fail);
  });
  return el(
    'li',
    { 'data-request-id': String(id) },
    el('strong', {}, request.domain ?? request.url ?? '—'),
    ` · ${t(`category_${request.category}`)} · ${new Date(request.ts).toLocaleString()}`,
    request.reason ? el('q', {}, request.reason) : '',
    el('span', { class: 'actions' }, ...buttons, deny),
  );
}

export async function renderRequests(card: HTMLElement): Promise<void> {
  const pending = await pendingRequests(database());
  const status = el('p', { class: 'warning', role: 'alert', hidden: '' });
  const list = el('ul', { class: 'requests', 'data-testid': 'requests' });
  const refresh = () => void renderRequests(card);
  for (const request of pending) list.append(item(request, refresh, status));
  card.replaceChildren(
    el('h2', {}, t('dashRequests')),
    status,
    pending.length ? list : el('p', { class: 'muted' }, t('dashNoRequests')),
  );
}
