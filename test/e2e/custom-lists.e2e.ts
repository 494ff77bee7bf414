/**
 * The adults' own lists: a custom allow opens a site the shipped lists block (allow beats every
 * block), a custom block closes any site (main frame to the blocked page, frames stay empty), and
 * a Unicode (IDN) entry blocks both spellings of the name.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockedUrl } from './harness/blocked.ts';
import { launchWithExtension, sleep, visit, waitUntil } from './harness/chromium.ts';
import type { ExtensionSession } from './harness/chromium.ts';
import { listedDomain } from './harness/listed-domains.ts';
import { setPolicy } from './harness/policy.ts';
import { html } from './harness/server.ts';

describe('custom allow and block lists', () => {
  let session: ExtensionSession;
  const gambling = listedDomain('gambling');
  const games = listedDomain('games');

  beforeAll(async () => {
    session = await launchWithExtension();
    await session.serviceWorker();
  });
  afterAll(async () => session?.close());

  it('a custom allow beats a list block, for the domain and its subdomains', async () => {
    const page = await session.newPage();
    await setPolicy(session, { tier: 'lower' });
    const url = `http://${gambling}/allow-1`;
    expect(await visit(page, url)).toBe(blockedUrl('gambling', url));

    await setPolicy(session, { tier: 'lower', allow: [gambling] });
    expect(await visit(page, `http://${gambling}/allow-2`)).toBe(`http://${gambling}/allow-2`);
    expect(await visit(page, `http://www.${gambling}/allow-3`)).toBe(
      `http://www.${gambling}/allow-3`,
    );
    expect(session.server.seen(gambling, '/allow-2')).toHaveLength(1);
    await page.close();
  });

  it("a profile's own allow list works the same, and only for that profile", async () => {
    const profiles = [
      { id: 'a', name: 'Lớp 1A', tier: 'early' as const, allow: [games] },
      { id: 'b', name: 'Lớp 1B', tier: 'early' as const },
    ];
    const page = await session.newPage();
    await setPolicy(session, { profiles, activeProfile: 'a' });
    expect(await visit(page, `https://${games}/p-1`)).toBe(`https://${games}/p-1`);
    await setPolicy(session, { profiles, activeProfile: 'b' });
    // The extension moves the tab still open on the site (a reload that would race a visit made
    // in the same tab); a new visit is blocked too.
    await waitUntil(async () => page.url() === blockedUrl('games', `https://${games}/p-1`), 30_000);
    const fresh = await session.newPage();
    expect(await visit(fresh, `https://${games}/p-2`)).toBe(
      blockedUrl('games', `https://${games}/p-2`),
    );
    await fresh.close();
    await page.close();
  });

  it('a custom block closes a site no list holds, main frame and frames', async () => {
    await setPolicy(session, { tier: 'upper', block: ['game-vui.test'] });
    const page = await session.newPage();
    expect(await visit(page, 'http://game-vui.test/b-1')).toBe(
      blockedUrl('custom', 'http://game-vui.test/b-1'),
    );
    expect(await visit(page, 'https://m.game-vui.test/b-2')).toBe(
      blockedUrl('custom', 'https://m.game-vui.test/b-2'),
    );
    session.server.route(
      'lop-hoc.test',
      html('Lớp học', '<iframe src="http://game-vui.test/b-frame"></iframe>'),
    );
    expect(await visit(page, 'http://lop-hoc.test/')).toBe('http://lop-hoc.test/');
    await sleep(300);
    expect(session.server.seen('game-vui.test')).toHaveLength(0);
    expect(page.frames().some((f) => f.url().includes('game-vui.test'))).toBe(false);
    await page.close();
  });

  it('allow wins over a custom block too: a subdomain can be reopened', async () => {
    await setPolicy(session, {
      tier: 'upper',
      block: ['mang-xa-hoi.test'],
      allow: ['hoc.mang-xa-hoi.test'],
    });
    const page = await session.newPage();
    expect(await visit(page, 'http://mang-xa-hoi.test/')).toBe(
      blockedUrl('custom', 'http://mang-xa-hoi.test/'),
    );
    expect(await visit(page, 'http://hoc.mang-xa-hoi.test/')).toBe('http://hoc.mang-xa-hoi.test/');
    await page.close();
  });

  it('a Unicode (IDN) custom entry blocks the Unicode and the punycode spelling', async () => {
    await setPolicy(session, { tier: 'upper', block: ['trò-chơi-vui.vn'] });
    const punycode = new URL('http://trò-chơi-vui.vn/').hostname;
    expect(punycode).toMatch(/^xn--/);
    const page = await session.newPage();
    expect(await visit(page, 'http://trò-chơi-vui.vn/i-1')).toBe(
      blockedUrl('custom', `http://${punycode}/i-1`),
    );
    expect(await visit(page, `http://${punycode}/i-2`)).toBe(
      blockedUrl('custom', `http://${punycode}/i-2`),
    );
    expect(session.server.seen(punycode)).toHaveLength(0);
    await page.close();
  });
});
