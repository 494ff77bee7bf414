/**
 * Schedules: time windows (days of the week, from–to in the computer's local time) during which
 * extra URL categories are blocked, e.g. games and social on school days 07:00–17:00. A window
 * whose end is before its start runs past midnight into the next day.
 */
import type { UrlCategory } from '../taxonomy.ts';

export interface Schedule {
  id?: string | undefined;
  /** The profile it applies to; every profile when absent. */
  profile?: string | undefined;
  /** 0 = Sunday … 6 = Saturday, as `Date.getDay()`. */
  days: number[];
  from: string;
  to: string;
  block: UrlCategory[];
}

export const TIME_PATTERN = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** True when `schedule`'s window is open at `now` (local time). */
export function isScheduleOpen(schedule: Schedule, now: Date): boolean {
  const from = minutesOf(schedule.from);
  const to = minutesOf(schedule.to);
  if (from === to) return false;
  const minute = now.getHours() * 60 + now.getMinutes();
  const today = now.getDay();
  const yesterday = (today + 6) % 7;
  if (from < to) return schedule.days.includes(today) && minute >= from && minute < to;
  return (
    (schedule.days.includes(today) && minute >= from) ||
    (schedule.days.includes(yesterday) && minute < to)
  );
}

/** The categories open windows add for `profileId` at `now`. */
export function scheduledBlocks(
  schedules: readonly Schedule[],
  profileId: string,
  now: Date,
): UrlCategory[] {
  const blocked = new Set<UrlCategory>();
  for (const schedule of schedules) {
    if (schedule.profile !== undefined && schedule.profile !== profileId) continue;
    if (isScheduleOpen(schedule, now)) for (const c of schedule.block) blocked.add(c);
  }
  return [...blocked];
}

/** The next moment after `now` when any window opens or closes (epoch ms), if there is one. */
export function nextScheduleEdge(schedules: readonly Schedule[], now: Date): number | undefined {
  let next: number | undefined;
  for (const schedule of schedules) {
    if (schedule.days.length === 0 || schedule.from === schedule.to) continue;
    for (let offset = 0; offset <= 1; offset++) {
      for (const time of [schedule.from, schedule.to]) {
        const minutes = minutesOf(time);
        const at = new Date(now.getFullYear(), now.getMonth(), now.getDate() + offset);
        at.setHours(Math.floor(minutes / 60), minutes % 60, 0, 0);
        const when = at.getTime();
        if (when > now.getTime() && (next === undefined || when < next)) next = when;
      }
    }
  }
  return next;
}
