/**
 * Launches headless Firefox ESR (WebDriver BiDi through puppeteer-core) with the built extension
 * (dist/firefox) installed as a temporary add-on in a fresh profile. Every host reaches the local
 * test server through a proxy (https through a CONNECT tunnel, see https-server.ts), so test URLs
 * read like real ones. The moz-extension origin is fixed by a pref, so tests know it in advance.
 * Firefox has no background target to evaluate in: tests observe through extension pages.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import type { Browser, Page } from 'puppeteer-core';
import { GECKO_EXTENSION_ID } from '../../../src/core/extension-identity.ts';
import { waitUntil } from './chromium.ts';
import { startWebProxy } from './https-server.ts';
import { startServer } from './server.ts';
import type { TestServer } from './server.ts';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/lib/firefox-esr/firefox-esr';
/** The folder Firefox reads `policies.json` from (enterprise policies, incl. 3rdparty). */
export const FIREFOX_DISTRIBUTION_DIR = resolve(FIREFOX_PATH, '..', 'distribution');
/** Fixed through `extensions.webextensions.uuids`, so the moz-extension origin is known. */
export const FIREFOX_EXTENSION_UUID = '6b1d3f0e-5c2a-4e8b-9f47-0d1c2b3a4e5f';
const DIST = resolve('dist/firefox');

export function firefoxAvailable(): boolean {
  return existsSync(FIREFOX_PATH);
}

export interface FirefoxSession {
  browser: Browser;
  server: TestServer;
  extensionId: string;
  extensionUrl(path: string): string;
  openExtensionPage(path: string): Promise<Page>;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<FirefoxSession> {
  const server = await startServer();
  const proxy = await startWebProxy();
  proxy.forwardTo(server.port);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    acceptInsecureCerts: true,
    timeout: 120_000,
    protocolTimeout: 120_000,
    // Lets BiDi open and evaluate in moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    env: { ...process.env, LANG: 'vi_VN.UTF-8' },
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.share_proxy_settings': false,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      // Keep http:// test URLs as typed: no https-first upgrade of the fake hosts.
      'dom.security.https_first': false,
      'dom.security.https_first_schemeless': false,
      'intl.locale.requested': 'vi',
      'extensions.webextensions.uuids': JSON.stringify({
        [GECKO_EXTENSION_ID]: FIREFOX_EXTENSION_UUID,
      }),
      // MV3 host permissions granted at install, as the install prompt does for a user.
      'extensions.originControls.grantByDefault': true,
    },
  });
  let extensionId: string;
  try {
    extensionId = await browser.installExtension(DIST);
  } catch (error) {
    await browser.close().catch(() => undefined);
    await proxy.close();
    await server.close();
    throw error;
  }
  const session: FirefoxSession = {
    browser,
    server,
    extensionId,
    extensionUrl: (path) => `moz-extension://${FIREFOX_EXTENSION_UUID}/${path.replace(/^\//, '')}`,
    async openExtensionPage(path) {
      // A web page may not navigate to moz-extension://; BiDi (system access) may, but its goto
      // never resolves for a document in the extension process: start it, then poll the tab.
      const page = await browser.newPage();
      const url = session.extensionUrl(path);
      void page.goto(url, { timeout: 0 }).catch(() => undefined);
      await waitUntil(
        () =>
          page
            .evaluate(() => (document.readyState === 'complete' ? location.href : ''))
            .then((href) => href === url)
            .catch(() => false),
        30_000,
      );
      return page;
    },
    newPage: () => browser.newPage(),
    async close() {
      await browser.close().catch(() => undefined);
      await proxy.close();
      await server.close();
    },
  };
  return session;
}

/**
 * Navigates and returns where the tab landed once its document has loaded. `page.goto()` never
 * resolves when the document lands in the extension process (a DNR redirect to the blocked
 * page), so the navigation starts from the page itself and the tab is polled.
 */
export async function visitFirefox(page: Page, url: string): Promise<string> {
  const before = await page.evaluate(() => {
    const marker = Math.random().toString(36).slice(2);
    (window as unknown as { __kidshieldMarker?: string }).__kidshieldMarker = marker;
    return marker;
  });
  await page.evaluate((u) => location.assign(u), url).catch(() => undefined);
  let landed = '';
  await waitUntil(
    async () => {
      const state = await page
        .evaluate(() => ({
          marker: (window as unknown as { __kidshieldMarker?: string }).__kidshieldMarker,
          ready: document.readyState,
          href: location.href,
        }))
        .catch(() => undefined);
      if (!state || state.marker === before || state.ready !== 'complete') return false;
      // A process switch (web <-> extension) shows an empty about:blank document first.
      if (state.href === 'about:blank') return false;
      landed = state.href;
      return true;
    },
    30_000,
    100,
  );
  return landed;
}
