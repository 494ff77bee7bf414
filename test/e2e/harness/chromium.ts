/**
 * Launches Debian's Chromium with the built extension (dist/chrome) and a fresh profile, every
 * hostname mapped to the local test server. Gives tests the extension id, the service worker,
 * a way to stop it, and extension pages.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import type { Browser, CDPSession, Page, WebWorker } from 'puppeteer-core';
import { CHROME_EXTENSION_ID } from '../../../src/core/extension-identity.ts';
import { startServer } from './server.ts';
import type { TestServer } from './server.ts';

export const CHROMIUM_PATH = process.env.PUPPETEER_EXECUTABLE_PATH ?? '/usr/bin/chromium';
const DIST = resolve('dist/chrome');

/**
 * Flags for Chromium on this machine (E2E.md): no sandbox as root, every hostname mapped to the
 * local server on `port`, no background traffic to a network that is closed, http:// kept as typed.
 */
export function quietChromiumArgs(port: number): string[] {
  return [
    '--no-sandbox',
    `--host-resolver-rules=MAP * 127.0.0.1:${port}, EXCLUDE localhost`,
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-quic',
    '--disable-dev-shm-usage',
    '--ignore-certificate-errors',
    // Keep http:// test URLs as typed: the local server speaks plain HTTP.
    '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
  ];
}

export interface ExtensionSession {
  browser: Browser;
  server: TestServer;
  extensionId: string;
  extensionUrl(path: string): string;
  /** The background service worker, once its module code has run. */
  serviceWorker(): Promise<WebWorker>;
  stopServiceWorker(): Promise<void>;
  openExtensionPage(path: string): Promise<Page>;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Extra Chromium flags. */
  args?: string[];
  /** Use this user-data-dir instead of a fresh one (managed-policy tests need none of it). */
  userDataDir?: string;
  /** Load the extension from a copy of this folder instead of dist/chrome (crafted builds). */
  extensionSource?: string;
}

/**
 * Chromium on Linux reads managed policy machine-wide (/etc/chromium/policies/managed), and
 * managed values win over the local policy tests write: say so when one names our extension.
 */
function warnAboutMachinePolicy(): void {
  const dir = '/etc/chromium/policies/managed';
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const text = readFileSync(`${dir}/${name}`, 'utf8');
    if (text.includes(CHROME_EXTENSION_ID)) {
      process.stderr.write(
        `[e2e] warning: ${dir}/${name} sets a managed policy for KidShield on this whole machine; it overrides the policy these tests set\n`,
      );
    }
  }
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  warnAboutMachinePolicy();
  const server = await startServer();
  const profile = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'kidshield-profile-'));
  // Chromium writes its ruleset index into the extension folder: give each run its own copy.
  const extensionDir = mkdtempSync(join(tmpdir(), 'kidshield-ext-'));
  cpSync(options.extensionSource ?? DIST, extensionDir, { recursive: true });
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    userDataDir: profile,
    ignoreDefaultArgs: ['--disable-extensions'],
    timeout: 120_000,
    env: { ...process.env, LANGUAGE: 'vi', LANG: 'vi_VN.UTF-8' },
    protocolTimeout: 120_000,
    args: [
      ...quietChromiumArgs(server.port),
      '--lang=vi',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...(options.args ?? []),
    ],
  });
  let watching: Promise<ServiceWorkerWatch> | undefined;
  const watcher = () => (watching ??= watchServiceWorkers(browser));
  const session: ExtensionSession = {
    browser,
    server,
    extensionId: CHROME_EXTENSION_ID,
    extensionUrl: (path) => `chrome-extension://${CHROME_EXTENSION_ID}/${path.replace(/^\//, '')}`,
    async serviceWorker() {
      const target = await browser.waitForTarget(
        (t) =>
          t.type() === 'service_worker' &&
          t.url().startsWith(`chrome-extension://${CHROME_EXTENSION_ID}/`),
        { timeout: 60_000 },
      );
      const worker = await target.worker();
      if (!worker) throw new Error('service worker target has no worker');
      // The module code runs after the target appears: ready once the message router listens.
      await waitUntil(() =>
        worker.evaluate(() => chrome.runtime.onMessage.hasListeners()).catch(() => false),
      );
      return worker;
    },
    async stopServiceWorker() {
      const watch = await watcher();
      const ours = watch.ourVersions();
      for (const versionId of ours)
        await watch.client.send('ServiceWorker.stopWorker', { versionId });
      await waitUntil(() => ours.every((id) => watch.status(id) === 'stopped'), 20_000);
    },
    async openExtensionPage(path) {
      const page = await browser.newPage();
      await page.goto(session.extensionUrl(path), { waitUntil: 'load' });
      return page;
    },
    newPage: () => browser.newPage(),
    async close() {
      await browser.close().catch(() => undefined);
      await server.close();
      rmSync(extensionDir, { recursive: true, force: true });
      if (!options.userDataDir) rmSync(profile, { recursive: true, force: true });
    },
  };
  return session;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function waitUntil(
  check: () => Promise<boolean> | boolean,
  timeoutMs = 15_000,
  stepMs = 100,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, stepMs));
  }
}

interface ServiceWorkerWatch {
  client: CDPSession;
  ourVersions(): string[];
  status(versionId: string): string | undefined;
}

/**
 * DevTools' ServiceWorker domain, as chrome://serviceworker-internals uses it. Puppeteer stays
 * attached to the worker's target, so a worker woken after a stop starts paused, waiting for the
 * debugger: the watch resumes it, as a real browser with no DevTools would simply run it.
 */
async function watchServiceWorkers(browser: Browser): Promise<ServiceWorkerWatch> {
  const page = await browser.newPage();
  const client = await page.createCDPSession();
  const scopes = new Map<string, string>();
  const versions = new Map<string, { registrationId: string; runningStatus: string }>();
  const isOurs = (registrationId: string) =>
    scopes.get(registrationId)?.includes(CHROME_EXTENSION_ID);
  client.on('ServiceWorker.workerRegistrationUpdated', (event) => {
    for (const r of event.registrations) scopes.set(r.registrationId, r.scopeURL);
  });
  client.on('ServiceWorker.workerVersionUpdated', (event) => {
    for (const v of event.versions) {
      const before = versions.get(v.versionId)?.runningStatus;
      versions.set(v.versionId, {
        registrationId: v.registrationId,
        runningStatus: v.runningStatus,
      });
      if (isOurs(v.registrationId) && v.runningStatus === 'starting' && before !== 'starting') {
        void resumeWorkerTargets(browser);
      }
    }
  });
  await client.send('ServiceWorker.enable');
  const watch: ServiceWorkerWatch = {
    client,
    ourVersions: () => [...versions].filter(([, v]) => isOurs(v.registrationId)).map(([id]) => id),
    status: (versionId) => versions.get(versionId)?.runningStatus,
  };
  await waitUntil(() => watch.ourVersions().length > 0, 10_000);
  return watch;
}

async function resumeWorkerTargets(browser: Browser): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const target = browser
      .targets()
      .find((t) => t.type() === 'service_worker' && t.url().includes(CHROME_EXTENSION_ID));
    if (target) {
      const cdp = await target.createCDPSession().catch(() => undefined);
      if (cdp) {
        await cdp.send('Runtime.runIfWaitingForDebugger').catch(() => undefined);
        await cdp.detach().catch(() => undefined);
        return;
      }
    }
    await sleep(100);
  }
}

/** Waits for a condition in the page, polling (animation frames do not run in background tabs). */
export async function waitInPage(
  page: Page,
  predicate: (arg: string) => unknown,
  arg = '',
  timeout = 30_000,
): Promise<void> {
  try {
    await page.waitForFunction(predicate, { polling: 200, timeout }, arg);
  } catch (error) {
    // Say what the page showed instead (an error box, an empty section...): flaky runs explain themselves.
    const seen = await page
      .evaluate(() => `${location.href}\n${document.body?.innerText.slice(0, 800) ?? ''}`)
      .catch(() => '(page gone)');
    throw new Error(`${String(error)}\n--- the page showed:\n${seen}`);
  }
}

/**
 * Starts a navigation without waiting for it: when the document is replaced by an extension page
 * mid-load, puppeteer's lifecycle wait may never finish. Poll `page.url()` instead.
 */
export function startVisit(page: Page, url: string): void {
  void page.goto(url, { waitUntil: 'domcontentloaded', timeout: 120_000 }).catch(() => undefined);
}

/** Navigates and returns where the tab ended up (a blocked navigation lands on the blocked page). */
export async function visit(
  page: Page,
  url: string,
  waitUntil: 'load' | 'domcontentloaded' = 'load',
): Promise<string> {
  await page.goto(url, { waitUntil, timeout: 60_000 }).catch((error: unknown) => {
    // A redirect into the extension can abort the original navigation; where we land is what counts.
    if (!String(error).includes('ERR_ABORTED') && !String(error).includes('ERR_BLOCKED'))
      throw error;
  });
  return page.url();
}
