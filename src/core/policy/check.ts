/**
 * Checks that go beyond one key's schema, for settings an adult saves or imports: every domain
 * list canonical and valid, profile ids unique, the active profile and schedule profiles known.
 * Returns the cleaned policy, or issues that each name the key (and entry) at fault.
 */
import type { PolicyIssue } from './parse.ts';
import { parseDomainList } from './domain-list.ts';
import type { Policy } from './schema.ts';

export interface CheckedPolicy {
  policy: Policy;
  errors: PolicyIssue[];
}

function cleanList(key: string, list: readonly string[], errors: PolicyIssue[]): string[] {
  const { hosts, invalid } = parseDomainList(list);
  for (const bad of invalid) {
    errors.push({ key, message: `"${bad.entry}" is not a domain (${bad.reason})` });
  }
  return hosts;
}

/** `policy` has passed `parsePolicy`; this normalises its lists and checks references. */
export function checkPolicy(policy: Policy): CheckedPolicy {
  const errors: PolicyIssue[] = [];
  const out: Policy = { ...policy };
  if (policy.allow) out.allow = cleanList('allow', policy.allow, errors);
  if (policy.block) out.block = cleanList('block', policy.block, errors);
  if (policy.lesson) {
    out.lesson = {
      ...policy.lesson,
      allow: cleanList('lesson.allow', policy.lesson.allow, errors),
    };
  }
  if (policy.profiles) {
    const seen = new Set<string>();
    out.profiles = policy.profiles.map((profile, i) => {
      if (seen.has(profile.id)) {
        errors.push({ key: `profiles.${i}.id`, message: `duplicate profile id "${profile.id}"` });
      }
      seen.add(profile.id);
      const cleaned = { ...profile };
      if (profile.allow) cleaned.allow = cleanList(`profiles.${i}.allow`, profile.allow, errors);
      if (profile.block) cleaned.block = cleanList(`profiles.${i}.block`, profile.block, errors);
      return cleaned;
    });
    if (policy.activeProfile !== undefined && !seen.has(policy.activeProfile)) {
      errors.push({ key: 'activeProfile', message: `no profile has id "${policy.activeProfile}"` });
    }
  }
  return { policy: out, errors };
}
