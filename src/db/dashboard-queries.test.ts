import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { KidShieldEvent } from '../core/events.ts';
import { KidShieldDatabase } from './database.ts';
import { aggregate, pageOfEvents, profileIdsWithEvents } from './dashboard-queries.ts';

const at = (day: number, hour: number) => new Date(2026, 10, day, hour).getTime();
const ev = (ts: number, extra: Partial<KidShieldEvent> = {}): KidShieldEvent => ({
  ts,
  kind: 'block',
  profileId: 'lop-6a',
  category: 'gambling',
  domain: 'go88.example',
  reviewed: 0,
  alert: 0,
  ...extra,
});

describe('dashboard queries', () => {
  it('aggregates by day, category, profile and domain within the range and profile', async () => {
    const db = new KidShieldDatabase(`dash-${Math.random()}`);
    await db.events.bulkAdd([
      ev(at(20, 9)),
      ev(at(20, 23), { category: 'scam', domain: 'viec-nhe.example', alert: 1 }),
      ev(at(21, 0), { profileId: 'lop-7b' }),
      ev(at(22, 12), { profileId: 'lop-7b', alert: 1, reviewed: 1 }),
      ev(at(25, 12)), // outside the range
    ]);
    const range = { from: at(20, 0), to: at(22, 23) };
    const all = await aggregate(db, range);
    expect(all.total).toBe(4);
    expect(all.perDay).toEqual([
      { day: '2026-11-20', count: 2 },
      { day: '2026-11-21', count: 1 },
      { day: '2026-11-22', count: 1 },
    ]);
    expect(all.byCategory).toEqual([
      ['gambling', 3],
      ['scam', 1],
    ]);
    expect(all.byProfile).toEqual([
      ['lop-6a', 2],
      ['lop-7b', 2],
    ]);
    expect(all.topDomains[0]).toEqual(['go88.example', 3]);
    expect([all.alerts, all.unreviewed]).toEqual([2, 1]);
    const one = await aggregate(db, { ...range, profileId: 'lop-7b' });
    expect(one.total).toBe(2);
    expect((await pageOfEvents(db, range, 1, 2)).map((e) => e.ts)).toEqual([at(21, 0), at(20, 23)]);
    expect(await profileIdsWithEvents(db)).toEqual(['lop-6a', 'lop-7b']);
    db.close();
  });
});
