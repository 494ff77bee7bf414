import { describe, expect, it } from 'vitest';
import { resolveProfile } from './resolve.ts';
import { isScheduleOpen, nextScheduleEdge } from './schedule.ts';
import type { Schedule } from './schedule.ts';

// Monday 2026-11-30 in the machine's local time.
const at = (day: number, h: number, m = 0) => new Date(2026, 10, 30 + day, h, m);
const schoolDays: Schedule = {
  days: [1, 2, 3, 4, 5],
  from: '07:00',
  to: '17:00',
  block: ['games', 'social'],
};

describe('schedules', () => {
  it('opens on the listed days between from and to', () => {
    expect(isScheduleOpen(schoolDays, at(0, 7))).toBe(true);
    expect(isScheduleOpen(schoolDays, at(0, 16, 59))).toBe(true);
    expect(isScheduleOpen(schoolDays, at(0, 17))).toBe(false);
    expect(isScheduleOpen(schoolDays, at(0, 6, 59))).toBe(false);
    expect(isScheduleOpen(schoolDays, at(5, 9))).toBe(false); // Saturday
  });

  it('runs past midnight when to is before from', () => {
    const night: Schedule = { days: [1], from: '22:00', to: '06:00', block: ['games'] };
    expect(isScheduleOpen(night, at(0, 23))).toBe(true);
    expect(isScheduleOpen(night, at(1, 5))).toBe(true);
    expect(isScheduleOpen(night, at(1, 7))).toBe(false);
    expect(isScheduleOpen(night, at(0, 5))).toBe(false); // Sunday night was not listed
  });

  it('adds its categories to the profile while open, for its profile only', () => {
    const policy = {
      profiles: [
        { id: 'class6', name: '6A', tier: 'lower' as const },
        { id: 'staff', name: 'Staff', tier: 'adult' as const },
      ],
      activeProfile: 'class6',
      schedules: [schoolDays, { ...schoolDays, profile: 'staff', block: ['chat' as const] }],
    };
    expect(resolveProfile(policy, at(0, 9)).blockedCategories).toContain('games');
    expect(resolveProfile(policy, at(0, 9)).blockedCategories).not.toContain('chat');
    expect(resolveProfile(policy, at(0, 18)).blockedCategories).not.toContain('games');
  });

  it('finds the next edge for the alarm', () => {
    expect(nextScheduleEdge([schoolDays], at(0, 6))).toBe(at(0, 7).getTime());
    expect(nextScheduleEdge([schoolDays], at(0, 7))).toBe(at(0, 17).getTime());
    expect(nextScheduleEdge([schoolDays], at(0, 18))).toBe(at(1, 7).getTime());
    expect(nextScheduleEdge([], at(0, 18))).toBeUndefined();
  });
});
