import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, visit, waitInPage, waitUntil } from './harness/chromium.ts';
import type { ExtensionSession } from './harness/chromium.ts';
import { html } from './harness/server.ts';

/** A domain the shipped gambling ruleset really lists (read from the build, so the test follows the data). */
function listedDomain(category: string): string {
  const rules = JSON.parse(readFileSync(`dist/chrome/rulesets/${category}.json`, 'utf8')) as {
    condition: { requestDomains?: string[] };
  }[];
  const domain = rules.flatMap((r) => r.condition.requestDomains ?? [])[0];
  if (!domain) throw new Error(`no ${category} domain in the build`);
  return domain;
}

describe('the extension in real Chromium', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchWithExtension();
    await session.serviceWorker();
  });
  afterAll(async () => session?.close());

  it('loads: the popup shows the default profile at the lower-secondary tier', async () => {
    const popup = await session.openExtensionPage('popup.html');
    await waitInPage(
      popup,
      () => document.querySelector('#tier')?.getAttribute('data-tier') === 'lower',
    );
    expect(await popup.$eval('#state', (p) => p.className)).toBe('ok');
    expect(await popup.$eval('#help', (a) => a.getAttribute('href'))).toBe('help.html');
    await popup.close();
  });

  it('sends a navigation to a listed gambling domain to the blocked page', async () => {
    const domain = listedDomain('gambling');
    const page = await session.newPage();
    const landed = await visit(page, `http://${domain}/keo?x=1`);
    expect(landed).toBe(session.extensionUrl(`blocked.html?c=gambling&u=http://${domain}/keo?x=1`));
    await waitInPage(
      page,
      () => document.querySelector('[data-testid="blocked-category"]')?.textContent !== '',
    );
    expect(await page.$eval('.hotline', (a) => a.getAttribute('href'))).toBe('tel:111');
    await page.close();
  });

  it('classifies page text through background, offscreen document and worker, and acts on it', async () => {
    session.server.route(
      'tin-the-thao.test',
      html(
        'Soi kèo hôm nay',
        '<h1>Nhà cái uy tín số 1</h1><p>Đăng ký nhận ngay 200k, nạp tiền cược bóng đá, nổ hũ, tài xỉu, kèo nhà cái hôm nay. Rút tiền nhanh 5 phút.</p>',
      ),
    );
    const page = await session.newPage();
    await visit(page, 'http://tin-the-thao.test/');
    await waitUntil(() => page.url().startsWith(session.extensionUrl('blocked.html')), 30_000);
    expect(page.url()).toContain('c=gambling');
    await page.close();
  });

  it('keeps an event written to IndexedDB after the service worker is stopped and woken', async () => {
    const page = await session.newPage();
    const marker = `http://${listedDomain('gambling')}/persist-${Date.now()}`;
    await visit(page, marker);
    await page.close();
    const shown = (options: import('puppeteer-core').Page, url: string) =>
      waitInPage(
        options,
        (u) =>
          [...document.querySelectorAll('[data-testid="events"] tr[data-kind="block"]')].some((r) =>
            r.textContent?.includes(u),
          ),
        url,
      );
    const before = await session.openExtensionPage('options.html');
    await shown(before, marker);
    await before.close();

    await session.stopServiceWorker();
    const after = await session.openExtensionPage('options.html');
    await shown(after, marker);
    await after.close();
  });
});
