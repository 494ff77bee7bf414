/**
 * The printable weekly report (`report.html?from&to&profile`, last 7 days by default), for the
 * school's records: totals, tables by day, category, profile and domain, and the alerts with
 * their evidence. Reads IndexedDB directly; writes nothing.
 */
import type { KidShieldEvent } from '../../core/events.ts';
import { database } from '../../db/database.ts';
import { aggregate, eventsInRange } from '../../db/dashboard-queries.ts';
import type { EventFilter } from '../../db/dashboard-queries.ts';
import { t } from '../../platform/i18n.ts';
import { byId, el } from '../shared/dom.ts';
import { applyI18n } from '../shared/i18n-dom.ts';
import { runPage } from '../shared/run-page.ts';

const DAY = 24 * 60 * 60_000;
const MAX_ALERT_ROWS = 500;

function filterFromQuery(): EventFilter {
  const q = new URLSearchParams(location.search);
  const to = Number(q.get('to')) || Date.now();
  const from = Number(q.get('from')) || to - 7 * DAY + 1;
  const profile = q.get('profile');
  return { from, to, ...(profile ? { profileId: profile } : {}) };
}

function table(titleKey: string, rows: [string, number][], testid: string): HTMLElement {
  return el(
    'div',
    {},
    el('h2', {}, t(titleKey)),
    el(
      'table',
      { 'data-testid': testid },
      el(
        'tbody',
        {},
        ...(rows.length ? rows : [['—', 0] as [string, number]]).map(([label, n]) =>
          el('tr', {}, el('th', {}, label), el('td', {}, n.toLocaleString())),
        ),
      ),
    ),
  );
}

function evidence(e: KidShieldEvent): HTMLElement {
  const cell = el('td', {});
  const text = e.excerpt ?? '';
  const [s, end] = e.mark ?? [0, 0];
  if (end > s && end <= text.length) {
    cell.append(text.slice(0, s), el('mark', {}, text.slice(s, end)), text.slice(end));
  } else cell.textContent = text;
  return cell;
}

async function main(): Promise<void> {
  applyI18n();
  byId('print').addEventListener('click', () => window.print());
  const filter = filterFromQuery();
  const db = database();
  const when = (ts: number) => new Date(ts).toLocaleDateString();
  byId('period').textContent = t('reportPeriod', [
    when(filter.from),
    when(filter.to),
    filter.profileId ?? t('dashAllProfiles'),
  ]);
  byId('generated').textContent = t('reportGenerated', new Date().toLocaleString());
  const numbers = await aggregate(db, filter, 20);
  byId('summary').append(
    el(
      'p',
      { 'data-total': String(numbers.total), 'data-alerts': String(numbers.alerts) },
      t('reportSummary', [
        String(numbers.total),
        String(numbers.alerts),
        String(numbers.unreviewed),
      ]),
    ),
  );
  const category = (id: string) => (id === 'none' ? '—' : t(`category_${id}`));
  byId('tables').append(
    el(
      'div',
      { class: 'tables' },
      table(
        'dashChartPerDay',
        numbers.perDay.map((d) => [d.day, d.count]),
        'report-per-day',
      ),
      table(
        'dashChartByCategory',
        numbers.byCategory.map(([c, n]) => [category(c), n]),
        'report-by-category',
      ),
      table('dashChartByProfile', numbers.byProfile, 'report-by-profile'),
      table('dashChartTopDomains', numbers.topDomains, 'report-top-domains'),
    ),
  );
  const alerts = (await eventsInRange(db, filter)).filter((e) => e.alert === 1);
  const body = el('tbody', {});
  for (const e of alerts.slice(-MAX_ALERT_ROWS).reverse()) {
    body.append(
      el(
        'tr',
        { 'data-kind': e.kind },
        el('td', {}, new Date(e.ts).toLocaleString()),
        el('td', {}, t(`eventKind_${e.kind}`)),
        el('td', {}, e.category ? category(e.category) : ''),
        el('td', {}, e.profileId),
        el('td', {}, e.domain ?? ''),
        evidence(e),
        el('td', {}, e.reviewed ? '✓' : ''),
      ),
    );
  }
  byId('alerts').append(
    alerts.length ? el('table', {}, body) : el('p', { class: 'muted' }, t('reportNoAlerts')),
  );
  document.body.dataset.ready = '1';
}

runPage(main);
