/**
 * KidShield's IndexedDB database (Dexie). Each schema version is kept, in order, so an upgrade
 * from any earlier version keeps every event.
 */
import Dexie from 'dexie';
import type { EntityTable } from 'dexie';
import type { KidShieldEvent } from '../core/events.ts';

export const DATABASE_NAME = 'kidshield';

export class KidShieldDatabase extends Dexie {
  events!: EntityTable<KidShieldEvent, 'id'>;

  constructor(name = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      events: '++id, ts, kind, profileId, category, domain, reviewed, alert, [profileId+ts]',
    });
  }
}

let shared: KidShieldDatabase | undefined;

export function database(): KidShieldDatabase {
  shared ??= new KidShieldDatabase();
  return shared;
}
