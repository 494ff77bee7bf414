/**
 * Typing an IP address instead of a name skips every name-based list: the younger tiers
 * (early, lower) block IP-literal navigation; upper and adult do not.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockedUrl } from './harness/blocked.ts';
import { launchWithExtension, visit } from './harness/chromium.ts';
import type { ExtensionSession } from './harness/chromium.ts';
import { setPolicy } from './harness/policy.ts';

describe('IP-literal navigation', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchWithExtension();
    await session.serviceWorker();
  });
  afterAll(async () => session?.close());

  for (const tier of ['early', 'lower'] as const) {
    it(`is blocked for ${tier}`, async () => {
      await setPolicy(session, { tier });
      const page = await session.newPage();
      for (const url of [`http://198.51.100.20/${tier}`, `https://[2001:db8::20]/${tier}`]) {
        expect(await visit(page, url)).toBe(blockedUrl('ip_literal', url));
      }
      await page.close();
      expect(session.server.requests.some((r) => r.path === `/${tier}`)).toBe(false);
    });
  }

  for (const tier of ['upper', 'adult'] as const) {
    it(`opens for ${tier} (the same address lower blocks)`, async () => {
      const url = `http://198.51.100.20/${tier}`;
      const page = await session.newPage();
      await setPolicy(session, { tier: 'lower' });
      expect(await visit(page, url)).toBe(blockedUrl('ip_literal', url));
      await setPolicy(session, { tier });
      expect(await visit(page, url)).toBe(url);
      await page.close();
      expect(session.server.requests.some((r) => r.path === `/${tier}`)).toBe(true);
    });
  }
});
