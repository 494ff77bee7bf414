/**
 * Schedule windows change what is blocked at their edges: one alarm at the next edge, re-armed
 * at every reconcile, wakes the background to rebuild the profile and the rules.
 */
import { nextScheduleEdge } from '../core/policy/schedule.ts';
import type { Policy } from '../core/policy/schema.ts';
import { clearAlarm, onAlarm, setAlarm } from '../platform/alarms.ts';

export const SCHEDULE_ALARM = 'schedule-edge';

export async function armScheduleAlarm(policy: Policy, now = new Date()): Promise<void> {
  const next = nextScheduleEdge(policy.schedules ?? [], now);
  // A second past the edge, so the window is already open (or closed) when the alarm runs.
  if (next !== undefined) await setAlarm(SCHEDULE_ALARM, next + 1000);
  else await clearAlarm(SCHEDULE_ALARM);
}

export function onScheduleEdge(listener: () => void): void {
  onAlarm((name) => {
    if (name === SCHEDULE_ALARM) listener();
  });
}
