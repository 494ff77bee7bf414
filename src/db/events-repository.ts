/** Reading and writing the adults' event log. */
import type { KidShieldEvent } from '../core/events.ts';
import type { KidShieldDatabase } from './database.ts';

export async function recordEvent(db: KidShieldDatabase, event: KidShieldEvent): Promise<number> {
  return (await db.events.add(event)) as number;
}

export async function recentEvents(
  db: KidShieldDatabase,
  limit: number,
): Promise<KidShieldEvent[]> {
  return db.events.orderBy('ts').reverse().limit(limit).toArray();
}

export async function countEvents(db: KidShieldDatabase): Promise<number> {
  return db.events.count();
}

/** Routine = a block or flag that raised no alert: the first to go when storage is full. */
export function isRoutine(event: KidShieldEvent): boolean {
  return (event.kind === 'block' || event.kind === 'flag') && event.alert === 0;
}

/** Deletes up to `count` of the oldest routine events; alerts, requests and reports stay. */
export async function pruneRoutineEvents(db: KidShieldDatabase, count: number): Promise<number> {
  const ids = await db.events.orderBy('ts').filter(isRoutine).limit(count).primaryKeys();
  await db.events.bulkDelete(ids);
  return ids.length;
}

/** Deletes every event older than `cutoff` (ms); returns how many went. */
export async function deleteEventsBefore(db: KidShieldDatabase, cutoff: number): Promise<number> {
  return db.events.where('ts').below(cutoff).delete();
}

export async function markReviewed(
  db: KidShieldDatabase,
  ids: readonly number[],
  reviewed: boolean,
): Promise<void> {
  const value: 0 | 1 = reviewed ? 1 : 0;
  await db.transaction('rw', db.events, async () => {
    for (const id of ids) await db.events.update(id, { reviewed: value });
  });
}

/** Alerts an adult has not looked at yet (the toolbar badge). */
export async function countUnreviewedAlerts(db: KidShieldDatabase): Promise<number> {
  return db.events.where('[alert+reviewed]').equals([1, 0]).count();
}
