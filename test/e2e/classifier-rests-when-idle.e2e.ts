/**
 * After a minute without pages to read, the classifier stops: its worker, and the offscreen
 * document that holds it, so a browser at rest does not keep the model in memory. The next page
 * starts it again and is still acted on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, visit, waitUntil } from './harness/chromium.ts';
import type { ExtensionSession } from './harness/chromium.ts';
import { html } from './harness/server.ts';
import { VI_GAMBLING } from './harness/pages.ts';
import { CLASSIFIER_IDLE_MS } from '../../src/classifier/idle.ts';

describe('the classifier rests when there is nothing to read', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchWithExtension();
    await session.serviceWorker();
  });
  afterAll(async () => session?.close());

  const offscreenOpen = () =>
    session.browser.targets().some((t) => t.url() === session.extensionUrl('offscreen.html'));
  const workerRunning = () =>
    session.browser.targets().some((t) => t.url().includes('/assets/classifier.worker'));

  async function blocks(host: string): Promise<void> {
    session.server.route(host, html('Trang', VI_GAMBLING));
    const page = await session.newPage();
    await visit(page, `http://${host}/`);
    await waitUntil(() => page.url().startsWith(session.extensionUrl('blocked.html')), 30_000);
    expect(page.url()).toContain('c=gambling');
    await page.close();
  }

  it(
    'closes the offscreen document after the idle time, then starts again for the next page',
    async () => {
      await blocks('nha-cai-mot.test');
      expect(offscreenOpen()).toBe(true);
      expect(workerRunning()).toBe(true);

      await waitUntil(() => !offscreenOpen(), CLASSIFIER_IDLE_MS + 30_000, 500);
      expect(workerRunning()).toBe(false);

      await blocks('nha-cai-hai.test');
      expect(offscreenOpen()).toBe(true);
    },
    CLASSIFIER_IDLE_MS + 90_000,
  );
});
