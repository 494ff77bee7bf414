/**
 * Sets the local policy the way the console will (`chrome.storage.local` key `policy`, written
 * from the service worker) and waits until the background has reconciled it: the enabled static
 * rulesets and the dynamic rules match what the pure core says this policy means.
 */
import type { WebWorker } from 'puppeteer-core';
import { buildDynamicRules, rulesetIdsFor } from '../../../src/core/dnr/dynamic-rules.ts';
import { CHROME_EXTENSION_ID } from '../../../src/core/extension-identity.ts';
import { parsePolicy } from '../../../src/core/policy/parse.ts';
import { resolveProfile } from '../../../src/core/policy/resolve.ts';
import type { Policy } from '../../../src/core/policy/schema.ts';
import { waitUntil } from './chromium.ts';
import type { ExtensionSession } from './chromium.ts';

interface DnrState {
  rulesets: string[];
  rules: { id: number }[];
}

/** The DNR state the background should reach for `policy` at time `now`. */
export function expectedDnrState(policy: Policy, now = new Date()): DnrState {
  const parsed = parsePolicy(policy);
  if (parsed.errors.length)
    throw new Error(`invalid test policy: ${JSON.stringify(parsed.errors)}`);
  const profile = resolveProfile(parsed.policy, now);
  const { rules } = buildDynamicRules(profile, {
    browser: 'chrome',
    extensionOrigin: `chrome-extension://${CHROME_EXTENSION_ID}`,
  });
  return { rulesets: [...rulesetIdsFor(profile)].sort(), rules };
}

async function actualDnrState(sw: WebWorker): Promise<DnrState> {
  return sw.evaluate(async () => ({
    rulesets: (await chrome.declarativeNetRequest.getEnabledRulesets()).sort(),
    rules: await chrome.declarativeNetRequest.getDynamicRules(),
  }));
}

/** Every field the wanted value has is in the actual one (the browser may add defaults). */
function contains(actual: unknown, wanted: unknown): boolean {
  if (Array.isArray(wanted)) {
    return (
      Array.isArray(actual) &&
      actual.length === wanted.length &&
      wanted.every((w, i) => contains(actual[i], w))
    );
  }
  if (wanted && typeof wanted === 'object') {
    if (!actual || typeof actual !== 'object') return false;
    return Object.entries(wanted).every(([k, v]) =>
      contains((actual as Record<string, unknown>)[k], v),
    );
  }
  return actual === wanted;
}

export function sameDnrState(actual: DnrState, wanted: DnrState): boolean {
  const byId = (rules: { id: number }[]) => [...rules].sort((a, b) => a.id - b.id);
  return (
    JSON.stringify(actual.rulesets) === JSON.stringify(wanted.rulesets) &&
    contains(byId(actual.rules), byId(wanted.rules))
  );
}

/** Writes `policy` and waits until the browser's DNR state is the one it asks for. */
export async function setPolicy(session: ExtensionSession, policy: Policy): Promise<void> {
  const sw = await session.serviceWorker();
  await sw.evaluate((p) => chrome.storage.local.set({ policy: p }), policy as never);
  await waitForReconcile(session, policy);
}

/** Waits until the DNR state matches `policy` as resolved at the moment of each check. */
export async function waitForReconcile(
  session: ExtensionSession,
  policy: Policy,
  timeoutMs = 30_000,
): Promise<void> {
  let last: DnrState | undefined;
  try {
    await waitUntil(
      async () => {
        const sw = await session.serviceWorker();
        last = await actualDnrState(sw);
        return sameDnrState(last, expectedDnrState(policy));
      },
      timeoutMs,
      150,
    );
  } catch (error) {
    throw new Error(
      `DNR state never matched the policy ${JSON.stringify(policy)}; last seen rulesets ${JSON.stringify(last?.rulesets)}, rule ids ${JSON.stringify(last?.rules.map((r) => r.id))}`,
      { cause: error },
    );
  }
}
