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
