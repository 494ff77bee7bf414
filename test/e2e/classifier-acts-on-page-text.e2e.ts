import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchWithExtension,
  sleep,
  startVisit,
  visit,
  waitInPage,
  waitUntil,
} from './harness/chromium.ts';
import type { ExtensionSession } from './harness/chromium.ts';
import { html } from './harness/server.ts';
import { VI_GAMBLING } from './harness/pages.ts';

const VI_GAMBLING_NO_DIACRITICS =
  '<h1>Nha cai uy tin so 1 Viet Nam</h1><p>Dang ky nhan ngay 200k, nap tien cuoc bong da, no hu, tai xiu, keo nha cai hom nay. Rut tien nhanh 5 phut.</p>';
const EN_ADULT =
  '<h1>Free hardcore porn videos</h1><p>Watch hot naked girls, xxx sex cams and nude models live now. Explicit adult content.</p>';
const VI_NEWS_GAMBLING_ARREST =
  '<h1>Triệt phá đường dây đánh bạc qua mạng</h1><p>Công an TP.HCM triệt phá đường dây đánh bạc qua mạng quy mô hàng trăm tỷ đồng. Các đối tượng tổ chức cá độ bóng đá qua trang web nhà cái đã bị bắt giữ và khởi tố.</p>';
const EN_SEX_EDUCATION =
  '<h1>Growing up</h1><p>Sex education helps teenagers understand puberty, consent, contraception and how to stay safe. Talk to a school nurse or a parent if you have questions.</p>';
const VI_VIOLENCE =
  '<h1>Clip nóng</h1><p>Clip đánh nhau đẫm máu, chém người bằng mã tấu giữa phố, nạn nhân bị đâm nhiều nhát. Xem video bạo lực kinh hoàng.</p>';
const VI_SELF_HARM = '<p>Tôi muốn tự tử, không muốn sống nữa, cách tự tử nhanh nhất là gì</p>';

/** A page's own 50 ms timer, noting every gap of over 200 ms between two ticks (a frozen page). */
const TICKER = `let last = performance.now(); window.stalls = [];
  setInterval(() => {
    const now = performance.now();
    if (now - last > 200) window.stalls.push({ from: last, ms: now - last });
    last = now;
  }, 50);`;

/**
 * The longest time the page's main thread stood still (by its own timer) after its load event,
 * watched until the tab's address passes `until`. Before the load event the page lays itself
 * out (about 1 s for 10 MB on this machine, with or without the extension); the extension reads
 * only after it.
 */
async function longestStallAfterLoadUntil(
  page: Page,
  until: (url: string) => boolean,
  timeoutMs: number,
): Promise<number> {
  let longest = 0;
  await waitUntil(async () => {
    const stalls = await page
      .evaluate(() => {
        const loaded = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        const { stalls = [] } = window as unknown as { stalls?: { from: number; ms: number }[] };
        return loaded.loadEventEnd > 0 ? stalls.filter((s) => s.from >= loaded.loadEventEnd) : [];
      })
      .catch(() => []);
    for (const stall of stalls) longest = Math.max(longest, stall.ms);
    return until(page.url());
  }, timeoutMs);
  return longest;
}

describe('the classifier acts on page text (default tier: lower)', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchWithExtension();
    await session.serviceWorker();
  });
  afterAll(async () => session?.close());

  async function landsOnBlockedPage(host: string, body: string, category: string): Promise<void> {
    session.server.route(host, html('Trang', body));
    const page = await session.newPage();
    await visit(page, `http://${host}/bai-viet?id=7`);
    await waitUntil(() => page.url().startsWith(session.extensionUrl('blocked.html')), 30_000);
    expect(page.url()).toBe(
      session.extensionUrl(`blocked.html?c=${category}&u=http://${host}/bai-viet?id=7`),
    );
    await page.close();
  }

  it('blocks a Vietnamese gambling page', async () => {
    await landsOnBlockedPage('soi-keo-hom-nay.test', VI_GAMBLING, 'gambling');
  });

  it('blocks the same page written without diacritics', async () => {
    await landsOnBlockedPage('soi-keo-khong-dau.test', VI_GAMBLING_NO_DIACRITICS, 'gambling');
  });

  it('blocks an English adult page', async () => {
    await landsOnBlockedPage('free-videos.test', EN_ADULT, 'sexual');
  });

  it('acts on harmful text that appears only after the page has loaded', async () => {
    session.server.route(
      'chat-room.test',
      html(
        'Phòng chat',
        `<div id="log"><p>Chào cả lớp!</p></div><script>
          setTimeout(() => {
            const p = document.createElement('p');
            p.innerHTML = ${JSON.stringify(VI_GAMBLING)};
            document.getElementById('log').append(p);
          }, 2500);
        </script>`,
      ),
    );
    const page = await session.newPage();
    await visit(page, 'http://chat-room.test/');
    expect(page.url()).toBe('http://chat-room.test/');
    await waitUntil(() => page.url().startsWith(session.extensionUrl('blocked.html')), 30_000);
    expect(page.url()).toContain('c=gambling');
    await page.close();
  });

  it('warns (an interstitial the child can leave) on violent text for the lower tier', async () => {
    session.server.route('clip-nong.test', html('Clip', VI_VIOLENCE));
    const page = await session.newPage();
    await visit(page, 'http://clip-nong.test/');
    await waitInPage(
      page,
      () => document.getElementById('kidshield-overlay-host')?.dataset.kidshield === 'warn',
    );
    expect(page.url()).toBe('http://clip-nong.test/');
    await page.close();
  });

  it('sends a child who writes about suicide to the help page with 111, not to a bare block', async () => {
    session.server.route('nhat-ky.test', html('Nhật ký', VI_SELF_HARM));
    const page = await session.newPage();
    await visit(page, 'http://nhat-ky.test/');
    await waitUntil(() => page.url().startsWith(session.extensionUrl('help.html')), 30_000);
    await waitInPage(
      page,
      () =>
        document.querySelector('[data-testid="hotline-111"]')?.getAttribute('href') === 'tel:111',
    );
    await page.close();
  });

  it('leaves benign news and health pages about the same topics alone', async () => {
    session.server.route('tin-tuc.test', html('Tin tức', VI_NEWS_GAMBLING_ARREST));
    session.server.route('health.test', html('Health', EN_SEX_EDUCATION));
    for (const url of ['http://tin-tuc.test/', 'http://health.test/']) {
      const page = await session.newPage();
      await visit(page, url);
      // Give the content script time to read, classify and (wrongly) act.
      await sleep(4000);
      expect(page.url()).toBe(url);
      expect(await page.$('#kidshield-overlay-host')).toBeNull();
      await page.close();
    }
    const requests = await session.openExtensionPage('options.html');
    await waitInPage(requests, () => document.querySelector('[data-testid="events"]'));
    const rows = await requests.$$eval('[data-testid="events"] tr', (trs) =>
      trs.map((r) => r.textContent ?? ''),
    );
    expect(rows.some((r) => r.includes('tin-tuc.test') || r.includes('health.test'))).toBe(false);
    await requests.close();
  });

  it('reads the search query in the URL, with the lower query threshold', async () => {
    session.server.route('tim-kiem.test', html('Kết quả tìm kiếm', '<p>Không có kết quả.</p>'));
    const page = await session.newPage();
    await visit(page, 'http://tim-kiem.test/search?q=k%C3%A8o+nh%C3%A0+c%C3%A1i');
    await waitUntil(() => page.url().startsWith(session.extensionUrl('blocked.html')), 30_000);
    expect(page.url()).toContain('c=gambling');
    await page.close();
  });

  it('blurs a page full of insults for the lower tier', async () => {
    session.server.route(
      'dien-dan.test',
      html('Diễn đàn', '<p>đm thằng ngu vl, cút mẹ mày đi đồ óc chó, vcl nói như cc</p>'),
    );
    const page = await session.newPage();
    await visit(page, 'http://dien-dan.test/');
    await waitInPage(
      page,
      () => document.getElementById('kidshield-overlay-host')?.dataset.kidshield === 'blur',
    );
    expect(page.url()).toBe('http://dien-dan.test/');
    await page.close();
  });

  it('stays responsive on a page that mutates forever, and still reads what arrives', async () => {
    session.server.route(
      'live-feed.test',
      html(
        'Bảng tin',
        `<div id="feed"></div><script>
          ${TICKER}
          let n = 0;
          setInterval(() => {
            const p = document.createElement('p');
            p.textContent = 'Tin số ' + (++n) + ': lớp 7A đi dã ngoại, cả lớp học vẽ tranh phong cảnh.';
            document.getElementById('feed').append(p);
            if (n === 300) {
              const bad = document.createElement('p');
              bad.textContent = 'Nhà cái uy tín, nạp tiền cược bóng đá, nổ hũ, tài xỉu, kèo nhà cái hôm nay.';
              document.getElementById('feed').append(bad);
            }
          }, 10);
        </script>`,
      ),
    );
    const page = await session.newPage();
    await visit(page, 'http://live-feed.test/');
    const blocked = (url: string) => url.startsWith(session.extensionUrl('blocked.html'));
    expect(await longestStallAfterLoadUntil(page, blocked, 30_000)).toBeLessThan(1_000);
    expect(page.url()).toContain('c=gambling');
    await page.close();
  });

  it('keeps a 10 MB page responsive and still acts on what it reads first', async () => {
    const paragraph =
      '<p>Hôm nay trời đẹp, cả lớp đi tham quan bảo tàng và học về lịch sử nước nhà.</p>';
    const filler = paragraph.repeat(110_000);
    expect(Buffer.byteLength(filler)).toBeGreaterThan(10_000_000);
    session.server.route(
      'big-page.test',
      html('Trang lớn', `${VI_GAMBLING}${filler}<script>${TICKER}</script>`),
    );
    const page = await session.newPage();
    startVisit(page, 'http://big-page.test/');
    // The page's own timer keeps running while the content script reads under its budget.
    const blocked = (url: string) => url.startsWith(session.extensionUrl('blocked.html'));
    expect(await longestStallAfterLoadUntil(page, blocked, 60_000)).toBeLessThan(1_000);
    expect(page.url()).toContain('c=gambling');
    await page.close();
  });
});
