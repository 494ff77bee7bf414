/**
 * On Chromium the page reader (content.js) is not declared in the manifest: the background puts
 * it into a page only once the page has loaded and the child has stayed READ_AFTER_LOAD_MS, so
 * no page pays for it while loading. Observed through DevTools' execution contexts: the
 * extension's isolated world appears in the page at least that long after its load event.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, visit, waitUntil } from './harness/chromium.ts';
import type { ExtensionSession } from './harness/chromium.ts';
import { html } from './harness/server.ts';
import { VI_GAMBLING } from './harness/pages.ts';
import { READ_AFTER_LOAD_MS } from '../../src/core/page-reading.ts';

describe('the page reader comes after the page has loaded', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchWithExtension();
    await session.serviceWorker();
  });
  afterAll(async () => session?.close());

  it('appears in a page no sooner than READ_AFTER_LOAD_MS after its load event, once', async () => {
    session.server.route(
      'bai-hoc.test',
      html('Bài học', '<h1>Phân số</h1><p>Quy đồng mẫu số.</p>'),
    );
    const page = await session.newPage();
    const cdp = await page.createCDPSession();
    const readerWorlds: number[] = [];
    let loadedAt = Number.NaN;
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      if (context.origin.includes(session.extensionId)) readerWorlds.push(performance.now());
    });
    cdp.on('Page.loadEventFired', () => {
      loadedAt = performance.now();
    });
    await cdp.send('Page.enable');
    await cdp.send('Runtime.enable');

    await visit(page, 'http://bai-hoc.test/');
    await waitUntil(() => readerWorlds.length > 0, 15_000);
    expect((readerWorlds[0] ?? Number.NaN) - loadedAt).toBeGreaterThanOrEqual(
      READ_AFTER_LOAD_MS - 50,
    );
    // Nothing more arrives for the same page (one reader per document).
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(readerWorlds).toHaveLength(1);
    await page.close();
  });

  it('still acts on a harmful page the child stays on', async () => {
    session.server.route('nha-cai.test', html('Trang', VI_GAMBLING));
    const page = await session.newPage();
    await visit(page, 'http://nha-cai.test/');
    await waitUntil(() => page.url().startsWith(session.extensionUrl('blocked.html')), 30_000);
    expect(page.url()).toContain('c=gambling');
    await page.close();
  });
});
