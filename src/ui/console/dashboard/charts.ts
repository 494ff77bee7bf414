/**
 * The dashboard's charts (Chart.js, bundled): one small unit per chart in a list. Each chart also
 * gets a visually hidden table of its numbers, for screen readers and for tests.
 */
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Legend,
  LinearScale,
  Tooltip,
} from 'chart.js';
import type { Aggregates } from '../../../db/dashboard-queries.ts';
import { t } from '../../../platform/i18n.ts';
import { el } from '../../shared/dom.ts';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  DoughnutController,
  ArcElement,
  Tooltip,
  Legend,
);

const PALETTE = ['#1e6091', '#c62828', '#2e7d32', '#b26a00', '#6a1b9a', '#00838f', '#ad1457'];

interface ChartSpec {
  id: string;
  titleKey: string;
  type: 'bar' | 'doughnut';
  horizontal?: boolean;
  points(a: Aggregates): [string, number][];
}

const categoryLabel = (id: string) => (id === 'none' ? '—' : t(`category_${id}`));

export const CHARTS: ChartSpec[] = [
  {
    id: 'per-day',
    titleKey: 'dashChartPerDay',
    type: 'bar',
    points: (a) => a.perDay.map((d) => [d.day.slice(5), d.count]),
  },
  {
    id: 'by-category',
    titleKey: 'dashChartByCategory',
    type: 'bar',
    horizontal: true,
    points: (a) => a.byCategory.slice(0, 12).map(([c, n]) => [categoryLabel(c), n]),
  },
  {
    id: 'by-profile',
    titleKey: 'dashChartByProfile',
    type: 'doughnut',
    points: (a) => a.byProfile,
  },
  {
    id: 'top-domains',
    titleKey: 'dashChartTopDomains',
    type: 'bar',
    horizontal: true,
    points: (a) => a.topDomains,
  },
];

const live = new Map<string, Chart>();

function dataTable(points: [string, number][]): HTMLTableElement {
  return el(
    'table',
    { class: 'sr-only' },
    el(
      'tbody',
      {},
      ...points.map(([label, value]) =>
        el('tr', {}, el('th', {}, label), el('td', {}, String(value))),
      ),
    ),
  );
}

/** Draws (or redraws) every chart into `grid`. */
export function renderCharts(grid: HTMLElement, aggregates: Aggregates): void {
  for (const chart of live.values()) chart.destroy();
  live.clear();
  grid.replaceChildren();
  for (const spec of CHARTS) {
    const points = spec.points(aggregates);
    const canvas = el('canvas', { role: 'img', 'aria-label': t(spec.titleKey) });
    const figure = el(
      'figure',
      {
        class: 'chart card',
        'data-testid': `chart-${spec.id}`,
        'data-total': String(points.reduce((sum, [, n]) => sum + n, 0)),
      },
      el('figcaption', {}, t(spec.titleKey)),
      el('div', { class: 'chart-box' }, canvas),
      dataTable(points),
    );
    grid.append(figure);
    live.set(
      spec.id,
      new Chart(canvas, {
        type: spec.type,
        data: {
          labels: points.map(([label]) => label),
          datasets: [
            {
              label: t(spec.titleKey),
              data: points.map(([, n]) => n),
              backgroundColor: spec.type === 'doughnut' ? PALETTE : PALETTE[0],
            },
          ],
        },
        options: {
          animation: false,
          responsive: true,
          maintainAspectRatio: false,
          ...(spec.horizontal ? { indexAxis: 'y' as const } : {}),
          plugins: { legend: { display: spec.type === 'doughnut' } },
        },
      }),
    );
  }
}
