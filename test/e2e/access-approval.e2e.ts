/**
 * A child asks for a blocked page; an adult approves it on the spot (no PIN set: after
 * confirming) for 15 minutes; the page opens, survives a settings change, and closes again
 * when the approval runs out. With a PIN set, approval needs that PIN (typed on the spot).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPin } from '../../src/core/pin/hash.ts';
import { launchWithExtension, visit, waitInPage, waitUntil } from './harness/chromium.ts';
import type { ExtensionSession } from './harness/chromium.ts';
import { getRow, listedDomain, putRows, sendFromPage, storedEvents } from './harness/monitoring.ts';
import type { Page } from 'puppeteer-core';

interface StoredRequest {
  id: number;
  status: string;
  expiresAt?: number;
  ruleId?: number;
  reason?: string;
  domain?: string;
}

const accessRules = (page: Page) =>
  page.evaluate(async () =>
    (await chrome.declarativeNetRequest.getDynamicRules())
      .filter((r) => r.id >= 1000 && r.id <= 1999)
      .map((r) => ({ id: r.id, domains: r.condition.requestDomains })),
  );

describe('access requests in real Chromium', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchWithExtension();
    await session.serviceWorker();
  });
  afterAll(async () => session?.close());

  it('an approval lifts the block for its time only', async () => {
    const domain = listedDomain('gambling', 3);
    const original = `http://${domain}/tin-tuc`;
    const tab = await session.newPage();
    expect(await visit(tab, original)).toContain('blocked.html');
    await waitInPage(tab, () => document.querySelector('#ask') !== null);
    await tab.type('#ask-reason', 'Em cần đọc bài báo cho giờ học GDCD');
    await tab.click('#ask');
    await waitInPage(tab, () => !document.querySelector<HTMLElement>('#approve')?.hidden);
    // DOM clicks: puppeteer's own click waits for animation frames, which a tab that went
    // through the extension process may not get in headless mode.
    await tab.$eval('#approve-confirm', (box) => (box as HTMLInputElement).click());
    await tab.$eval('#approve [data-duration="15m"]', (b) => (b as HTMLButtonElement).click());
    await waitUntil(() => tab.url() === original);
    await waitInPage(tab, () => document.readyState === 'complete');
    expect(await tab.$eval('h1', (h) => h.textContent)).toBe(`Welcome to ${domain}`);

    const admin = await session.openExtensionPage('help.html');
    const rules = await accessRules(admin);
    expect(rules).toEqual([{ id: 1000, domains: [domain] }]);
    const request = (await getRow<StoredRequest>(admin, 'requests', 1)) as StoredRequest;
    expect(request).toMatchObject({ status: 'approved', ruleId: 1000, domain });
    expect(request.reason).toBe('Em cần đọc bài báo cho giờ học GDCD');
    const minutes = ((request.expiresAt ?? 0) - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(14);
    expect(minutes).toBeLessThanOrEqual(15);

    // A settings change reconciles the dynamic rules: the approval stays.
    await admin.evaluate(() => chrome.storage.local.set({ policy: { block: ['khac.test'] } }));
    await waitUntil(async () =>
      (await admin.evaluate(() => chrome.declarativeNetRequest.getDynamicRules())).some(
        (r) => r.id === 1,
      ),
    );
    expect(await visit(tab, 'http://khac.test/')).toContain('blocked.html');
    expect(await accessRules(admin)).toEqual([{ id: 1000, domains: [domain] }]);
    expect(await visit(tab, original)).toBe(original);

    // Time's up (the clock is moved by moving the expiry): the alarm removes the rule.
    await putRows(admin, 'requests', [{ ...request, expiresAt: Date.now() - 1 }]);
    await admin.evaluate(() => chrome.alarms.create('access-expiry', { when: Date.now() + 50 }));
    await waitUntil(async () => (await accessRules(admin)).length === 0);
    expect((await getRow<StoredRequest>(admin, 'requests', 1))?.status).toBe('expired');
    expect(await visit(tab, original)).toContain('blocked.html');
    await tab.close();
    await admin.close();
  });

  it('a denial is logged, and with a PIN set a locked console cannot approve', async () => {
    const admin = await session.openExtensionPage('help.html');
    const asked = (await sendFromPage(admin, 'access/request', {
      category: 'games',
      url: 'http://tro-choi.test/',
    })) as { ok: boolean; value: { requestId: number } };
    const requestId = asked.value.requestId;
    const denied = (await sendFromPage(admin, 'access/deny', { requestId })) as { ok: boolean };
    expect(denied.ok).toBe(true);
    expect((await getRow<StoredRequest>(admin, 'requests', requestId))?.status).toBe('denied');
    const logged = await storedEvents(admin, 'tro-choi.test');
    expect(logged.map((e) => (e as { decision?: string }).decision)).toContain('denied');

    const pinHash = await hashPin('2468');
    await admin.evaluate((p) => chrome.storage.local.set({ policy: { pinHash: p } }), pinHash);
    const again = (await sendFromPage(admin, 'access/request', {
      category: 'games',
      url: 'http://tro-choi.test/',
    })) as { value: { requestId: number } };
    await waitUntil(async () => {
      const state = (await sendFromPage(admin, 'access/adult', {})) as {
        value: { pinSet: boolean };
      };
      return state.value.pinSet;
    });
    const approve = (pin?: string) =>
      sendFromPage(admin, 'access/approve', {
        requestId: again.value.requestId,
        duration: '1h',
        ...(pin ? { pin } : {}),
      }) as Promise<{ ok: boolean; error?: string }>;
    const refused = await approve();
    expect(refused.ok).toBe(false);
    expect(refused.error).toContain('adult-locked');
    const wrong = await approve('1111');
    expect(wrong.ok).toBe(false);
    expect(wrong.error).toContain('pin-wrong');
    expect(await accessRules(admin)).toEqual([]);

    // The adult types the PIN on the spot: the approval goes through.
    const approved = await approve('2468');
    expect(approved.ok).toBe(true);
    expect(await accessRules(admin)).toEqual([{ id: 1000, domains: ['tro-choi.test'] }]);
    await admin.close();
  });

  it('with a PIN set, the adult types it on the blocked page and the page opens', async () => {
    const admin = await session.openExtensionPage('help.html');
    const pinHash = await hashPin('8642');
    await admin.evaluate((p) => chrome.storage.local.set({ policy: { pinHash: p } }), pinHash);
    await waitUntil(async () => {
      const state = (await sendFromPage(admin, 'access/adult', {})) as {
        value: { pinSet: boolean };
      };
      return state.value.pinSet;
    });
    const domain = listedDomain('gambling', 5);
    const original = `http://${domain}/bai-tap`;
    const tab = await session.newPage();
    expect(await visit(tab, original)).toContain('blocked.html');
    await waitInPage(tab, () => document.querySelector('#ask') !== null);
    await tab.$eval('#ask', (b) => (b as HTMLButtonElement).click());
    await waitInPage(tab, () => document.querySelector('[data-testid="approve-pin"]') !== null);
    expect(await tab.$('#approve-confirm')).toBeNull(); // no "I am an adult" box when a PIN exists

    await tab.type('[data-testid="approve-pin"]', '0000');
    await tab.$eval('#approve [data-duration="15m"]', (b) => (b as HTMLButtonElement).click());
    await waitInPage(
      tab,
      () => (document.querySelector('[data-testid="approve-status"]')?.textContent ?? '') !== '',
    );
    expect(tab.url()).toContain('blocked.html');

    await tab.type('[data-testid="approve-pin"]', '8642');
    await tab.$eval('#approve [data-duration="15m"]', (b) => (b as HTMLButtonElement).click());
    await waitUntil(() => tab.url() === original);
    await tab.close();
    await admin.close();
  });
});
