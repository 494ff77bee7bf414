/** Date-range and profile filters of the dashboard (dates are local calendar days). */
import type { EventFilter } from '../../../db/dashboard-queries.ts';
import { t } from '../../../platform/i18n.ts';
import { el } from '../../shared/dom.ts';

const DAY = 24 * 60 * 60_000;

function isoDay(ts: number): string {
  const d = new Date(ts);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function startOfDay(value: string): number {
  const [y, m, d] = value.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1).getTime();
}

/** The last `days` calendar days, today included. */
export function lastDays(days: number, now = Date.now()): EventFilter {
  const to = startOfDay(isoDay(now)) + DAY - 1;
  return { from: startOfDay(isoDay(now - (days - 1) * DAY)), to };
}

export function filterForm(
  initial: EventFilter,
  profiles: string[],
  onChange: (filter: EventFilter) => void,
): HTMLFormElement {
  const from = el('input', { type: 'date', id: 'dash-from', value: isoDay(initial.from) });
  const to = el('input', { type: 'date', id: 'dash-to', value: isoDay(initial.to) });
  const profile = el(
    'select',
    { id: 'dash-profile' },
    el('option', { value: '' }, t('dashAllProfiles')),
    ...profiles.map((p) => el('option', { value: p }, p)),
  );
  if (initial.profileId) profile.value = initial.profileId;
  const form = el(
    'form',
    { class: 'filters', 'data-testid': 'dash-filters' },
    el('label', { for: 'dash-from' }, t('dashFrom')),
    from,
    el('label', { for: 'dash-to' }, t('dashTo')),
    to,
    el('label', { for: 'dash-profile' }, t('dashProfile')),
    profile,
    el('button', { type: 'submit', 'data-testid': 'dash-apply' }, t('dashApply')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!from.value || !to.value) return;
    onChange({
      from: startOfDay(from.value),
      to: startOfDay(to.value) + DAY - 1,
      ...(profile.value ? { profileId: profile.value } : {}),
    });
  });
  return form;
}
