/** The adult's monitoring settings, read once and re-read when they change. */
import { MONITORING_STORAGE_KEY, parseMonitoringSettings } from '../core/monitoring.ts';
import type { MonitoringSettings } from '../core/monitoring.ts';
import { onStorageChanged, readLocal, writeLocal } from '../platform/storage.ts';

let cached: Promise<MonitoringSettings> | undefined;

onStorageChanged((keys, area) => {
  if (area === 'local' && keys.includes(MONITORING_STORAGE_KEY)) cached = undefined;
});

export function monitoringSettings(): Promise<MonitoringSettings> {
  cached ??= readLocal<unknown>(MONITORING_STORAGE_KEY).then(parseMonitoringSettings);
  return cached;
}

export async function saveMonitoringSettings(
  changes: Partial<MonitoringSettings>,
): Promise<MonitoringSettings> {
  const next = parseMonitoringSettings({ ...(await monitoringSettings()), ...changes });
  await writeLocal({ [MONITORING_STORAGE_KEY]: next });
  cached = Promise.resolve(next);
  return next;
}
