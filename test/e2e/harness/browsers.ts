/**
 * One small interface over both browsers, so a spec describes a case once and runs it in real
 * Chromium and in real Firefox: launch, visit, current URL, extension pages, set the policy.
 * Policies are written the way the console writes them (`storage.local` key `policy`, from an
 * extension page: Firefox has no background target to evaluate in), then the helper waits until
 * the browser's DNR state is what that policy asks for.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { buildDynamicRules, rulesetIdsFor } from '../../../src/core/dnr/dynamic-rules.ts';
import { CHROME_EXTENSION_ID } from '../../../src/core/extension-identity.ts';
import { parsePolicy } from '../../../src/core/policy/parse.ts';
import { resolveProfile } from '../../../src/core/policy/resolve.ts';
import { CHROMIUM_PATH, launchWithExtension, visit, waitUntil } from './chromium.ts';
import { firefoxAvailable, launchFirefox, visitFirefox } from './firefox.ts';
import { startWebProxy } from './https-server.ts';
import type { TestServer } from './server.ts';

export type BrowserName = 'chromium' | 'firefox';

export interface BrowserUnderTest {
  name: BrowserName;
  server: TestServer;
  extensionUrl(path: string): string;
  newPage(): Promise<Page>;
  openExtensionPage(path: string): Promise<Page>;
  /** Navigates and returns where the tab landed (the blocked page when blocked). */
  visit(page: Page, url: string): Promise<string>;
  /** The address of the document in the tab now. */
  currentUrl(page: Page): Promise<string>;
  /** Writes the console's local policy and waits until the browser's rules follow it. */
  setPolicy(policy: Record<string, unknown>): Promise<void>;
  close(): Promise<void>;
}

export interface BrowserLauncher {
  name: BrowserName;
  available(): boolean;
  launch(): Promise<BrowserUnderTest>;
}

async function currentUrl(page: Page): Promise<string> {
  return page.evaluate(() => location.href).catch(() => page.url());
}

/** The DNR state a policy should produce, in a form both browsers report back unchanged. */
function expectedDnrState(policy: Record<string, unknown>, target: BrowserName): string {
  const profile = resolveProfile(parsePolicy(policy).policy);
  const rules = buildDynamicRules(
    profile,
    target === 'firefox'
      ? { browser: 'firefox' }
      : { browser: 'chrome', extensionOrigin: `chrome-extension://${CHROME_EXTENSION_ID}` },
  ).rules;
  return JSON.stringify({
    rulesets: [...rulesetIdsFor(profile)].sort(),
    rules: rules.map((r) => [r.id, r.condition.requestDomains ?? []]),
  });
}

async function setPolicyThroughPage(
  b: Pick<BrowserUnderTest, 'openExtensionPage' | 'name'>,
  policy: Record<string, unknown>,
): Promise<void> {
  const page = await b.openExtensionPage('options.html');
  try {
    await page.evaluate((p) => chrome.storage.local.set({ policy: p }), policy);
    const wanted = expectedDnrState(policy, b.name);
    let seen = '';
    await waitUntil(
      async () => {
        seen = await page.evaluate(async () => {
          const dnr = chrome.declarativeNetRequest;
          const rulesets = (await dnr.getEnabledRulesets()).sort();
          const rules = (await dnr.getDynamicRules())
            .sort((x, y) => x.id - y.id)
            .map((r) => [r.id, r.condition.requestDomains ? [...r.condition.requestDomains] : []]);
          return JSON.stringify({ rulesets, rules });
        });
        return seen === wanted;
      },
      30_000,
      200,
    ).catch(() => {
      throw new Error(
        `${b.name}: DNR state never matched the policy.\nwant ${wanted}\nhave ${seen}`,
      );
    });
  } finally {
    await page.close();
  }
}

export const chromium: BrowserLauncher = {
  name: 'chromium',
  available: () => existsSync(CHROMIUM_PATH),
  async launch() {
    // https (HSTS-preloaded hosts) goes through the proxy's CONNECT tunnel; http keeps the
    // harness's host-resolver mapping. `localhost` is excluded from that mapping.
    const proxy = await startWebProxy();
    const session = await launchWithExtension({
      args: [`--proxy-server=https=localhost:${proxy.port}`],
    });
    proxy.forwardTo(session.server.port);
    await session.serviceWorker();
    const b: BrowserUnderTest = {
      name: 'chromium',
      server: session.server,
      extensionUrl: session.extensionUrl,
      newPage: () => session.newPage(),
      openExtensionPage: (path) => session.openExtensionPage(path),
      visit,
      currentUrl,
      setPolicy: (policy) => setPolicyThroughPage(b, policy),
      async close() {
        await session.close();
        await proxy.close();
      },
    };
    return b;
  },
};

export const firefox: BrowserLauncher = {
  name: 'firefox',
  available: firefoxAvailable,
  async launch() {
    const session = await launchFirefox();
    const b: BrowserUnderTest = {
      name: 'firefox',
      server: session.server,
      extensionUrl: session.extensionUrl,
      newPage: () => session.newPage(),
      openExtensionPage: (path) => session.openExtensionPage(path),
      visit: visitFirefox,
      currentUrl,
      setPolicy: (policy) => setPolicyThroughPage(b, policy),
      close: () => session.close(),
    };
    return b;
  },
};

export const BROWSERS: BrowserLauncher[] = [chromium, firefox];

/** A domain the shipped ruleset of `category` really lists (read from the build). */
export function listedDomain(category: string, browser: BrowserName, skip = 0): string {
  const dir = browser === 'firefox' ? 'dist/firefox' : 'dist/chrome';
  const rules = JSON.parse(readFileSync(`${dir}/rulesets/${category}.json`, 'utf8')) as {
    condition: { requestDomains?: string[] };
  }[];
  const domain = rules.flatMap((r) => r.condition.requestDomains ?? [])[skip];
  if (!domain) throw new Error(`no ${category} domain in the ${browser} build`);
  return domain;
}

/**
 * The `skip`-th domain listed for `category` that none of the `others` categories covers (itself
 * or a parent), so a test knows exactly which category blocks it.
 */
export function domainOnlyIn(
  category: string,
  others: readonly string[],
  browser: BrowserName,
  skip = 0,
): string {
  const dir = browser === 'firefox' ? 'dist/firefox' : 'dist/chrome';
  const listed = new Set<string>();
  for (const other of others.filter((c) => c !== category)) {
    const rules = JSON.parse(readFileSync(`${dir}/rulesets/${other}.json`, 'utf8')) as {
      condition: { requestDomains?: string[] };
    }[];
    for (const r of rules) for (const d of r.condition.requestDomains ?? []) listed.add(d);
  }
  let found = 0;
  for (let i = 0; ; i++) {
    const domain = listedDomain(category, browser, i);
    const parts = domain.split('.');
    if (parts.some((_, at) => listed.has(parts.slice(at).join('.')))) continue;
    if (found++ === skip) return domain;
  }
}
