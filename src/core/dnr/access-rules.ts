/**
 * Dynamic allow rules for approved access requests. Their ids are reserved: 1000–1999, never
 * produced by `buildDynamicRules`, so reconcile leaves them alone and the expiry sweep owns them.
 * Priority: the custom-allow rung (beats category and custom blocks; lesson mode still wins).
 */
import { PRIORITY } from './priorities.ts';
import type { DnrRule } from './types.ts';

export const ACCESS_RULE_IDS = { first: 1000, last: 1999 } as const;

export function isAccessRuleId(id: number): boolean {
  return id >= ACCESS_RULE_IDS.first && id <= ACCESS_RULE_IDS.last;
}

/** The lowest reserved id not in `used`, or undefined when all 1,000 are taken. */
export function freeAccessRuleId(used: Iterable<number>): number | undefined {
  const taken = new Set(used);
  for (let id = ACCESS_RULE_IDS.first; id <= ACCESS_RULE_IDS.last; id++) {
    if (!taken.has(id)) return id;
  }
  return undefined;
}

/** Opens `domain` (and its subdomains) in frames while the approval lasts. */
export function accessAllowRule(id: number, domain: string): DnrRule {
  if (!isAccessRuleId(id)) throw new RangeError(`access rule id ${id} outside the reserved range`);
  return {
    id,
    priority: PRIORITY.customAllow,
    action: { type: 'allow' },
    condition: { requestDomains: [domain], resourceTypes: ['main_frame', 'sub_frame'] },
  };
}
