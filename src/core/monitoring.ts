/**
 * The adult's monitoring settings (chrome.storage.local key `monitoring`, not a policy key):
 * whether query strings are kept in the log, and which categories raise an alert.
 */
import { z } from 'zod';
import { BLOCK_REASONS } from './block-reason.ts';
import type { BlockReason } from './block-reason.ts';

export const MONITORING_STORAGE_KEY = 'monitoring';

/** Categories that always alert, whatever the adult chooses. */
export const ALWAYS_ALERT: readonly BlockReason[] = ['self_harm', 'grooming'];

export const monitoringSettingsSchema = z.object({
  keepQuery: z.boolean().default(false),
  alertCategories: z.array(z.enum(BLOCK_REASONS)).max(64).default([]),
});
export type MonitoringSettings = z.infer<typeof monitoringSettingsSchema>;

export const DEFAULT_MONITORING: MonitoringSettings = { keepQuery: false, alertCategories: [] };

/** Parses stored settings; anything unreadable falls back to the defaults. */
export function parseMonitoringSettings(raw: unknown): MonitoringSettings {
  const parsed = monitoringSettingsSchema.safeParse(raw ?? {});
  return parsed.success ? parsed.data : DEFAULT_MONITORING;
}

export function alertsFor(category: string | undefined, settings: MonitoringSettings): boolean {
  if (!category) return false;
  return (
    (ALWAYS_ALERT as readonly string[]).includes(category) ||
    (settings.alertCategories as readonly string[]).includes(category)
  );
}

/** At most one notification per category in this window. */
export const ALERT_WINDOW_MS = 10 * 60_000;

/** True when a notification for `key` may be shown at `now`, given when the last one was. */
export function mayNotify(lastShown: Record<string, number>, key: string, now: number): boolean {
  const last = lastShown[key];
  return last === undefined || now - last >= ALERT_WINDOW_MS || now < last;
}

/** Default retention when the policy sets none (DESIGN.md `retentionDays`). */
export const DEFAULT_RETENTION_DAYS = 30;
export const DAY_MS = 24 * 60 * 60_000;
