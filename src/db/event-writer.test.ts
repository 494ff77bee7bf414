import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { KidShieldEvent } from '../core/events.ts';
import { KidShieldDatabase } from './database.ts';
import { createEventWriter, isQuotaError } from './event-writer.ts';
import { deleteEventsBefore, pruneRoutineEvents } from './events-repository.ts';

const event = (ts: number, extra: Partial<KidShieldEvent> = {}): KidShieldEvent => ({
  ts,
  kind: 'block',
  profileId: 'default',
  category: 'gambling',
  reviewed: 0,
  alert: 0,
  ...extra,
});

const freshDb = () => new KidShieldDatabase(`writer-${Math.random()}`);

describe('event writer', () => {
  it('writes events given together in one bulkAdd and resolves each with its own id', async () => {
    const db = freshDb();
    const spy = vi.spyOn(db.events, 'bulkAdd');
    const writer = createEventWriter(() => db);
    const ids = await Promise.all([1, 2, 3, 4].map((ts) => writer.write(event(ts))));
    expect(spy).toHaveBeenCalledTimes(1);
    expect(new Set(ids).size).toBe(4);
    const stored = await db.events.bulkGet(ids);
    expect(stored.map((e) => e?.ts)).toEqual([1, 2, 3, 4]);
    db.close();
  });

  it('flushes when a batch is full, before the delay', async () => {
    const db = freshDb();
    const spy = vi.spyOn(db.events, 'bulkAdd');
    const writer = createEventWriter(() => db, { maxBatch: 10, maxDelayMs: 60_000 });
    const writes = Array.from({ length: 25 }, (_, i) => writer.write(event(i), false));
    // The first 20 resolve long before the 60 s delay: full batches go at once.
    await Promise.all(writes.slice(0, 20));
    expect(spy.mock.calls.length).toBeGreaterThanOrEqual(2);
    expect(spy.mock.calls.every(([events]) => (events as unknown[]).length <= 10)).toBe(true);
    await writer.flush();
    await Promise.all(writes);
    expect(await db.events.count()).toBe(25);
    db.close();
  });

  it('on a full disk prunes the oldest routine events, keeps alerts and requests, and retries', async () => {
    const db = freshDb();
    await db.events.bulkAdd([
      event(1),
      event(2, { alert: 1, category: 'self_harm' }),
      event(3, { kind: 'flag' }),
      event(4, { kind: 'request' }),
      event(5),
    ]);
    const real = db.events.bulkAdd.bind(db.events);
    let failures = 1;
    vi.spyOn(db.events, 'bulkAdd').mockImplementation(((...args: Parameters<typeof real>) => {
      if (failures-- > 0) {
        const inner = new DOMException('quota', 'QuotaExceededError');
        return Promise.reject(Object.assign(new Error('aborted'), { name: 'AbortError', inner }));
      }
      return real(...args);
    }) as typeof real);
    const writer = createEventWriter(() => db, { pruneCount: 2 });
    await writer.write(event(6, { kind: 'report', alert: 1 }));
    const left = await db.events.orderBy('ts').toArray();
    expect(left.map((e) => e.ts)).toEqual([2, 4, 5, 6]);
    db.close();
  });

  it('gives up with the error when it is not about quota', async () => {
    const db = freshDb();
    vi.spyOn(db.events, 'bulkAdd').mockRejectedValue(new Error('broken'));
    const writer = createEventWriter(() => db);
    await expect(writer.write(event(1))).rejects.toThrow('broken');
    db.close();
  });

  it('recognises a quota error inside Dexie wrappers', () => {
    expect(isQuotaError({ name: 'BulkError', failures: [{ name: 'QuotaExceededError' }] })).toBe(
      true,
    );
    expect(isQuotaError({ name: 'ConstraintError' })).toBe(false);
  });
});

describe('pruning and retention', () => {
  it('prunes only routine events, oldest first', async () => {
    const db = freshDb();
    await db.events.bulkAdd([
      event(10, { kind: 'flag' }),
      event(5, { alert: 1 }),
      event(7),
      event(20, { kind: 'help' }),
    ]);
    expect(await pruneRoutineEvents(db, 1)).toBe(1);
    expect((await db.events.orderBy('ts').toArray()).map((e) => e.ts)).toEqual([5, 10, 20]);
    db.close();
  });

  it('deletes only events older than the cutoff', async () => {
    const db = freshDb();
    await db.events.bulkAdd([event(100), event(199), event(200), event(300)]);
    expect(await deleteEventsBefore(db, 200)).toBe(2);
    expect((await db.events.orderBy('ts').toArray()).map((e) => e.ts)).toEqual([200, 300]);
    db.close();
  });
});
