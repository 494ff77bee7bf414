/**
 * The dashboard's reads: aggregates over a date range (and profile) walked one day at a time
 * through the `ts` / `[profileId+ts]` indexes, and one page of the incident list at a time, so
 * 100,000 events never sit in memory or in the DOM at once.
 */
import type { KidShieldEvent } from '../core/events.ts';
import type { KidShieldDatabase } from './database.ts';

type EventCollection = ReturnType<KidShieldDatabase['events']['toCollection']>;

export interface EventFilter {
  /** Inclusive bounds, ms since the epoch. */
  from: number;
  to: number;
  profileId?: string;
}

export interface Aggregates {
  total: number;
  alerts: number;
  unreviewed: number;
  /** One entry per local calendar day of the range, oldest first. */
  perDay: { day: string; count: number }[];
  byCategory: [string, number][];
  byProfile: [string, number][];
  topDomains: [string, number][];
  byKind: [string, number][];
}

function rangeOf(db: KidShieldDatabase, filter: EventFilter): EventCollection {
  if (filter.profileId !== undefined) {
    return db.events
      .where('[profileId+ts]')
      .between([filter.profileId, filter.from], [filter.profileId, filter.to], true, true);
  }
  return db.events.where('ts').between(filter.from, filter.to, true, true);
}

/** `YYYY-MM-DD` of the local calendar day of `ts`. */
export function dayKey(ts: number): string {
  const d = new Date(ts);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Local midnights from the day of `from` up to `to`, each with the next midnight. */
export function dayWindows(from: number, to: number): { start: number; end: number }[] {
  const windows: { start: number; end: number }[] = [];
  const first = new Date(from);
  let start = new Date(first.getFullYear(), first.getMonth(), first.getDate()).getTime();
  while (start <= to && windows.length < 3700) {
    const d = new Date(start);
    const end = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
    windows.push({ start, end });
    start = end;
  }
  return windows;
}

const sorted = (m: Map<string, number>, limit = Infinity): [string, number][] =>
  [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit);

function bump(m: Map<string, number>, key: string | undefined): void {
  if (key === undefined) return;
  m.set(key, (m.get(key) ?? 0) + 1);
}

export async function aggregate(
  db: KidShieldDatabase,
  filter: EventFilter,
  topDomainCount = 10,
): Promise<Aggregates> {
  const byCategory = new Map<string, number>();
  const byProfile = new Map<string, number>();
  const byDomain = new Map<string, number>();
  const byKind = new Map<string, number>();
  const perDay: Aggregates['perDay'] = [];
  let total = 0;
  let alerts = 0;
  let unreviewed = 0;
  for (const w of dayWindows(filter.from, filter.to)) {
    const events = await rangeOf(db, {
      ...filter,
      from: Math.max(w.start, filter.from),
      to: Math.min(w.end - 1, filter.to),
    }).toArray();
    perDay.push({ day: dayKey(w.start), count: events.length });
    total += events.length;
    for (const e of events) {
      bump(byCategory, e.category ?? 'none');
      bump(byProfile, e.profileId);
      bump(byDomain, e.domain);
      bump(byKind, e.kind);
      if (e.alert) {
        alerts++;
        if (!e.reviewed) unreviewed++;
      }
    }
  }
  return {
    total,
    alerts,
    unreviewed,
    perDay,
    byCategory: sorted(byCategory),
    byProfile: sorted(byProfile),
    topDomains: sorted(byDomain, topDomainCount),
    byKind: sorted(byKind),
  };
}

/** One page of events in the range, newest first. */
export async function pageOfEvents(
  db: KidShieldDatabase,
  filter: EventFilter,
  offset: number,
  limit: number,
): Promise<KidShieldEvent[]> {
  return rangeOf(db, filter).reverse().offset(offset).limit(limit).toArray();
}

export async function countInRange(db: KidShieldDatabase, filter: EventFilter): Promise<number> {
  return rangeOf(db, filter).count();
}

/** Every event in the range, oldest first (exports). */
export async function eventsInRange(
  db: KidShieldDatabase,
  filter: EventFilter,
): Promise<KidShieldEvent[]> {
  return rangeOf(db, filter).toArray();
}

/**
 * Profile ids that have events (the profile filter's choices): one index seek per profile, not
 * a walk over every event.
 */
export async function profileIdsWithEvents(db: KidShieldDatabase, max = 500): Promise<string[]> {
  const ids: string[] = [];
  let next = (await db.events.orderBy('profileId').limit(1).keys())[0];
  while (typeof next === 'string' && ids.length < max) {
    ids.push(next);
    next = (await db.events.where('profileId').above(next).limit(1).keys())[0];
  }
  return ids;
}
