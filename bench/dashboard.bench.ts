/**
 * `npm run bench:dashboard`: in real Chromium with the built extension (dist/chrome; run
 * `npm run build` first), measures event-write throughput (pages -> background -> IndexedDB,
 * each write committed before its reply) and the dashboard's first render with 100,000 events
 * in the log. Writes the `## Dashboard` section of docs/BENCHMARKS.md (and only that section).
 */
import { machine, writeBenchmarkSection } from './report.ts';
import type { Page } from 'puppeteer-core';
import { launchWithExtension, waitInPage } from '../test/e2e/harness/chromium.ts';

const WRITES = 5000;
const CONCURRENCY = 100;
const EVENTS = 100_000;
const DAY = 24 * 60 * 60_000;

async function writeThroughput(page: Page): Promise<number> {
  return page.evaluate(
    async (total, concurrency) => {
      const start = performance.now();
      for (let done = 0; done < total; done += concurrency) {
        await Promise.all(
          Array.from({ length: concurrency }, (_, i) =>
            chrome.runtime.sendMessage({
              target: 'background',
              kind: 'block/record',
              payload: { category: 'gambling', url: `http://bench-write.test/${done + i}` },
            }),
          ),
        );
      }
      return total / ((performance.now() - start) / 1000);
    },
    WRITES,
    CONCURRENCY,
  );
}

/** 100,000 events over the last 30 days, 40 domains, 5 profiles, some alerts with excerpts. */
async function fillLog(page: Page): Promise<void> {
  await page.evaluate(
    (count, day) =>
      new Promise<void>((resolve, reject) => {
        const cats = ['gambling', 'adult', 'scam', 'games', 'social', 'self_harm', 'grooming'];
        const open = indexedDB.open('kidshield');
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('events', 'readwrite');
          const store = tx.objectStore('events');
          const now = Date.now();
          for (let i = 0; i < count; i++) {
            const category = cats[i % cats.length] as string;
            const alert = category === 'self_harm' || category === 'grooming' ? 1 : 0;
            store.add({
              ts: now - Math.floor((i / count) * 30 * day),
              kind: i % 4 === 0 ? 'flag' : 'block',
              profileId: `lop-${i % 5}`,
              category,
              url: `https://site-${i % 40}.example/trang/${i}`,
              domain: `site-${i % 40}.example`,
              title: `Trang số ${i}`,
              excerpt: alert ? `đoạn trích có chữ cần đánh dấu ${i}` : undefined,
              mark: alert ? [14, 28] : undefined,
              reviewed: 0,
              alert,
            });
          }
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    EVENTS,
    DAY,
  );
}

/** ms from starting the navigation to the dashboard's `data-ready` (charts + first incident page). */
async function firstRender(page: Page, path: string): Promise<number> {
  await page.goto('about:blank');
  const start = Date.now();
  await page.goto(path, { waitUntil: 'load' });
  await waitInPage(
    page,
    () => document.querySelector('#section')?.getAttribute('data-ready'),
    '',
    120_000,
  );
  return Date.now() - start;
}

async function rangeRender(page: Page, days: number): Promise<number> {
  const before = await page.$eval('#section', (s) => s.getAttribute('data-ready'));
  const from = new Date(Date.now() - (days - 1) * DAY);
  const iso = `${from.getFullYear()}-${String(from.getMonth() + 1).padStart(2, '0')}-${String(from.getDate()).padStart(2, '0')}`;
  const start = Date.now();
  await page.$eval(
    '#dash-from',
    (input, value) => ((input as HTMLInputElement).value = value),
    iso,
  );
  await page.$eval('[data-testid="dash-apply"]', (b) => (b as HTMLButtonElement).click());
  await waitInPage(
    page,
    (b) => document.querySelector('#section')?.getAttribute('data-ready') !== b,
    before ?? '',
    120_000,
  );
  return Date.now() - start;
}

async function main(): Promise<void> {
  const session = await launchWithExtension();
  try {
    await session.serviceWorker();
    const page = await session.openExtensionPage('help.html');
    await writeThroughput(page); // warm-up: worker, database open, code paths
    const writesPerSecond = await writeThroughput(page);
    await fillLog(page);
    const dash = await session.newPage();
    const url = session.extensionUrl('options.html#dashboard');
    const cold = await firstRender(dash, url);
    const warm = await firstRender(dash, url);
    const thirtyDays = await rangeRender(dash, 30);
    const total = await dash.$eval('[data-testid="stat-total"]', (s) =>
      s.getAttribute('data-value'),
    );
    const rows = await dash.$$eval('[data-testid="incidents"] tr', (r) => r.length);
    const lines = [
      '## Dashboard',
      '',
      `Measured by \`npm run bench:dashboard\` on ${new Date().toISOString().slice(0, 10)}: ${machine()}; Node ${process.version}; Chromium headless (puppeteer-core), the built extension.`,
      '',
      '| measure | value |',
      '| --- | ---: |',
      `| event writes, extension page -> background -> IndexedDB, ${CONCURRENCY} in flight, each committed before its reply (${WRITES} events) | ${Math.round(writesPerSecond).toLocaleString('en')} events/s |`,
      `| dashboard first render, ${EVENTS.toLocaleString('en')} events in the log (30 days), default 7-day range, cold | ${Math.round(cold)} ms |`,
      `| the same, second load | ${Math.round(warm)} ms |`,
      `| re-render for the whole 30 days (${Number(total).toLocaleString('en')} events aggregated, ${rows} incident rows in the DOM) | ${thirtyDays} ms |`,
      '',
      'First render = start of the navigation to charts drawn and the first incident page (50 rows) shown. Aggregates walk the `ts` index one day at a time; the incident list reads one page at a time.',
      '',
    ];
    const section = lines.join('\n');
    process.stdout.write(`${section}\n`);
    await writeBenchmarkSection('## Dashboard', section);
  } finally {
    await session.close();
  }
}

await main();
