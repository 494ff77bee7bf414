/**
 * KidShield's IndexedDB database (Dexie). Each schema version is kept, in order, so an upgrade
 * from any earlier version keeps every event.
 *
 * - v1: `events`.
 * - v2: `requests` (access requests), `reports` ("tell us what upset you"), and the
 *   `[alert+reviewed]` index on events (badge count of alerts not yet reviewed).
 */
import Dexie from 'dexie';
import type { EntityTable } from 'dexie';
import type { AccessRequest, ChildReport } from '../core/access.ts';
import type { KidShieldEvent } from '../core/events.ts';

export const DATABASE_NAME = 'kidshield';

export const SCHEMA_V1 = {
  events: '++id, ts, kind, profileId, category, domain, reviewed, alert, [profileId+ts]',
} as const;

export const SCHEMA_V2 = {
  events:
    '++id, ts, kind, profileId, category, domain, reviewed, alert, [profileId+ts], [alert+reviewed]',
  requests: '++id, ts, status, expiresAt',
  reports: '++id, ts',
} as const;

export class KidShieldDatabase extends Dexie {
  events!: EntityTable<KidShieldEvent, 'id'>;
  requests!: EntityTable<AccessRequest, 'id'>;
  reports!: EntityTable<ChildReport, 'id'>;

  constructor(name = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2);
  }
}

let shared: KidShieldDatabase | undefined;

export function database(): KidShieldDatabase {
  shared ??= new KidShieldDatabase();
  return shared;
}
