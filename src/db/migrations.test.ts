import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import type { KidShieldEvent } from '../core/events.ts';
import { KidShieldDatabase, SCHEMA_V1 } from './database.ts';
import { countUnreviewedAlerts } from './events-repository.ts';

const CATEGORIES = ['gambling', 'adult', 'self_harm', 'grooming', 'scam'] as const;

function v1Event(i: number): KidShieldEvent {
  return {
    ts: 1_700_000_000_000 + i * 1000,
    kind: i % 3 === 0 ? 'flag' : 'block',
    profileId: i % 2 ? 'lop-6a' : 'default',
    category: CATEGORIES[i % CATEGORIES.length],
    url: `https://site-${i % 50}.example/trang/${i}`,
    domain: `site-${i % 50}.example`,
    title: `Trang số ${i} – tiếng Việt có dấu`,
    excerpt: `đoạn trích ${i}`,
    reviewed: i % 7 === 0 ? 1 : 0,
    alert: i % 5 === 2 || i % 5 === 3 ? 1 : 0,
  };
}

describe('database migrations', () => {
  it('upgrades a version-1 database full of events to version 2 and keeps every event', async () => {
    const name = `migrate-${Math.random()}`;
    const old = new Dexie(name);
    old.version(1).stores(SCHEMA_V1);
    const events = Array.from({ length: 5000 }, (_, i) => v1Event(i));
    await old.table('events').bulkAdd(events);
    const before = await old.table('events').toArray();
    old.close();

    const db = new KidShieldDatabase(name);
    await db.open();
    expect(db.verno).toBe(2);
    const after = await db.events.toArray();
    expect(after).toEqual(before);
    // The new tables and index work on the upgraded data.
    const alerts = before.filter((e) => e.alert === 1 && e.reviewed === 0).length;
    expect(await countUnreviewedAlerts(db)).toBe(alerts);
    await db.requests.add({ ts: 1, profileId: 'default', category: 'games', status: 'pending' });
    await db.reports.add({ ts: 1, profileId: 'default', text: 'có người lạ nhắn tin' });
    expect(await db.requests.where('status').equals('pending').count()).toBe(1);
    expect(await db.reports.count()).toBe(1);
    db.close();
  });

  it('opens a fresh database at the latest version', async () => {
    const db = new KidShieldDatabase(`fresh-${Math.random()}`);
    await db.open();
    expect(db.verno).toBe(2);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['events', 'reports', 'requests']);
    db.close();
  });
});
