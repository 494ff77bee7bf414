/**
 * Turns the profile in force into DNR state: which static category rulesets are on, and the
 * dynamic rules. Idempotent: running it twice changes nothing the second time.
 */
import { resolveProfile } from '../core/policy/resolve.ts';
import type { EffectiveProfile } from '../core/policy/resolve.ts';
import type { Policy } from '../core/policy/schema.ts';
import { URL_CATEGORIES } from '../core/taxonomy.ts';
import type { UrlCategory } from '../core/taxonomy.ts';
import { enabledRulesetIds, updateEnabledRulesets } from '../platform/dnr.ts';

export interface ReconcileReport {
  profile: EffectiveProfile;
  missingRulesets: UrlCategory[];
}

export async function reconcile(policy: Policy, now = new Date()): Promise<ReconcileReport> {
  const profile = resolveProfile(policy, now);
  const wanted = new Set<string>(profile.blockedCategories);
  const enabled = new Set(await enabledRulesetIds());
  const enable = [...wanted].filter((id) => !enabled.has(id));
  const disable = [...enabled].filter((id) => !wanted.has(id));
  if (enable.length || disable.length) {
    try {
      await updateEnabledRulesets(enable, disable);
    } catch (error) {
      console.error('[KidShield] could not update the enabled rulesets', error);
    }
  }
  const missingRulesets = await findMissingRulesets(profile);
  return { profile, missingRulesets };
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
