import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { KidShieldDatabase } from './database.ts';
import { countEvents, recentEvents, recordEvent } from './events-repository.ts';
import type { KidShieldEvent } from '../core/events.ts';

const event = (ts: number): KidShieldEvent => ({
  ts,
  kind: 'block',
  profileId: 'default',
  category: 'gambling',
  url: 'https://go88.example/',
  domain: 'go88.example',
  reviewed: 0,
  alert: 0,
});

describe('events repository', () => {
  it('keeps events and lists the newest first', async () => {
    const db = new KidShieldDatabase(`test-${Math.random()}`);
    await recordEvent(db, event(1));
    await recordEvent(db, event(3));
    await recordEvent(db, event(2));
    expect(await countEvents(db)).toBe(3);
    expect((await recentEvents(db, 2)).map((e) => e.ts)).toEqual([3, 2]);
    db.close();
  });
});
