/** Access requests: a child asks for a blocked page, an adult approves it for a while or denies it. */
import type { BlockReason } from './block-reason.ts';

/** How long an approval lasts. */
export const ACCESS_DURATIONS = {
  '15m': 15 * 60_000,
  '1h': 60 * 60_000,
  '1d': 24 * 60 * 60_000,
} as const;
export type AccessDuration = keyof typeof ACCESS_DURATIONS;
export const ACCESS_DURATION_IDS = Object.keys(ACCESS_DURATIONS) as [
  AccessDuration,
  ...AccessDuration[],
];

export const REQUEST_STATUSES = ['pending', 'approved', 'denied', 'expired'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export interface AccessRequest {
  id?: number;
  /** When the child asked (ms since the epoch). */
  ts: number;
  profileId: string;
  category: BlockReason;
  /** Origin and path of the blocked page. */
  url?: string;
  domain?: string;
  reason?: string;
  status: RequestStatus;
  decidedAt?: number;
  /** Set when approved: the allow rule is removed at this time. */
  expiresAt?: number;
  /** The dynamic allow rule of an approval (see dnr/access-rules.ts). */
  ruleId?: number;
}

/** "Tell us what upset you", from the help page. */
export interface ChildReport {
  id?: number;
  ts: number;
  profileId: string;
  text: string;
  /** The block or warning the child came from, when known. */
  from?: BlockReason;
}

/** What an adult approval grants, as the sweep sees it. */
export interface ActiveGrant {
  requestId: number;
  ruleId: number;
  expiresAt: number;
}

export interface SweepPlan {
  /** Dynamic rule ids to remove: expired grants and rules no grant owns any more. */
  removeRuleIds: number[];
  /** Requests whose approval has run out. */
  expiredRequestIds: number[];
  /** When the next grant runs out (for the alarm), if any remains. */
  nextExpiry?: number;
}

/**
 * Which access rules to remove at `now`: every grant whose time is up, and every rule in the
 * reserved range that no live grant owns (a crash between the two writes, a cleared database).
 */
export function planAccessSweep(
  ruleIdsInRange: readonly number[],
  grants: readonly ActiveGrant[],
  now: number,
): SweepPlan {
  const live = grants.filter((g) => g.expiresAt > now);
  const liveIds = new Set(live.map((g) => g.ruleId));
  const expired = grants.filter((g) => g.expiresAt <= now);
  const remove = new Set(ruleIdsInRange.filter((id) => !liveIds.has(id)));
  for (const g of expired) if (!liveIds.has(g.ruleId)) remove.add(g.ruleId);
  const next = live.reduce<number | undefined>(
    (min, g) => (min === undefined || g.expiresAt < min ? g.expiresAt : min),
    undefined,
  );
  return {
    removeRuleIds: [...remove].filter((id) => ruleIdsInRange.includes(id)).sort((a, b) => a - b),
    expiredRequestIds: expired.map((g) => g.requestId),
    ...(next === undefined ? {} : { nextExpiry: next }),
  };
}
