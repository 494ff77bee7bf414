import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, fill, onlyListedIn, tap } from './harness/adults.ts';
import { launchWithExtension, visit, waitInPage } from './harness/chromium.ts';
import type { ExtensionSession } from './harness/chromium.ts';

const PIN = '2468';
const NEW_PIN = '97531';

describe('first install: the wizard, then the PIN', () => {
  let session: ExtensionSession;
  const games = onlyListedIn('games');

  beforeAll(async () => {
    session = await launchWithExtension();
    await session.serviceWorker();
  });
  afterAll(async () => session?.close());

  it('protects at the lower tier before any setup: gambling blocked, games open', async () => {
    const page = await session.newPage();
    expect(await visit(page, `http://${games}/`)).toBe(`http://${games}/`);
    expect(await visit(page, `http://${onlyListedIn('gambling')}/`)).toContain(
      'blocked.html?c=gambling',
    );
    await page.close();
  });

  it('walks the wizard; the class profile it creates is in force with its contacts', async () => {
    const page = await session.openExtensionPage('onboarding.html');
    const next = () => tap(page, 'wizard-next');
    const onStep = (id: string) =>
      waitInPage(page, (s) => document.getElementById('wizard')?.dataset.step === s, id);
    await onStep('role');
    await tap(page, 'role-school');
    await next();
    await onStep('pin');
    await fill(page, 'wizard-pin', PIN);
    await next();
    // The PIN was typed once only: the wizard stays and says why.
    await waitInPage(
      page,
      () => !document.querySelector<HTMLElement>('[data-testid="wizard-message"]')?.hidden,
    );
    await fill(page, 'wizard-pin-again', PIN);
    await next();
    await onStep('profiles');
    await fill(page, 'wizard-profile-name', 'Lớp 3A');
    await fill(page, 'wizard-profile-tier', 'early');
    await next();
    await onStep('contacts');
    await fill(page, 'wizard-contact-name', 'Trung tâm CTXH tỉnh Quảng Nam');
    await fill(page, 'wizard-contact-phone', '0235 3812 345');
    await tap(page, 'wizard-contact-add');
    await next();
    await onStep('consent');
    await next(); // no consent yet: refused
    await waitInPage(
      page,
      () => !document.querySelector<HTMLElement>('[data-testid="wizard-message"]')?.hidden,
    );
    await tap(page, 'consent-adult');
    await tap(page, 'consent-child-yes');
    await next();
    await waitInPage(
      page,
      () =>
        document.querySelector('[data-testid="onboarding-done"]')?.getAttribute('data-tier') ===
        'early',
    );
    await page.close();

    const child = await session.newPage();
    await waitInPage(
      await session.openExtensionPage('popup.html'),
      () => document.querySelector('#tier')?.getAttribute('data-tier') === 'early',
    );
    const landed = await visit(child, `http://${games}/`);
    expect(landed).toContain('blocked.html?c=games');
    await waitInPage(
      child,
      () =>
        document.querySelector('[data-testid="contacts"]')?.textContent?.includes('Quảng Nam') ??
        false,
    );
    await child.close();
  });

  it('gates the console with the PIN: a wrong PIN is refused, the right one opens it', async () => {
    const page = await session.openExtensionPage('options.html');
    // The wizard left the adult unlocked: lock, as a teacher leaving the room would.
    await page.waitForSelector('[data-testid="console-lock"]:not([hidden])');
    await tap(page, 'console-lock');
    await page.waitForSelector('[data-testid="pin-gate"]');
    expect(await page.$('[data-testid="console-nav"] a')).toBeNull();

    const denied = await ask(page, 'settings/update', { set: { tier: 'adult' } });
    expect(denied).toEqual({ ok: false, error: 'pin-required' });

    await fill(page, 'pin-input', '0000');
    await tap(page, 'pin-submit');
    await waitInPage(
      page,
      () =>
        document.querySelector('[data-testid="pin-message"]')?.getAttribute('data-failures') ===
        '1',
    );
    await fill(page, 'pin-input', PIN);
    await tap(page, 'pin-submit');
    await page.waitForSelector('[data-testid="console-nav"] a[data-section="profiles"]', {
      timeout: 30_000,
    });
    expect(
      (await ask<{ unlocked: boolean; failures: number }>(page, 'pin/status')).value,
    ).toMatchObject({ unlocked: true, failures: 0 });
    // Change the PIN: the old one stops working, the new one opens the console.
    await page.evaluate(() => (location.hash = 'protection'));
    await fill(page, 'pin-current', PIN);
    await fill(page, 'pin-new', NEW_PIN);
    await fill(page, 'pin-again', NEW_PIN);
    await tap(page, 'pin-save');
    await page.waitForSelector('[data-testid="saved"]');
    await ask(page, 'pin/lock');
    expect(
      (await ask<{ unlocked: boolean }>(page, 'pin/unlock', { pin: PIN })).value?.unlocked,
    ).toBe(false);
    expect(
      (await ask<{ unlocked: boolean }>(page, 'pin/unlock', { pin: NEW_PIN })).value?.unlocked,
    ).toBe(true);
    await page.close();
  });

  it('locks the PIN after five wrong tries, and the lock-out survives a service-worker stop', async () => {
    const page = await session.openExtensionPage('options.html');
    await ask(page, 'pin/lock');
    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector('[data-testid="pin-gate"]');
    for (let i = 1; i <= 5; i++) {
      await fill(page, 'pin-input', `99${i}9`);
      await tap(page, 'pin-submit');
      await waitInPage(
        page,
        (n) =>
          document.querySelector('[data-testid="pin-message"]')?.getAttribute('data-failures') ===
          n,
        String(i),
      );
    }
    const locked = await ask<{ retryAfterMs: number; failures: number }>(page, 'pin/status');
    expect(locked.value?.failures).toBe(5);
    expect(locked.value?.retryAfterMs).toBeGreaterThan(0);
    await page.close();

    await session.stopServiceWorker();

    const again = await session.openExtensionPage('options.html');
    await again.waitForSelector('[data-testid="pin-gate"]');
    const after = await ask<{ retryAfterMs: number; failures: number; unlocked: boolean }>(
      again,
      'pin/status',
    );
    expect(after.value).toMatchObject({ failures: 5, unlocked: false });
    expect(after.value?.retryAfterMs).toBeGreaterThan(0);
    // Even the right PIN is not checked during the back-off.
    const right = await ask<{ unlocked: boolean; retryAfterMs: number }>(again, 'pin/unlock', {
      pin: NEW_PIN,
    });
    expect(right.value?.unlocked).toBe(false);
    expect(right.value?.retryAfterMs).toBeGreaterThan(0);
    const change = await ask(again, 'profile/switch', { profileId: 'p1', pin: NEW_PIN });
    expect(change.error).toMatch(/^pin-wait:/);
    await again.close();
  });
});
