import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { ask, fill, onlyListedIn, tap } from './harness/adults.ts';
import { launchWithExtension, visit, waitInPage, waitUntil } from './harness/chromium.ts';
import type { ExtensionSession } from './harness/chromium.ts';

const PIN = '1357';
const SETTINGS = {
  profiles: [
    { id: 'young', name: 'Lớp 2A', tier: 'early' },
    { id: 'teen', name: 'Lớp 8B', tier: 'lower' },
  ],
  activeProfile: 'teen',
  contacts: [{ name: 'Cô Lan – tư vấn học đường', phone: '0905 123 456' }],
};

async function importText(page: Page, text: string): Promise<boolean> {
  await page.evaluate(() => {
    const box = document.querySelector<HTMLElement>('[data-testid="import-result"]');
    if (box) delete box.dataset.saved;
  });
  await fill(page, 'import-text', text);
  await tap(page, 'import');
  await waitInPage(
    page,
    () =>
      document.querySelector<HTMLElement>('[data-testid="import-result"]')?.dataset.saved !==
      undefined,
  );
  return page.$eval(
    '[data-testid="import-result"]',
    (el) => (el as HTMLElement).dataset.saved === 'true',
  );
}

const errorKeys = (page: Page) =>
  page.$$eval('[data-testid="import-errors"] li', (items) =>
    items.map((li) => li.getAttribute('data-key')),
  );

async function exported(page: Page): Promise<string> {
  await page.$eval('[data-testid="export-json"]', (t) => ((t as HTMLTextAreaElement).value = ''));
  await tap(page, 'export');
  await waitInPage(
    page,
    () =>
      (document.querySelector<HTMLTextAreaElement>('[data-testid="export-json"]')?.value ?? '') !==
      '',
  );
  return page.$eval('[data-testid="export-json"]', (t) => (t as HTMLTextAreaElement).value);
}

async function activeProfile(page: Page): Promise<string | undefined> {
  return (await ask<{ profileId: string }>(page, 'status/get')).value?.profileId;
}

describe('profiles: import, the popup switch, the category grid and custom lists', () => {
  let session: ExtensionSession;
  let console: Page;
  const games = onlyListedIn('games');

  beforeAll(async () => {
    session = await launchWithExtension();
    await session.serviceWorker();
    console = await session.openExtensionPage('options.html#backup');
  });
  afterAll(async () => session?.close());

  it('imports settings; a malformed or hostile file is refused naming the key, and the old settings stay', async () => {
    expect(await importText(console, JSON.stringify(SETTINGS))).toBe(true);
    const before = await exported(console);
    expect(JSON.parse(before)).toMatchObject(SETTINGS);

    expect(
      await importText(
        console,
        JSON.stringify({ ...SETTINGS, profiles: [{ id: 'x', name: 'X', tier: 'baby' }] }),
      ),
    ).toBe(false);
    expect(await errorKeys(console)).toEqual(['profiles.0.tier']);

    expect(await importText(console, '{"tier": "early",')).toBe(false);
    expect(await errorKeys(console)).toEqual(['(file)']);

    const hostile =
      '{"__proto__": {"locked": true}, "locked": true, "block": ["ok.vn", "javascript:alert(1)//"], "retentionDays": 1e9}';
    expect(await importText(console, hostile)).toBe(false);
    expect(await errorKeys(console)).toEqual(
      expect.arrayContaining(['locked', 'retentionDays', 'block']),
    );

    expect(await exported(console)).toBe(before);
    // Headless Chromium runs no extension in private windows: the console says so, with the fix.
    expect(await console.$('[data-testid="incognito-warning"]')).not.toBeNull();
    expect(await activeProfile(console)).toBe('teen');
  });

  it('switches profile from the popup only with the PIN, and what is blocked changes with it', async () => {
    await console.evaluate(() => (location.hash = 'protection'));
    await fill(console, 'pin-new', PIN);
    await fill(console, 'pin-again', PIN);
    await tap(console, 'pin-save');
    await console.waitForSelector('[data-testid="saved"]');
    await ask(console, 'pin/lock');

    const child = await session.newPage();
    expect(await visit(child, `http://${games}/`)).toBe(`http://${games}/`);

    const popup = await session.openExtensionPage('popup.html');
    await popup.waitForSelector('[data-testid="popup-profile-select"] option[value="young"]');
    await fill(popup, 'popup-profile-select', 'young');
    await tap(popup, 'popup-switch'); // no PIN typed
    await waitInPage(
      popup,
      () => (document.querySelector('[data-testid="popup-message"]')?.textContent ?? '') !== '',
    );
    expect(await activeProfile(console)).toBe('teen');

    await fill(popup, 'popup-pin', PIN);
    await fill(popup, 'popup-profile-select', 'young');
    await tap(popup, 'popup-switch');
    await waitUntil(async () => (await activeProfile(console)) === 'young');
    await waitUntil(async () =>
      (await visit(child, `http://${games}/?again`)).includes('blocked.html?c=games'),
    );

    const reopened = await session.openExtensionPage('popup.html');
    await waitInPage(
      reopened,
      () => document.querySelector('#tier')?.getAttribute('data-tier') === 'early',
    );
    await reopened.close();
    await popup.close();
    await child.close();
  });

  it('blocks a category from the grid, and a pasted URL in the block list becomes its domain', async () => {
    expect(
      (await ask<{ unlocked: boolean }>(console, 'pin/unlock', { pin: PIN })).value?.unlocked,
    ).toBe(true);
    expect((await ask(console, 'profile/switch', { profileId: 'teen' })).ok).toBe(true);
    const child = await session.newPage();
    await waitUntil(async () => (await visit(child, `http://${games}/`)) === `http://${games}/`);

    await console.evaluate(() => (location.hash = 'profiles'));
    const teenGames = '[data-profile="teen"] [data-testid="override-games"]';
    await console.waitForSelector(teenGames);
    expect(
      await console.$eval(
        '[data-profile="teen"] [data-testid="tier-default-games"]',
        (td) => td.textContent,
      ),
    ).not.toBe('');
    await console.$eval(teenGames, (select) => {
      (select as HTMLSelectElement).value = 'block';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await waitUntil(async () =>
      (await visit(child, `http://${games}/?grid`)).includes('blocked.html?c=games'),
    );

    await console.evaluate(() => (location.hash = 'lists'));
    await fill(console, 'lists-block', 'https://Trò-chơi-vui.vn/choi?id=1\nkhông phải tên miền!');
    await tap(console, 'lists-save');
    await console.waitForSelector('[data-testid="save-errors"] li[data-key="block"]');
    expect(await console.$eval('[data-testid="save-errors"]', (ul) => ul.textContent)).toContain(
      'miền!',
    );

    await fill(console, 'lists-block', 'https://Trò-chơi-vui.vn/choi?id=1');
    await tap(console, 'lists-save');
    await console.waitForSelector('[data-testid="saved"]');
    const host = new URL('http://trò-chơi-vui.vn/').hostname;
    expect(
      await console.$eval('[data-testid="lists-block"]', (t) => (t as HTMLTextAreaElement).value),
    ).toBe(host);
    await waitUntil(async () =>
      (await visit(child, `http://${host}/`)).includes('blocked.html?c=custom'),
    );
    await child.close();
  });

  it('adds a schedule window that blocks games now, and runs a lesson where only its sites open', async () => {
    const child = await session.newPage();
    expect((await ask(console, 'settings/update', { set: {}, remove: ['block'] })).ok).toBe(true);
    await console.evaluate(() => (location.hash = 'profiles'));
    await console.waitForSelector('[data-profile="teen"] [data-testid="override-games"]');
    await console.$eval('[data-profile="teen"] [data-testid="override-games"]', (select) => {
      (select as HTMLSelectElement).value = 'default';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await waitUntil(async () => (await visit(child, `http://${games}/`)) === `http://${games}/`);

    const hhmm = (d: Date) =>
      `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
    await console.evaluate(() => (location.hash = 'schedules'));
    await fill(console, 'schedule-profile', 'teen');
    for (const day of [0, 1, 2, 3, 4, 5, 6]) {
      await console.$eval(
        `[data-testid="schedule-day-${day}"]`,
        (box) => ((box as HTMLInputElement).checked = true),
      );
    }
    await fill(console, 'schedule-from', hhmm(new Date(Date.now() - 60 * 60_000)));
    await fill(console, 'schedule-to', hhmm(new Date(Date.now() + 60 * 60_000)));
    await tap(console, 'schedule-add');
    await console.waitForSelector('[data-testid="schedule"]');
    await waitUntil(async () =>
      (await visit(child, `http://${games}/?schedule`)).includes('blocked.html?c=games'),
    );

    await console.evaluate(() => (location.hash = 'lesson'));
    await fill(console, 'lesson-allow', 'https://olm.vn/bai-hoc/1\nhoc10.vn');
    await tap(console, 'lesson-start');
    await console.waitForSelector('[data-testid="lesson-state"][data-active="true"]');
    await waitUntil(async () =>
      (await visit(child, 'http://tin-tuc.test/')).includes('blocked.html?c=lesson'),
    );
    expect(await visit(child, 'http://olm.vn/bai-hoc/2')).toBe('http://olm.vn/bai-hoc/2');
    await tap(console, 'lesson-stop');
    await console.waitForSelector('[data-testid="lesson-state"][data-active="false"]');
    await waitUntil(
      async () =>
        (await visit(child, 'http://tin-tuc.test/?after')) === 'http://tin-tuc.test/?after',
    );

    // The same saved lesson, started and stopped from the toolbar popup with one click each.
    const popup = await session.openExtensionPage('popup.html');
    await popup.waitForSelector('[data-testid="popup-lesson"][data-active="false"]');
    await tap(popup, 'popup-lesson');
    await waitUntil(async () =>
      (await visit(child, 'http://tin-tuc.test/?popup')).includes('blocked.html?c=lesson'),
    );
    const again = await session.openExtensionPage('popup.html');
    await again.waitForSelector('[data-testid="popup-lesson"][data-active="true"]');
    await tap(again, 'popup-lesson');
    await waitUntil(
      async () => !(await visit(child, 'http://tin-tuc.test/?end')).includes('blocked.html'),
    );
    await popup.close().catch(() => undefined);
    await again.close().catch(() => undefined);
    await child.close();
  });
});
