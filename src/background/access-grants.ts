/**
 * Access requests: recorded when a child asks; an adult approves (a dynamic allow rule in the
 * reserved id range, with an expiry) or denies. An alarm removes each rule on time; every
 * wake-up sweeps too, so a missed alarm heals.
 */
import { ACCESS_DURATIONS, planAccessSweep } from '../core/access.ts';
import type { AccessDuration, AccessRequest } from '../core/access.ts';
import type { BlockReason } from '../core/block-reason.ts';
import { accessAllowRule, freeAccessRuleId, isAccessRuleId } from '../core/dnr/access-rules.ts';
import { redactUrl } from '../core/events.ts';
import { database } from '../db/database.ts';
import { activeGrants, addRequest, getRequest, updateRequest } from '../db/requests-repository.ts';
import { clearAlarm, setAlarm } from '../platform/alarms.ts';
import { dynamicRules, replaceDynamicRules } from '../platform/dnr.ts';
import type { DnrRuleInput } from '../platform/dnr.ts';
import { logEvent } from './event-log.ts';

export const ACCESS_EXPIRY_ALARM = 'access-expiry';

/** One change of the access rules at a time: two approvals must not pick the same id. */
let chain: Promise<unknown> = Promise.resolve();
function serial<T>(task: () => Promise<T>): Promise<T> {
  const run = chain.then(task);
  chain = run.catch(() => undefined);
  return run;
}

export async function recordRequest(input: {
  profileId: string;
  category: BlockReason;
  url?: string;
  reason?: string;
}): Promise<number> {
  const place = input.url ? redactUrl(input.url) : undefined;
  await logEvent({
    kind: 'request',
    profileId: input.profileId,
    category: input.category,
    ...(input.url ? { rawUrl: input.url } : {}),
    ...(input.reason ? { excerpt: input.reason } : {}),
  });
  const request: AccessRequest = {
    ts: Date.now(),
    profileId: input.profileId,
    category: input.category,
    ...(place ?? {}),
    ...(input.reason ? { reason: input.reason } : {}),
    status: 'pending',
  };
  return addRequest(database(), request);
}

async function decided(request: AccessRequest, decision: 'approved' | 'denied'): Promise<void> {
  await logEvent({
    kind: 'request',
    profileId: request.profileId,
    category: request.category,
    decision,
    ...(request.url ? { rawUrl: request.url } : {}),
  });
}

export function approveRequest(
  requestId: number,
  duration: AccessDuration,
  now = Date.now(),
): Promise<AccessRequest> {
  return serial(async () => {
    const db = database();
    const request = await getRequest(db, requestId);
    if (!request) throw new Error(`no access request ${requestId}`);
    if (!request.domain) throw new Error('this request has no web address to open');
    const rules = await dynamicRules();
    const ruleId =
      request.status === 'approved' && request.ruleId !== undefined
        ? request.ruleId
        : freeAccessRuleId(rules.map((r) => r.id));
    if (ruleId === undefined) throw new Error('too many approvals in force (1,000)');
    const changes = {
      status: 'approved' as const,
      decidedAt: now,
      expiresAt: now + ACCESS_DURATIONS[duration],
      ruleId,
    };
    // The request first: a crash before the rule leaves nothing open; the sweep heals the rest.
    await updateRequest(db, requestId, changes);
    await replaceDynamicRules(rules.some((r) => r.id === ruleId) ? [ruleId] : [], [
      accessAllowRule(ruleId, request.domain) as unknown as DnrRuleInput,
    ]);
    await decided(request, 'approved');
    await scheduleNextSweep();
    return { ...request, ...changes };
  });
}

export function denyRequest(requestId: number, now = Date.now()): Promise<AccessRequest> {
  return serial(async () => {
    const db = database();
    const request = await getRequest(db, requestId);
    if (!request) throw new Error(`no access request ${requestId}`);
    if (request.status === 'approved' && request.ruleId !== undefined) {
      await replaceDynamicRules([request.ruleId], []);
    }
    await updateRequest(db, requestId, { status: 'denied', decidedAt: now });
    await decided(request, 'denied');
    return { ...request, status: 'denied', decidedAt: now };
  });
}

async function scheduleNextSweep(): Promise<void> {
  const grants = await activeGrants(database());
  const next = grants.reduce<number | undefined>(
    (min, g) => (min === undefined || g.expiresAt < min ? g.expiresAt : min),
    undefined,
  );
  if (next === undefined) await clearAlarm(ACCESS_EXPIRY_ALARM);
  else await setAlarm(ACCESS_EXPIRY_ALARM, next);
}

/** Removes every approval whose time is up (and any access rule no approval owns). */
export function sweepAccessGrants(now = Date.now()): Promise<number[]> {
  return serial(async () => {
    const db = database();
    const inRange = (await dynamicRules()).map((r) => r.id).filter(isAccessRuleId);
    const plan = planAccessSweep(inRange, await activeGrants(db), now);
    if (plan.removeRuleIds.length) await replaceDynamicRules(plan.removeRuleIds, []);
    for (const id of plan.expiredRequestIds) {
      await updateRequest(db, id, { status: 'expired' });
    }
    if (plan.nextExpiry === undefined) await clearAlarm(ACCESS_EXPIRY_ALARM);
    else await setAlarm(ACCESS_EXPIRY_ALARM, plan.nextExpiry);
    return plan.removeRuleIds;
  });
}
