/** Writes the adults' log; every write finishes before the action it records is shown. */
import { redactUrl } from '../core/events.ts';
import type { KidShieldEvent } from '../core/events.ts';
import { database } from '../db/database.ts';
import { recordEvent } from '../db/events-repository.ts';

export type NewEvent = Omit<
  KidShieldEvent,
  'id' | 'ts' | 'reviewed' | 'alert' | 'url' | 'domain'
> & {
  rawUrl?: string;
  alert?: boolean;
};

export async function logEvent(event: NewEvent): Promise<number> {
  const { rawUrl, alert, ...rest } = event;
  const place = rawUrl ? redactUrl(rawUrl) : undefined;
  return recordEvent(database(), {
    ...rest,
    ...(place ?? {}),
    ts: Date.now(),
    reviewed: 0,
    alert: alert ? 1 : 0,
  });
}
