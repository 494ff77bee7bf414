/**
 * Rules that tighten reach the tabs already open: when a lesson starts or a stricter profile
 * comes into force, a tab showing a site the new rules block moves to the blocked page, without
 * the child doing anything. Tabs on sites that stay open are not disturbed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockedUrl } from './harness/blocked.ts';
import { launchWithExtension, sleep, visit, waitUntil } from './harness/chromium.ts';
import type { ExtensionSession } from './harness/chromium.ts';
import { listedDomain } from './harness/listed-domains.ts';
import { setPolicy } from './harness/policy.ts';

describe('open tabs follow rules that tighten', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchWithExtension();
    await session.serviceWorker();
  });
  afterAll(async () => session?.close());

  it('a lesson starting moves an open game tab to the blocked page; the lesson tab stays', async () => {
    await setPolicy(session, { tier: 'lower' });
    const game = await session.newPage();
    await visit(game, 'http://tro-choi.test/dang-choi');
    const lesson = await session.newPage();
    await visit(lesson, 'http://hoc-toan.test/bai-2');
    const lessonLoads = () => session.server.seen('hoc-toan.test', '/bai-2').length;
    const loadsBefore = lessonLoads();

    await setPolicy(session, { tier: 'lower', lesson: { allow: ['hoc-toan.test'] } });
    await waitUntil(() => game.url() === blockedUrl('lesson', 'http://tro-choi.test/dang-choi'));
    await sleep(500);
    expect(lesson.url()).toBe('http://hoc-toan.test/bai-2');
    expect(lessonLoads()).toBe(loadsBefore);
    await game.close();
    await lesson.close();
  });

  it('a stricter profile moves an open tab of a newly blocked category', async () => {
    await setPolicy(session, { tier: 'upper' });
    const games = listedDomain('games');
    const page = await session.newPage();
    const url = `https://${games}/dang-mo`;
    expect(await visit(page, url)).toBe(url);
    const wiki = await session.newPage();
    await visit(wiki, 'https://vi.wikipedia.org/wiki/Tro_choi');
    const wikiLoads = () => session.server.seen('vi.wikipedia.org', '/wiki/Tro_choi').length;
    const before = wikiLoads();
    await setPolicy(session, { tier: 'early' });
    await waitUntil(() => page.url() === blockedUrl('games', url));
    await sleep(500);
    expect(wiki.url()).toBe('https://vi.wikipedia.org/wiki/Tro_choi');
    expect(wikiLoads()).toBe(before);
    await page.close();
    await wiki.close();
  });
});
