/** Starts the monitoring jobs of the background: alert clicks, retention, access expiry, badge. */
import { onAlarm } from '../platform/alarms.ts';
import { ACCESS_EXPIRY_ALARM, sweepAccessGrants } from './access-grants.ts';
import { listenForAlertClicks, refreshBadge } from './alerts.ts';
import { ensureRetentionAlarm, RETENTION_ALARM, runRetention } from './retention.ts';

const report = (job: string) => (error: unknown) =>
  console.error(`[KidShield] ${job} failed`, error);

export function startMonitoring(): void {
  listenForAlertClicks();
  onAlarm((name) => {
    if (name === RETENTION_ALARM) void runRetention().catch(report('retention'));
    if (name === ACCESS_EXPIRY_ALARM) void sweepAccessGrants().catch(report('access expiry'));
  });
  // Every wake-up: cheap index range deletes and a look at the access rules heal missed alarms.
  void ensureRetentionAlarm().catch(report('retention alarm'));
  void runRetention().catch(report('retention'));
  void sweepAccessGrants().catch(report('access expiry'));
  void refreshBadge().catch(report('badge'));
}
