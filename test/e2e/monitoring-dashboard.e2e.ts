/**
 * What adults see: blocks and flagged pages in the dashboard with the evidence highlighted,
 * nothing lost while the service worker is stopped again and again, a CSV export that Excel
 * reads as Vietnamese, a child's report raising an alert, and retention deleting only old events.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, visit, waitInPage, waitUntil } from './harness/chromium.ts';
import type { ExtensionSession } from './harness/chromium.ts';
import { listedDomain, putRows, sendFromPage, storedEvents } from './harness/monitoring.ts';
import { html } from './harness/server.ts';

const SCAM_TITLE = 'Tuyển cộng tác viên – việc nhẹ lương cao';
const SCAM_TEXT =
  'Tuyển cộng tác viên việc nhẹ lương cao, làm tại nhà, thu nhập 500k mỗi ngày. Chỉ cần chuyển khoản phí đặt cọc 300k để nhận nhiệm vụ, hoàn tiền ngay. Liên hệ Zalo để nhận việc.';

async function openDashboard(session: ExtensionSession): Promise<Page> {
  const page = await session.openExtensionPage('options.html#dashboard');
  await waitInPage(page, () => document.querySelector('#section')?.getAttribute('data-ready'));
  return page;
}

const incidentText = (page: Page) =>
  page.$$eval('[data-testid="incidents"] tr', (rows) => rows.map((r) => r.textContent ?? ''));

describe('monitoring: the adults’ dashboard in real Chromium', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchWithExtension();
    await session.serviceWorker();
  });
  afterAll(async () => session?.close());

  it('shows a blocked navigation and a flagged page, with the evidence marked', async () => {
    const blocked = listedDomain('gambling');
    const tab = await session.newPage();
    await visit(tab, `http://${blocked}/keo-hom-nay?ref=abc`);
    expect(tab.url()).toContain('blocked.html');

    session.server.route(
      'viec-lam.test',
      html(SCAM_TITLE, `<h1>${SCAM_TITLE}</h1><p>${SCAM_TEXT}</p>`),
    );
    await visit(tab, 'http://viec-lam.test/tuyen-dung');
    // Lower tier warns on scams: the overlay host appears once the event is written.
    await waitInPage(tab, () => document.querySelector('#kidshield-overlay-host') !== null);
    await tab.close();

    const dash = await openDashboard(session);
    const rows = await incidentText(dash);
    const blockRow = rows.find((r) => r.includes(`http://${blocked}/keo-hom-nay`));
    expect(blockRow).toBeDefined();
    // Query strings are dropped by default.
    expect(blockRow).not.toContain('ref=abc');
    const flagged = await dash.$$eval('[data-testid="incidents"] tr[data-kind="flag"]', (trs) =>
      trs.map((tr) => ({
        text: tr.textContent ?? '',
        mark: tr.querySelector('mark')?.textContent,
      })),
    );
    const scam = flagged.find((f) => f.text.includes('viec-lam.test/tuyen-dung'));
    expect(scam?.text).toContain(SCAM_TITLE);
    expect(scam?.mark?.toLowerCase()).toContain('việc nhẹ lương cao');
    // The charts count them: by-domain table lists both domains.
    const domains = await dash.$eval(
      '[data-testid="chart-top-domains"]',
      (f) => f.textContent ?? '',
    );
    expect(domains).toContain(blocked);
    expect(domains).toContain('viec-lam.test');
    await dash.close();
  });

  it('keeps all 1,000 events written while the service worker is stopped again and again', async () => {
    const page = await session.openExtensionPage('help.html');
    for (let batch = 0; batch < 10; batch++) {
      const replies = (await page.evaluate(async (b) => {
        const sends = Array.from({ length: 100 }, (_, i) =>
          chrome.runtime.sendMessage({
            target: 'background',
            kind: 'block/record',
            payload: { category: 'gambling', url: `http://bulk-write.test/${b}/${i}` },
          }),
        );
        return Promise.all(sends);
      }, batch)) as { ok: boolean }[];
      expect(replies.every((r) => r.ok)).toBe(true);
      await session.stopServiceWorker();
    }
    await page.close();
    const dash = await openDashboard(session);
    expect(await storedEvents(dash, 'bulk-write.test')).toHaveLength(1000);
    const urls = new Set((await storedEvents(dash, 'bulk-write.test')).map((e) => e.url));
    expect(urls.size).toBe(1000);
    const topDomain = await dash.$$eval('[data-testid="chart-top-domains"] tr', (rows) =>
      rows.map((r) => [r.querySelector('th')?.textContent, r.querySelector('td')?.textContent]),
    );
    expect(topDomain).toContainEqual(['bulk-write.test', '1000']);
    await dash.close();
  });

  it('exports a CSV that round-trips Vietnamese text (UTF-8 with BOM)', async () => {
    const dash = await openDashboard(session);
    const folder = mkdtempSync(join(tmpdir(), 'kidshield-download-'));
    const cdp = await dash.createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: folder });
    await dash.click('[data-testid="export-csv"]');
    await waitUntil(() => readdirSync(folder).some((f) => f.endsWith('.csv')), 30_000);
    const file = readdirSync(folder).find((f) => f.endsWith('.csv')) as string;
    const bytes = readFileSync(join(folder, file));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'time,kind,profile,category,action,score,url,domain,title,excerpt,decision,alert,reviewed',
    );
    const scamLine = lines.find((l) => l.includes('viec-lam.test'));
    expect(scamLine).toContain(SCAM_TITLE);
    expect(lines.filter((l) => l.includes('bulk-write.test'))).toHaveLength(1000);
    await dash.close();
  });

  it('raises an alert when a child tells us what upset them', async () => {
    // Extension pages read the badge and session storage too: no need to wake the worker here.
    const help = await session.openExtensionPage('help.html');
    const badge = () => help.evaluate(() => chrome.action.getBadgeText({}));
    const before = Number((await badge()) || 0);
    await help.type('#report-text', 'Có người lạ bảo em gửi ảnh và giữ bí mật với bố mẹ');
    await help.click('#report-send');
    await waitInPage(help, () => document.querySelector('#report-sent')?.getAttribute('data-sent'));
    await waitUntil(async () => Number((await badge()) || 0) === before + 1);
    const shown = (await help.evaluate(() => chrome.storage.session.get('alertLastShown'))) as {
      alertLastShown?: object;
    };
    expect(Object.keys(shown.alertLastShown ?? {})).toContain('report');

    const dash = await openDashboard(session);
    const reports = await dash.$$eval('[data-testid="incidents"] tr[data-kind="report"]', (rows) =>
      rows.map((r) => ({ text: r.textContent ?? '', alert: r.classList.contains('alert') })),
    );
    expect(reports[0]?.text).toContain('Có người lạ bảo em gửi ảnh');
    expect(reports[0]?.alert).toBe(true);
    // Marking it reviewed takes it off the badge.
    await dash.click('[data-testid="incidents"] tr[data-kind="report"] [data-testid="reviewed"]');
    await waitUntil(async () => Number((await badge()) || 0) === before);
    await dash.close();
    await help.close();
  });

  it('retention deletes events older than retentionDays and keeps the rest', async () => {
    const page = await session.openExtensionPage('help.html');
    await page.evaluate(() => chrome.storage.local.set({ policy: { retentionDays: 7 } }));
    const day = 24 * 60 * 60_000;
    const now = Date.now();
    const row = (id: number, ageDays: number, extra = {}) => ({
      id,
      ts: now - ageDays * day,
      kind: 'block',
      profileId: 'default',
      category: 'games',
      domain: 'retention.test',
      url: `http://retention.test/${id}`,
      reviewed: 0,
      alert: 0,
      ...extra,
    });
    await putRows(page, 'events', [
      row(900_001, 10),
      row(900_002, 8, { alert: 1, kind: 'flag' }),
      row(900_003, 6.9),
      row(900_004, 1),
    ]);
    await page.evaluate(() => chrome.alarms.create('retention', { when: Date.now() + 50 }));
    await waitUntil(async () => (await storedEvents(page, 'retention.test')).length === 2);
    const left = (await storedEvents(page, 'retention.test')).map((e) => e.id).sort();
    expect(left).toEqual([900_003, 900_004]);
    // Everything recorded by the earlier tests today is still there.
    expect(await storedEvents(page, 'bulk-write.test')).toHaveLength(1000);
    expect(await sendFromPage(page, 'status/get', {})).toMatchObject({ ok: true });
    await page.close();
  });
});
