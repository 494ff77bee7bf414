/**
 * Background: the service worker on Chromium, the event page on Firefox. Owns policy -> DNR
 * reconciliation, the message router, the event log writes and the classifier pipeline.
 */
import { createClient } from '../messaging/client.ts';
import { runLatest } from '../core/run-latest.ts';
import { createRouter } from '../messaging/router.ts';
import { clearAlarm, onAlarm, setAlarm } from '../platform/alarms.ts';
import { extensionOrigin, extensionUrl } from '../platform/browser.ts';
import {
  extensionId,
  onInstalled,
  onRuntimeMessage,
  onStartup,
  sendRuntimeMessage,
} from '../platform/runtime.ts';
import { onStorageChanged } from '../platform/storage.ts';
import { openTab } from '../platform/tabs.ts';
import { backgroundHandlers } from './handlers/index.ts';
import { watchHostAccess } from './host-access.ts';
import { watchNavigations } from './navigation-memory.ts';
import { startPageReader } from './page-reader.ts';
import { startMonitoring } from './monitoring.ts';
import { applyToOpenTabs } from './open-tabs.ts';
import { reconcile } from './reconcile.ts';
import { armScheduleAlarm, onScheduleEdge } from './schedule-alarm.ts';
import { LOCAL_POLICY_KEY } from './settings.ts';
import { currentState, invalidateState, onLatePolicy } from './state.ts';

const LESSON_END_ALARM = 'lesson-end';

const send = createClient(sendRuntimeMessage);

// Firefox's static redirects cannot carry the original URL: remember it per tab (top level, so
// the event page is woken for it). Chromium's regexSubstitution redirects carry it themselves.
if (__BROWSER__ === 'firefox' && !watchNavigations()) {
  console.error('[KidShield] webRequest is unavailable: the blocked page cannot show the address');
}
// Firefox lets the user withdraw host access; say so on the toolbar instead of failing silently.
if (__BROWSER__ === 'firefox') watchHostAccess();
// Chromium: the page reader goes into pages the child stays on, after their load (Firefox's
// manifest declares it instead).
if (__BROWSER__ === 'chrome') startPageReader();

onRuntimeMessage(
  createRouter('background', backgroundHandlers(send), {
    id: extensionId(),
    origin: extensionOrigin(),
  }),
);

// Serialised: a reconcile begun with an old policy must never finish after one with the new.
const applyPolicy = runLatest(applyPolicyNow, (error) =>
  console.error('[KidShield] could not apply the policy', error),
);

async function applyPolicyNow(): Promise<void> {
  const { policy } = await currentState();
  const report = await reconcile(policy);
  const until = report.profile.lesson?.until;
  if (until) await setAlarm(LESSON_END_ALARM, Date.parse(until));
  else await clearAlarm(LESSON_END_ALARM);
  await armScheduleAlarm(policy);
  await applyToOpenTabs(report.profile).catch((error: unknown) =>
    console.error('[KidShield] could not move open tabs to the blocked page', error),
  );
}

function reapply(): void {
  invalidateState();
  void applyPolicy();
}

onInstalled((reason) => {
  void applyPolicy();
  if (reason === 'install') {
    void currentState().then(({ managedKeys }) => {
      if (managedKeys.length === 0) void openTab(extensionUrl('onboarding.html'));
    });
  }
});
onStartup(() => void applyPolicy());
onLatePolicy(() => void applyPolicy());
onScheduleEdge(reapply);
onStorageChanged((keys, area) => {
  if (area === 'managed' || (area === 'local' && keys.includes(LOCAL_POLICY_KEY))) reapply();
});
onAlarm((name) => {
  // The profile in force depends on the clock (lesson end): rebuild it, then the rules.
  if (name === LESSON_END_ALARM) reapply();
});

// Every wake-up of the worker re-checks the rules: cheap, idempotent, and it heals any drift.
void applyPolicy();
startMonitoring();
