/**
 * School-wide policy through the browser's own policy engine: Chromium on Linux reads
 * /etc/chromium/policies/managed/*.json at start, and hands `3rdparty.extensions.<id>` to the
 * extension as `storage.managed`. Needs root (CI runs as root). The file is unique to this run
 * and removed in `finally`, so other browsers on the machine see it only while this test runs.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { hashPin } from '../../src/core/pin/hash.ts';
import { CHROME_EXTENSION_ID } from '../../src/core/extension-identity.ts';
import { ask, fill, onlyListedIn, tap } from './harness/adults.ts';
import { launchWithExtension, visit, waitInPage, waitUntil } from './harness/chromium.ts';
import type { ExtensionSession } from './harness/chromium.ts';

const POLICY_DIR = '/etc/chromium/policies/managed';
const SCHOOL_PIN = '8642';
const games = onlyListedIn('games');
const allowedGame = onlyListedIn('social');

async function withPolicy(
  values: Record<string, unknown>,
  run: (session: ExtensionSession) => Promise<void>,
): Promise<void> {
  const file = `${POLICY_DIR}/kidshield-e2e-${process.pid}-${Date.now()}.json`;
  mkdirSync(POLICY_DIR, { recursive: true });
  let session: ExtensionSession | undefined;
  try {
    writeFileSync(
      file,
      JSON.stringify({ '3rdparty': { extensions: { [CHROME_EXTENSION_ID]: values } } }),
    );
    session = await launchWithExtension();
    await session.serviceWorker();
    const probe = await session.openExtensionPage('popup.html');
    // Chromium can answer storage.managed seconds after start: wait until the policy is in force.
    await waitUntil(
      async () => (await ask<{ managed: boolean }>(probe, 'status/get')).value?.managed === true,
      30_000,
    );
    await probe.close();
    await run(session);
  } finally {
    rmSync(file, { force: true });
    await session?.close();
  }
}

describe('a school policy file (Linux /etc/chromium/policies/managed)', () => {
  let pinHash: string;
  beforeAll(async () => {
    pinHash = await hashPin(SCHOOL_PIN);
  });

  it('puts the tier, lists, contacts and PIN in force, and locks their controls', async () => {
    await withPolicy(
      {
        tier: 'early',
        block: ['khong-duoc-vao.test'],
        allow: [allowedGame],
        contacts: [{ name: 'Trung tâm CTXH Đà Nẵng', phone: '0236 3822 555' }],
        pinHash,
        // Valid for Chromium's schema check (an integer) but out of range for KidShield.
        retentionDays: 9999,
      },
      async (session) => {
        const child = await session.newPage();
        // Tier early: games are blocked (the default lower tier lets them through).
        expect(await visit(child, `http://${games}/`)).toContain('blocked.html?c=games');
        // The school's block list.
        expect(await visit(child, 'http://khong-duoc-vao.test/')).toContain(
          'blocked.html?c=custom',
        );
        await waitInPage(
          child,
          () =>
            document.querySelector('[data-testid="contacts"]')?.textContent?.includes('Đà Nẵng') ??
            false,
        );
        // The school's allow list wins over the tier's social block.
        expect(await visit(child, `http://${allowedGame}/`)).toBe(`http://${allowedGame}/`);
        await child.close();

        const console = await session.openExtensionPage('options.html');
        await console.waitForSelector('[data-testid="pin-gate"]');
        await fill(console, 'pin-input', '1111');
        await tap(console, 'pin-submit');
        await waitInPage(
          console,
          () =>
            document.querySelector('[data-testid="pin-message"]')?.getAttribute('data-failures') ===
            '1',
        );
        await fill(console, 'pin-input', SCHOOL_PIN);
        await tap(console, 'pin-submit');
        await console.waitForSelector('[data-testid="console-managed"]', { timeout: 30_000 });
        // The one bad value is named for IT; everything else in the policy still applies.
        await console.waitForSelector('[data-testid="policy-issues"] li[data-key="retentionDays"]');

        // Managed keys: refused by the background, whatever the page sends.
        const refused = await ask<{ saved: boolean; errors: { key: string }[] }>(
          console,
          'settings/update',
          {
            set: { block: [] },
          },
        );
        expect(refused.value?.saved).toBe(false);
        expect(refused.value?.errors.map((e) => e.key)).toEqual(['block']);
        expect((await ask(console, 'pin/set', { pin: '0000' })).error).toBe('managed:pinHash');

        const lockedSection = (id: string) =>
          waitInPage(
            console,
            (s) =>
              document.getElementById('section')?.dataset.section === s &&
              document.querySelector('fieldset[data-locked="true"] [data-testid="locked-note"]') !==
                null,
            id,
          );
        await console.evaluate(() => (location.hash = 'lists'));
        await lockedSection('lists');
        expect(
          await console.$eval(
            '[data-testid="lists-block"]',
            (t) => (t as HTMLTextAreaElement).value,
          ),
        ).toBe('khong-duoc-vao.test');
        expect(
          await console.$eval('[data-testid="lists-block"]', (t) => t.matches(':disabled')),
        ).toBe(true);
        for (const section of ['profiles', 'contacts']) {
          await console.evaluate((s) => (location.hash = s), section);
          await lockedSection(section);
        }
        await console.evaluate(() => (location.hash = 'protection'));
        await console.waitForSelector('[data-testid="locked-note"]');
        expect(await console.$('[data-testid="pin-new"]')).toBeNull();
        // Unmanaged settings stay editable: retention is not in the policy.
        expect(
          await console.$eval('[data-testid="retention-days"]', (i) => i.matches(':disabled')),
        ).toBe(false);
        await console.close();
      },
    );
  });

  it('makes the whole console read-only with locked: true', async () => {
    await withPolicy({ locked: true, tier: 'upper' }, async (session) => {
      const console = await session.openExtensionPage('options.html');
      await console.waitForSelector('[data-testid="console-locked"]', { timeout: 30_000 });
      await console.evaluate(() => (location.hash = 'protection'));
      await waitInPage(
        console,
        () => document.querySelector('[data-testid="retention-days"]') !== null,
      );
      expect(
        await console.$eval('[data-testid="retention-days"]', (i) => i.matches(':disabled')),
      ).toBe(true);
      const refused = await ask(console, 'settings/update', { set: { retentionDays: 7 } });
      expect(refused.error).toBe('settings-locked');
      expect((await ask(console, 'settings/import', { text: '{"tier":"adult"}' })).error).toBe(
        'settings-locked',
      );
      await console.close();
    });
  });
});
