/**
 * Alerts for adults: the toolbar badge counts alerts not yet reviewed; a notification says which
 * category (never the page's text), at most once per category per 10 minutes, and opens the
 * console's dashboard when clicked.
 */
import type { KidShieldEvent } from '../core/events.ts';
import { mayNotify } from '../core/monitoring.ts';
import { database } from '../db/database.ts';
import { countUnreviewedAlerts } from '../db/events-repository.ts';
import { setBadge } from '../platform/action.ts';
import { extensionUrl } from '../platform/browser.ts';
import { t } from '../platform/i18n.ts';
import {
  clearNotification,
  onNotificationClicked,
  showNotification,
} from '../platform/notifications.ts';
import { readSession, writeSession } from '../platform/storage.ts';
import { openTab } from '../platform/tabs.ts';

const LAST_SHOWN_KEY = 'alertLastShown';
const NOTIFICATION_PREFIX = 'kidshield-alert:';

export async function refreshBadge(): Promise<number> {
  const count = await countUnreviewedAlerts(database());
  await setBadge(count === 0 ? '' : count > 99 ? '99+' : String(count));
  return count;
}

function alertKey(event: KidShieldEvent): string {
  return event.kind === 'report' ? 'report' : (event.category ?? event.kind);
}

function message(event: KidShieldEvent): string {
  if (event.kind === 'report') return t('alertReportMessage');
  if (event.kind === 'help') return t('alertHelpMessage');
  return t('alertCategoryMessage', t(`category_${event.category ?? 'custom'}`));
}

let notifying: Promise<unknown> = Promise.resolve();

/** Called once an alerting event is stored. */
export async function raiseAlert(event: KidShieldEvent): Promise<void> {
  await refreshBadge();
  // Serialised, so two alerts at once cannot both pass the rate limit.
  const run = notifying.then(async () => {
    const key = alertKey(event);
    const lastShown = (await readSession<Record<string, number>>(LAST_SHOWN_KEY)) ?? {};
    if (!mayNotify(lastShown, key, event.ts)) return;
    await writeSession({ [LAST_SHOWN_KEY]: { ...lastShown, [key]: event.ts } });
    await showNotification(`${NOTIFICATION_PREFIX}${key}:${event.ts}`, {
      title: t('alertTitle'),
      message: message(event),
      iconPath: 'icons/icon-128.png',
    });
  });
  notifying = run.catch(() => undefined);
  await run;
}

/** Clicking an alert opens the dashboard. */
export function listenForAlertClicks(): void {
  onNotificationClicked((id) => {
    if (!id.startsWith(NOTIFICATION_PREFIX)) return;
    void openTab(extensionUrl('options.html#dashboard'));
    void clearNotification(id);
  });
}
