/**
 * What a settings write may change: not what the school's policy sets, not `locked` or the PIN
 * hash through a plain update, and nothing that fails its key's schema or the list checks. Each
 * refusal names the key.
 */
import { checkPolicy } from '../core/policy/check.ts';
import { overlayPolicy, parsePolicy } from '../core/policy/parse.ts';
import type { PolicyIssue } from '../core/policy/parse.ts';
import { listProfiles } from '../core/policy/resolve.ts';
import type { Policy, PolicyKey } from '../core/policy/schema.ts';
import type { PolicyState } from './settings.ts';

/** Keys only a school's policy (locked) or the PIN messages (pinHash) may set. */
const NOT_BY_UPDATE: PolicyKey[] = ['locked', 'pinHash'];

export function managedPart(state: PolicyState): Policy {
  const out: Record<string, unknown> = {};
  for (const key of state.managedKeys) out[key] = state.policy[key];
  return out as Policy;
}

export interface Merge {
  policy: Policy;
  errors: PolicyIssue[];
  warnings: PolicyIssue[];
}

/**
 * Lays `input` (untrusted, policy-key shaped) over `base`, key by key. `strict` makes unknown
 * keys errors (the console never sends them); an imported file only gets warnings for them.
 */
export function mergeSettings(
  base: Policy,
  input: unknown,
  state: PolicyState,
  options: { strict: boolean; allowPinHash?: boolean },
): Merge {
  const parsed = parsePolicy(input);
  const errors = [...parsed.errors];
  const warnings: PolicyIssue[] = [];
  for (const warning of parsed.warnings) (options.strict ? errors : warnings).push(warning);
  const accepted: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(parsed.policy) as [PolicyKey, unknown][]) {
    if (state.managedKeys.includes(key)) {
      const issue = { key, message: 'set by the school policy; this value is not used' };
      (options.strict ? errors : warnings).push(issue);
    } else if (NOT_BY_UPDATE.includes(key) && !(key === 'pinHash' && options.allowPinHash)) {
      errors.push({ key, message: 'cannot be changed here' });
    } else {
      accepted[key] = value;
    }
  }
  const checked = checkPolicy({ ...base, ...(accepted as Policy) });
  // Profiles that did not parse make "no such profile" a consequence, not a second fault.
  const profilesBroken = parsed.errors.some((e) => e.key.startsWith('profiles'));
  errors.push(...checked.errors.filter((e) => !(profilesBroken && e.key === 'activeProfile')));
  const effective = overlayPolicy(checked.policy, managedPart(state));
  if (
    !profilesBroken &&
    effective.activeProfile !== undefined &&
    !listProfiles(effective).some((p) => p.id === effective.activeProfile) &&
    !errors.some((e) => e.key === 'activeProfile')
  ) {
    errors.push({
      key: 'activeProfile',
      message: `no profile has id "${effective.activeProfile}"`,
    });
  }
  return { policy: checked.policy, errors, warnings };
}
