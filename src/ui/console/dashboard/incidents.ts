/**
 * The incident list: one page of events at a time (newest first), the evidence highlighted, a
 * "reviewed" mark per row (written through the background).
 */
import type { KidShieldEvent } from '../../../core/events.ts';
import { database } from '../../../db/database.ts';
import { countInRange, pageOfEvents } from '../../../db/dashboard-queries.ts';
import type { EventFilter } from '../../../db/dashboard-queries.ts';
import { t } from '../../../platform/i18n.ts';
import { el } from '../../shared/dom.ts';
import { send } from '../../shared/messaging.ts';
import { excerptNode } from './excerpt.ts';

export const PAGE_SIZE = 50;

function kindLabel(e: KidShieldEvent): string {
  const base = t(`eventKind_${e.kind}`);
  return e.decision ? `${base} · ${t(`decision_${e.decision}`)}` : base;
}

function row(e: KidShieldEvent, onError: (message: string) => void): HTMLTableRowElement {
  const reviewed = el('input', {
    type: 'checkbox',
    'data-testid': 'reviewed',
    'aria-label': t('dashReviewed'),
  });
  reviewed.checked = e.reviewed === 1;
  reviewed.addEventListener('change', () => {
    if (e.id === undefined) return;
    send('events/review', { ids: [e.id], reviewed: reviewed.checked }).catch((error: unknown) => {
      reviewed.checked = !reviewed.checked;
      onError(String(error instanceof Error ? error.message : error));
    });
  });
  const where = el('td', { class: 'where' }, e.url ?? '');
  if (e.title) where.append(el('br'), el('small', { class: 'muted' }, e.title));
  return el(
    'tr',
    {
      'data-kind': e.kind,
      'data-id': String(e.id ?? ''),
      ...(e.alert ? { class: 'alert' } : {}),
    },
    el('td', {}, new Date(e.ts).toLocaleString()),
    el('td', {}, kindLabel(e)),
    el('td', {}, e.category ? t(`category_${e.category}`) : ''),
    el('td', {}, e.profileId),
    where,
    el('td', {}, excerptNode(e)),
    el('td', {}, reviewed),
  );
}

export async function renderIncidents(
  card: HTMLElement,
  filter: EventFilter,
  page = 0,
): Promise<void> {
  const db = database();
  const total = await countInRange(db, filter);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const events = await pageOfEvents(db, filter, current * PAGE_SIZE, PAGE_SIZE);
  const status = el('p', { class: 'warning', role: 'alert', hidden: '' });
  const onError = (message: string) => {
    status.hidden = false;
    status.textContent = message.includes('adult-locked') ? t('dashLocked') : message;
  };
  const body = el('tbody', { 'data-testid': 'incidents' });
  if (!events.length) body.append(el('tr', {}, el('td', { colspan: '7' }, t('consoleNoEvents'))));
  for (const e of events) body.append(row(e, onError));
  const head = el(
    'tr',
    {},
    ...[
      'consoleColTime',
      'consoleColEvent',
      'consoleColCategory',
      'dashColProfile',
      'consoleColAddress',
      'dashColEvidence',
      'dashReviewed',
    ].map((k) => el('th', {}, t(k))),
  );
  const prev = el(
    'button',
    { type: 'button', class: 'secondary', 'data-testid': 'page-prev' },
    '‹',
  );
  const next = el(
    'button',
    { type: 'button', class: 'secondary', 'data-testid': 'page-next' },
    '›',
  );
  prev.disabled = current === 0;
  next.disabled = current >= pages - 1;
  prev.addEventListener('click', () => void renderIncidents(card, filter, current - 1));
  next.addEventListener('click', () => void renderIncidents(card, filter, current + 1));
  card.replaceChildren(
    el('h2', {}, t('dashIncidents')),
    status,
    el('table', { class: 'incidents' }, el('thead', {}, head), body),
    el(
      'p',
      { class: 'pager' },
      prev,
      el(
        'span',
        { 'data-testid': 'page-info', 'data-total': String(total) },
        t('dashPage', [String(current + 1), String(pages), String(total)]),
      ),
      next,
    ),
  );
}
