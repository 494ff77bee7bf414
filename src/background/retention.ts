/** Deletes what is older than the policy's `retentionDays`: on every wake-up and once a day. */
import { DAY_MS, DEFAULT_RETENTION_DAYS } from '../core/monitoring.ts';
import { database } from '../db/database.ts';
import { deleteEventsBefore } from '../db/events-repository.ts';
import { alarmTime, setAlarm } from '../platform/alarms.ts';
import { currentState } from './state.ts';

export const RETENTION_ALARM = 'retention';

export async function runRetention(now = Date.now()): Promise<number> {
  const { policy } = await currentState();
  const cutoff = now - (policy.retentionDays ?? DEFAULT_RETENTION_DAYS) * DAY_MS;
  const db = database();
  const events = await deleteEventsBefore(db, cutoff);
  await db.reports.where('ts').below(cutoff).delete();
  await db.requests
    .where('ts')
    .below(cutoff)
    .filter((r) => r.status !== 'approved')
    .delete();
  return events;
}

/** Keeps one daily alarm; re-creating it on each wake would push it back forever. */
export async function ensureRetentionAlarm(): Promise<void> {
  if ((await alarmTime(RETENTION_ALARM)) === undefined) {
    await setAlarm(RETENTION_ALARM, Date.now() + 60_000, 24 * 60);
  }
}
