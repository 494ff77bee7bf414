/**
 * Dashboard: charts of what happened (per day, category, profile, top domains), filtered by date
 * range and profile; pending access requests; the incident list with evidence; exports; the
 * weekly report and the guide for adults. Reads the log straight from IndexedDB (same origin);
 * every write goes through the background.
 */
import { database } from '../../../db/database.ts';
import { aggregate, eventsInRange, profileIdsWithEvents } from '../../../db/dashboard-queries.ts';
import type { EventFilter } from '../../../db/dashboard-queries.ts';
import { t } from '../../../platform/i18n.ts';
import { el } from '../../shared/dom.ts';
import type { ConsoleSection } from '../section.ts';
import { renderCharts } from '../dashboard/charts.ts';
import { download, eventsToCsv, eventsToJson } from '../dashboard/export.ts';
import { filterForm, lastDays } from '../dashboard/filters.ts';
import { renderIncidents } from '../dashboard/incidents.ts';
import { renderRequests } from '../dashboard/requests.ts';
import { renderMonitoringSettings } from '../dashboard/settings-card.ts';

function summary(total: number, alerts: number, unreviewed: number): HTMLElement {
  const stat = (id: string, value: number, key: string) =>
    el(
      'div',
      { class: 'stat', 'data-testid': id, 'data-value': String(value) },
      el('strong', {}, value.toLocaleString()),
      el('span', {}, t(key)),
    );
  return el(
    'div',
    { class: 'stats' },
    stat('stat-total', total, 'dashTotal'),
    stat('stat-alerts', alerts, 'dashAlerts'),
    stat('stat-unreviewed', unreviewed, 'dashUnreviewed'),
  );
}

function stamp(filter: EventFilter): string {
  const day = (ts: number) => new Date(ts).toISOString().slice(0, 10);
  return `kidshield-${day(filter.from)}_${day(filter.to)}${filter.profileId ? `-${filter.profileId}` : ''}`;
}

function reportHref(filter: EventFilter): string {
  const params = new URLSearchParams({ from: String(filter.from), to: String(filter.to) });
  if (filter.profileId) params.set('profile', filter.profileId);
  return `report.html?${params.toString()}`;
}

export const dashboardSection: ConsoleSection = {
  id: 'dashboard',
  labelKey: 'consoleDashboard',
  async render(container) {
    const db = database();
    let filter = lastDays(7);
    const stats = el('div', { 'data-testid': 'dash-summary' });
    const charts = el('div', { class: 'charts' });
    const incidents = el('section', { class: 'card' });
    const requests = el('section', { class: 'card', 'data-testid': 'requests-card' });
    const settings = el('section', { class: 'card' });
    const report = el(
      'a',
      { class: 'button secondary', 'data-testid': 'weekly-report', target: '_blank' },
      t('dashWeeklyReport'),
    );
    const csv = el('button', { type: 'button', 'data-testid': 'export-csv' }, t('dashExportCsv'));
    const json = el(
      'button',
      { type: 'button', class: 'secondary', 'data-testid': 'export-json' },
      t('dashExportJson'),
    );
    csv.addEventListener('click', () => {
      void eventsInRange(db, filter).then((events) =>
        download(eventsToCsv(events), `${stamp(filter)}.csv`, 'text/csv;charset=utf-8'),
      );
    });
    json.addEventListener('click', () => {
      void eventsInRange(db, filter).then((events) =>
        download(eventsToJson(events), `${stamp(filter)}.json`, 'application/json'),
      );
    });

    async function refresh(): Promise<void> {
      report.setAttribute('href', reportHref(filter));
      const numbers = await aggregate(db, filter);
      stats.replaceChildren(summary(numbers.total, numbers.alerts, numbers.unreviewed));
      renderCharts(charts, numbers);
      await renderIncidents(incidents, filter);
      container.dataset.ready = String(Date.now());
    }

    const profiles = await profileIdsWithEvents(db);
    container.append(
      el('h2', {}, t('consoleDashboard')),
      filterForm(filter, profiles, (next) => {
        filter = next;
        void refresh();
      }),
      stats,
      el(
        'p',
        { class: 'actions' },
        csv,
        json,
        report,
        el(
          'a',
          {
            class: 'button secondary',
            href: 'guide.html',
            target: '_blank',
            'data-testid': 'guide-link',
          },
          t('dashGuide'),
        ),
      ),
      requests,
      charts,
      incidents,
      settings,
    );
    await Promise.all([renderRequests(requests), renderMonitoringSettings(settings)]);
    await refresh();
  },
};
