/**
 * When a blocklist is too big for Chromium's static rule pool (330,000 rules for all enabled
 * rulesets), Chromium silently enables nothing. A crafted copy of the build (in a temp folder,
 * never the shipped files) replaces one ruleset the default tier needs with 330,001 rules: the
 * popup must say loudly that protection is incomplete and name the list, and every other list
 * must still block.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TIERS } from '../../src/core/tiers.ts';
import { blockedUrl } from './harness/blocked.ts';
import { launchWithExtension, visit, waitInPage, waitUntil } from './harness/chromium.ts';
import type { ExtensionSession } from './harness/chromium.ts';
import { listedDomain } from './harness/listed-domains.ts';

/** The category's name as the popup shows it (Chromium's UI language in tests is en-US). */
function categoryName(id: string): string {
  const en = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<
    string,
    { message: string }
  >;
  return en[`category_${id}`]?.message ?? id;
}

/** One more rule than Chromium's whole static pool (30,000 guaranteed + 300,000 shared). */
const OVERSIZED_RULES = 330_001;
const OVERSIZED = 'weapons';

function craftedBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kidshield-oversized-'));
  cpSync('dist/chrome', dir, { recursive: true });
  const lines: string[] = [];
  for (let id = 1; id <= OVERSIZED_RULES; id++) {
    lines.push(
      `{"id":${id},"priority":1,"action":{"type":"block"},"condition":{"urlFilter":"||w${id}.invalid^","resourceTypes":["main_frame"]}}`,
    );
  }
  writeFileSync(join(dir, 'rulesets', `${OVERSIZED}.json`), `[\n${lines.join(',\n')}\n]\n`);
  return dir;
}

describe('a ruleset Chromium refuses to enable', () => {
  let session: ExtensionSession;
  let crafted: string;

  beforeAll(async () => {
    crafted = craftedBuild();
    session = await launchWithExtension({ extensionSource: crafted });
    await session.serviceWorker();
  });
  afterAll(async () => {
    await session?.close();
    rmSync(crafted, { recursive: true, force: true });
  });

  it('the popup says protection is incomplete and names the missing list', async () => {
    const popup = await session.openExtensionPage('popup.html');
    await waitInPage(popup, () => {
      const p = document.querySelector('[data-testid="popup-incomplete"]') as HTMLElement | null;
      return p !== null && !p.hidden && (p.textContent ?? '').length > 0;
    });
    expect(await popup.$eval('#state', (p) => p.className)).toBe('warning');
    const missing = await popup.$eval('[data-testid="popup-incomplete"]', (p) =>
      (p as HTMLElement).dataset.missing?.split(' '),
    );
    expect(missing).toEqual([OVERSIZED]);
    // Named in words the adult reads (the category's name in the browser's language).
    const text = await popup.$eval('[data-testid="popup-incomplete"]', (p) => p.textContent);
    expect(text).toContain(categoryName(OVERSIZED));
    await popup.close();
  });

  it('the lists that do fit are still enabled and still block', async () => {
    const sw = await session.serviceWorker();
    const enabled = await sw.evaluate(() => chrome.declarativeNetRequest.getEnabledRulesets());
    expect(enabled).not.toContain(OVERSIZED);
    expect(enabled).toContain('gambling');
    const gambling = listedDomain('gambling');
    const page = await session.newPage();
    const url = `http://${gambling}/pool`;
    expect(await visit(page, url)).toBe(blockedUrl('gambling', url));
    await page.close();
  });

  it('switching tiers enables every list that fits, not nothing because one does not', async () => {
    const sw = await session.serviceWorker();
    const enabled = () => sw.evaluate(() => chrome.declarativeNetRequest.getEnabledRulesets());
    await sw.evaluate(() => chrome.storage.local.set({ policy: { tier: 'adult' } }));
    await waitUntil(async () => JSON.stringify(await enabled()) === '["security"]');
    await sw.evaluate(() => chrome.storage.local.set({ policy: { tier: 'lower' } }));
    const wanted = TIERS.lower.blockCategories.filter((c) => c !== OVERSIZED).sort();
    await waitUntil(
      async () => JSON.stringify((await enabled()).sort()) === JSON.stringify(wanted),
    );
    const gambling = listedDomain('gambling');
    const page = await session.newPage();
    const url = `http://${gambling}/pool-after-switch`;
    expect(await visit(page, url)).toBe(blockedUrl('gambling', url));
    await page.close();
    const popup = await session.openExtensionPage('popup.html');
    await waitInPage(popup, () => {
      const p = document.querySelector('[data-testid="popup-incomplete"]') as HTMLElement | null;
      return p !== null && !p.hidden;
    });
    const missing = await popup.$eval('[data-testid="popup-incomplete"]', (p) =>
      (p as HTMLElement).dataset.missing?.split(' '),
    );
    expect(missing).toEqual([OVERSIZED]);
    await popup.close();
  });
});
