/**
 * Writes the adults' log. Callers await `logEvent` before showing the action it records, so a
 * service-worker restart loses nothing; writes made together share one batch (db/event-writer).
 * An event in an alert category raises an alert once it is stored.
 */
import { redactUrl } from '../core/events.ts';
import type { KidShieldEvent } from '../core/events.ts';
import { alertsFor } from '../core/monitoring.ts';
import { database } from '../db/database.ts';
import { createEventWriter } from '../db/event-writer.ts';
import { raiseAlert } from './alerts.ts';
import { monitoringSettings } from './monitoring-settings.ts';

export type NewEvent = Omit<
  KidShieldEvent,
  'id' | 'ts' | 'reviewed' | 'alert' | 'url' | 'domain'
> & {
  rawUrl?: string;
  /** Force an alert (reports, self-harm help visits); otherwise the category decides. */
  alert?: boolean;
};

const writer = createEventWriter(database);

export async function logEvent(
  event: NewEvent,
  options: { urgent?: boolean } = {},
): Promise<number> {
  const { rawUrl, alert, ...rest } = event;
  const settings = await monitoringSettings();
  const place = rawUrl ? redactUrl(rawUrl, settings.keepQuery) : undefined;
  const alerting =
    alert === true || (event.kind !== 'request' && alertsFor(event.category, settings));
  const stored: KidShieldEvent = {
    ...rest,
    ...(place ?? {}),
    ts: Date.now(),
    reviewed: 0,
    alert: alerting ? 1 : 0,
  };
  const id = await writer.write(stored, options.urgent ?? true);
  if (alerting) {
    await raiseAlert(stored).catch((error: unknown) =>
      console.error('[KidShield] could not raise an alert', error),
    );
  }
  return id;
}
