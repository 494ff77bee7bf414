/**
 * Lesson mode: while a lesson runs only its sites open (everything else lands on the blocked page
 * with `c=lesson`, frames included); when `lesson.until` passes, the lesson-end alarm brings
 * normal browsing back without anyone touching the settings.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockedUrl } from './harness/blocked.ts';
import { launchWithExtension, sleep, visit, waitUntil } from './harness/chromium.ts';
import type { ExtensionSession } from './harness/chromium.ts';
import { listedDomain } from './harness/listed-domains.ts';
import { setPolicy } from './harness/policy.ts';
import { html } from './harness/server.ts';

describe('lesson mode', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchWithExtension();
    await session.serviceWorker();
  });
  afterAll(async () => session?.close());

  it('opens only the lesson sites until `until`, then normal browsing returns', async () => {
    const until = new Date(Date.now() + 25_000).toISOString();
    const gambling = listedDomain('gambling');
    await setPolicy(session, {
      tier: 'lower',
      lesson: { allow: ['hoc-toan.test', 'vi.wikipedia.org'], until },
    });
    session.server.route(
      'hoc-toan.test',
      html('Bài học', '<iframe src="http://tro-choi.test/in-lesson-frame"></iframe>'),
      '/bai-1',
    );
    const page = await session.newPage();
    expect(await visit(page, 'http://hoc-toan.test/bai-1')).toBe('http://hoc-toan.test/bai-1');
    expect(await visit(page, 'https://vi.wikipedia.org/wiki/Phan_so')).toBe(
      'https://vi.wikipedia.org/wiki/Phan_so',
    );
    expect(await visit(page, 'http://tro-choi.test/in-lesson')).toBe(
      blockedUrl('lesson', 'http://tro-choi.test/in-lesson'),
    );
    // The category lists still apply inside a lesson.
    expect(await visit(page, `http://${gambling}/in-lesson`)).toMatch(
      /blocked\.html\?c=(lesson|gambling)&/,
    );
    expect(session.server.seen('tro-choi.test')).toHaveLength(0);

    const popup = await session.openExtensionPage('popup.html');
    await waitUntil(() => popup.$eval('#lesson', (p) => !(p as HTMLElement).hidden));
    await popup.close();

    // Nobody touches the settings: the alarm at `until` ends the lesson.
    await sleep(Math.max(0, Date.parse(until) - Date.now()));
    await waitUntil(
      async () =>
        (await visit(page, 'http://tro-choi.test/after')) === 'http://tro-choi.test/after',
      60_000,
      1_000,
    );
    expect(session.server.seen('tro-choi.test', '/after').length).toBeGreaterThan(0);
    // Normal browsing: the tier's lists still block.
    expect(await visit(page, `http://${gambling}/after`)).toBe(
      blockedUrl('gambling', `http://${gambling}/after`),
    );
    await page.close();
  });
});
