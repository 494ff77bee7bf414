/**
 * Turns the profile in force into DNR state: which static category rulesets are on, and the
 * dynamic rules. Idempotent: running it twice changes nothing the second time.
 */
import { isAccessRuleId } from '../core/dnr/access-rules.ts';
import { buildDynamicRules, rulesetIdsFor } from '../core/dnr/dynamic-rules.ts';
import type { InvalidEntry } from '../core/dnr/dynamic-rules.ts';
import type { Limitation } from '../core/dnr/limits.ts';
import { resolveProfile } from '../core/policy/resolve.ts';
import type { EffectiveProfile } from '../core/policy/resolve.ts';
import type { Policy } from '../core/policy/schema.ts';
import { URL_CATEGORIES } from '../core/taxonomy.ts';
import type { UrlCategory } from '../core/taxonomy.ts';
import { extensionOrigin, isFirefox } from '../platform/browser.ts';
import type { DnrRuleInput } from '../platform/dnr.ts';
import { switchRulesets } from './ruleset-switch.ts';
import {
  dynamicRules,
  enabledRulesetIds,
  replaceDynamicRules,
  updateEnabledRulesets,
} from '../platform/dnr.ts';

export interface ReconcileReport {
  profile: EffectiveProfile;
  missingRulesets: UrlCategory[];
  limitations: Limitation[];
  invalidEntries: InvalidEntry[];
}

export async function reconcile(policy: Policy, now = new Date()): Promise<ReconcileReport> {
  const profile = resolveProfile(policy, now);
  await reconcileStaticRulesets(profile);
  const { limitations, invalidEntries } = await reconcileDynamicRules(profile);
  const missingRulesets = await findMissingRulesets(profile);
  return { profile, missingRulesets, limitations, invalidEntries };
}

/** Same rules, same order, same JSON: nothing to do. */
function sameRules(a: readonly DnrRuleInput[], b: readonly DnrRuleInput[]): boolean {
  const key = (rules: readonly DnrRuleInput[]) =>
    JSON.stringify([...rules].sort((x, y) => x.id - y.id));
  return key(a) === key(b);
}

async function reconcileDynamicRules(profile: EffectiveProfile) {
  const built = buildDynamicRules(
    profile,
    isFirefox()
      ? { browser: 'firefox' }
      : { browser: 'chrome', extensionOrigin: extensionOrigin() },
  );
  for (const limitation of built.limitations) {
    console.error('[KidShield] dynamic rules exceed a browser limit', limitation);
  }
  const wanted = built.rules as unknown as DnrRuleInput[];
  // Ids 1000–1999 are access approvals (access-grants.ts): they expire on their own alarm.
  const existing = (await dynamicRules()).filter((r) => !isAccessRuleId(r.id));
  if (!sameRules(existing, wanted)) {
    await replaceDynamicRules(
      existing.map((r) => r.id),
      wanted,
    );
  }
  return built;
}

async function reconcileStaticRulesets(profile: EffectiveProfile): Promise<void> {
  const wanted = new Set<string>(rulesetIdsFor(profile));
  const enabled = new Set(await enabledRulesetIds());
  const enable = [...wanted].filter((id) => !enabled.has(id));
  const disable = [...enabled].filter((id) => !wanted.has(id));
  const { refused } = await switchRulesets(enable, disable, updateEnabledRulesets);
  for (const { id, error } of refused) {
    console.error(`[KidShield] the browser refused to enable the blocklist ${id}`, error);
  }
}

/**
 * Chromium enables nothing, silently, when the static rule pool is exhausted: compare what the
 * browser reports with what the profile asks for, and say so loudly.
 */
export async function findMissingRulesets(profile: EffectiveProfile): Promise<UrlCategory[]> {
  const enabled = new Set(await enabledRulesetIds());
  const missing = URL_CATEGORIES.filter(
    (c) => profile.blockedCategories.includes(c) && !enabled.has(c),
  );
  if (missing.length) {
    console.error(
      `[KidShield] PROTECTION INCOMPLETE: the browser did not enable these blocklists: ${missing.join(', ')}`,
    );
  }
  return missing;
}
