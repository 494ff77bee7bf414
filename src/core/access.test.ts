import { describe, expect, it } from 'vitest';
import { ACCESS_DURATIONS, planAccessSweep } from './access.ts';
import { accessAllowRule, freeAccessRuleId, isAccessRuleId } from './dnr/access-rules.ts';
import { PRIORITY } from './dnr/priorities.ts';
import { mayNotify, ALERT_WINDOW_MS } from './monitoring.ts';

describe('access approvals expire on time (fake clock)', () => {
  const approvedAt = Date.UTC(2026, 10, 28, 8, 0);
  const grant = { requestId: 7, ruleId: 1000, expiresAt: approvedAt + ACCESS_DURATIONS['15m'] };

  it('keeps the rule for the whole 15 minutes and schedules its end', () => {
    const plan = planAccessSweep([1000], [grant], approvedAt + ACCESS_DURATIONS['15m'] - 1);
    expect(plan.removeRuleIds).toEqual([]);
    expect(plan.expiredRequestIds).toEqual([]);
    expect(plan.nextExpiry).toBe(grant.expiresAt);
  });

  it('removes the rule at the expiry and marks the request expired', () => {
    const plan = planAccessSweep([1000], [grant], grant.expiresAt);
    expect(plan.removeRuleIds).toEqual([1000]);
    expect(plan.expiredRequestIds).toEqual([7]);
    expect(plan.nextExpiry).toBeUndefined();
  });

  it('keeps the next grant and removes rules no grant owns', () => {
    const later = { requestId: 8, ruleId: 1001, expiresAt: approvedAt + ACCESS_DURATIONS['1d'] };
    const plan = planAccessSweep([1000, 1001, 1500], [grant, later], approvedAt + 3_600_000);
    expect(plan.removeRuleIds).toEqual([1000, 1500]);
    expect(plan.nextExpiry).toBe(later.expiresAt);
  });

  it('durations are 15 minutes, an hour and a day', () => {
    expect(ACCESS_DURATIONS).toEqual({ '15m': 900_000, '1h': 3_600_000, '1d': 86_400_000 });
  });
});

describe('access rules', () => {
  it('use the reserved id range at the custom-allow priority', () => {
    expect(freeAccessRuleId([1, 2, 1000, 1001])).toBe(1002);
    expect(freeAccessRuleId(Array.from({ length: 1000 }, (_, i) => 1000 + i))).toBeUndefined();
    expect(isAccessRuleId(999)).toBe(false);
    expect(isAccessRuleId(1999)).toBe(true);
    const rule = accessAllowRule(1000, 'go88.example');
    expect(rule.priority).toBe(PRIORITY.customAllow);
    expect(rule.action).toEqual({ type: 'allow' });
    expect(rule.condition.requestDomains).toEqual(['go88.example']);
    expect(() => accessAllowRule(5, 'x.example')).toThrow(RangeError);
  });
});

describe('alert rate limit', () => {
  it('allows one notification per category per window', () => {
    const now = 1_000_000_000;
    expect(mayNotify({}, 'grooming', now)).toBe(true);
    expect(mayNotify({ grooming: now }, 'grooming', now + ALERT_WINDOW_MS - 1)).toBe(false);
    expect(mayNotify({ grooming: now }, 'self_harm', now + 1)).toBe(true);
    expect(mayNotify({ grooming: now }, 'grooming', now + ALERT_WINDOW_MS)).toBe(true);
  });
});
