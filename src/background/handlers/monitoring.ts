/** Handlers for monitoring: adult decisions on access requests, reviewed marks, reports, settings. */
import { database } from '../../db/database.ts';
import { markReviewed } from '../../db/events-repository.ts';
import { addReport } from '../../db/requests-repository.ts';
import type { Handlers } from '../../messaging/router.ts';
import { approveRequest, denyRequest } from '../access-grants.ts';
import { adultState, requireAdult } from '../adult-session.ts';
import { refreshBadge } from '../alerts.ts';
import { logEvent } from '../event-log.ts';
import { monitoringSettings, saveMonitoringSettings } from '../monitoring-settings.ts';
import { currentState } from '../state.ts';

export function monitoringHandlers(): Handlers {
  return {
    'access/adult': () => adultState(),
    'access/approve': async ({ requestId, duration, pin }) => {
      await requireAdult(pin);
      return approveRequest(requestId, duration);
    },
    'access/deny': async ({ requestId }) => {
      await requireAdult();
      return denyRequest(requestId);
    },
    'events/review': async ({ ids, reviewed }) => {
      await requireAdult();
      await markReviewed(database(), ids, reviewed);
      return { unreviewedAlerts: await refreshBadge() };
    },
    'report/submit': async ({ text, from }) => {
      const { profile } = await currentState();
      const reportId = await addReport(database(), {
        ts: Date.now(),
        profileId: profile.id,
        text,
        ...(from ? { from } : {}),
      });
      await logEvent({
        kind: 'report',
        profileId: profile.id,
        ...(from ? { category: from } : {}),
        excerpt: text.slice(0, 500),
        alert: true,
      });
      return { reportId };
    },
    'monitoring/get': () => monitoringSettings(),
    'monitoring/set': async (changes) => {
      await requireAdult();
      return saveMonitoringSettings(changes);
    },
  };
}
