/**
 * School IT's managed policy in real Firefox ESR: `policies.json` in the Firefox distribution
 * folder (`3rdparty.Extensions.<gecko id>`) sets the tier, a custom block and a contact, and the
 * extension enforces them. Writes the file (CI runs as root) and restores the folder afterwards.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GECKO_EXTENSION_ID } from '../../src/core/extension-identity.ts';
import { URL_CATEGORIES } from '../../src/core/taxonomy.ts';
import { domainOnlyIn } from './harness/browsers.ts';
import { waitInPage, waitUntil } from './harness/chromium.ts';
import {
  FIREFOX_DISTRIBUTION_DIR,
  firefoxAvailable,
  launchFirefox,
  visitFirefox,
} from './harness/firefox.ts';
import type { FirefoxSession } from './harness/firefox.ts';

/** A games site no other category lists: blocked by the early-years tier's `games` only. */
const gameOnly = (skip: number) => domainOnlyIn('games', URL_CATEGORIES, 'firefox', skip);

const POLICIES_FILE = join(FIREFOX_DISTRIBUTION_DIR, 'policies.json');

const MANAGED = {
  tier: 'early',
  block: ['tro-choi-bi-chan.test'],
  contacts: [{ name: 'Cô Lan (GVCN lớp 3A)', phone: '0901 234 567' }],
};

describe.skipIf(!firefoxAvailable())('managed policy from policies.json in real Firefox', () => {
  let session: FirefoxSession;
  let saved: Buffer | undefined;
  let createdDir = false;

  beforeAll(async () => {
    if (existsSync(POLICIES_FILE)) saved = readFileSync(POLICIES_FILE);
    if (!existsSync(FIREFOX_DISTRIBUTION_DIR)) {
      mkdirSync(FIREFOX_DISTRIBUTION_DIR, { recursive: true });
      createdDir = true;
    }
    writeFileSync(
      POLICIES_FILE,
      JSON.stringify({
        policies: { '3rdparty': { Extensions: { [GECKO_EXTENSION_ID]: MANAGED } } },
      }),
    );
    try {
      session = await launchFirefox();
    } catch (error) {
      restore();
      throw error;
    }
  });

  function restore(): void {
    if (saved) writeFileSync(POLICIES_FILE, saved);
    else rmSync(POLICIES_FILE, { force: true });
    if (createdDir) rmSync(FIREFOX_DISTRIBUTION_DIR, { recursive: true, force: true });
  }

  afterAll(async () => {
    try {
      await session?.close();
    } finally {
      restore();
    }
  });

  it('shows the managed tier in the popup', async () => {
    const popup = await session.openExtensionPage('popup.html');
    await waitInPage(
      popup,
      () => document.querySelector('#tier')?.getAttribute('data-tier') === 'early',
    );
    expect(await popup.$eval('#managed', (p) => (p as HTMLElement).hidden)).toBe(false);
    await popup.close();
  });

  it('blocks the managed custom domain and a category of the managed tier', async () => {
    const page = await session.newPage();
    expect(await visitFirefox(page, 'http://tro-choi-bi-chan.test/')).toBe(
      session.extensionUrl('blocked.html?c=custom'),
    );
    // The contact the school set is on the blocked page, beside 111.
    await waitInPage(
      page,
      () => (document.querySelector('#contacts')?.textContent ?? '').length > 0,
    );
    expect(await page.$eval('#contacts', (c) => c.textContent)).toContain('Cô Lan (GVCN lớp 3A)');
    expect(await page.$eval('.hotline', (a) => a.getAttribute('href'))).toBe('tel:111');
    // `games` is blocked for the early-years tier only.
    const game = gameOnly(0);
    expect(await visitFirefox(page, `http://${game}/`)).toBe(
      session.extensionUrl('blocked.html?c=games'),
    );
    await page.close();
  });

  it('keeps the managed keys over the local settings, and applies the others', async () => {
    const game = gameOnly(1);
    const options = await session.openExtensionPage('options.html');
    // The console tries to loosen the managed keys and allows one site (a key school IT left open).
    await options.evaluate(
      (allowed) =>
        chrome.storage.local.set({ policy: { tier: 'upper', block: [], allow: [allowed] } }),
      game,
    );
    await options.close();
    const page = await session.newPage();
    // The local allow is in force once the rules are rebuilt...
    await waitUntil(
      async () => (await visitFirefox(page, `http://${game}/`)) === `http://${game}/`,
    );
    // ...and the managed tier and block are still there.
    expect(await visitFirefox(page, 'http://tro-choi-bi-chan.test/')).toBe(
      session.extensionUrl('blocked.html?c=custom'),
    );
    expect(await visitFirefox(page, `http://${gameOnly(2)}/`)).toBe(
      session.extensionUrl('blocked.html?c=games'),
    );
    await page.close();
    const popup = await session.openExtensionPage('popup.html');
    await waitInPage(
      popup,
      () => document.querySelector('#tier')?.getAttribute('data-tier') === 'early',
    );
    await popup.close();
  });
});
