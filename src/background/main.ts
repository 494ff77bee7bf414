/**
 * Background: the service worker on Chromium, the event page on Firefox. Owns policy -> DNR
 * reconciliation, the message router, the event log writes and the classifier pipeline.
 */
import { createClient } from '../messaging/client.ts';
import { createRouter } from '../messaging/router.ts';
import { extensionOrigin } from '../platform/browser.ts';
import {
  extensionId,
  onInstalled,
  onRuntimeMessage,
  onStartup,
  sendRuntimeMessage,
} from '../platform/runtime.ts';
import { onStorageChanged } from '../platform/storage.ts';
import { openTab } from '../platform/tabs.ts';
import { extensionUrl } from '../platform/browser.ts';
import { backgroundHandlers } from './handlers.ts';
import { reconcile } from './reconcile.ts';
import { LOCAL_POLICY_KEY } from './settings.ts';
import { currentState, invalidateState, onLatePolicy } from './state.ts';

const send = createClient(sendRuntimeMessage);

onRuntimeMessage(
  createRouter('background', backgroundHandlers(send), {
    id: extensionId(),
    origin: extensionOrigin(),
  }),
);

async function applyPolicy(): Promise<void> {
  const { policy } = await currentState();
  await reconcile(policy);
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
onStorageChanged((keys, area) => {
  if (area === 'managed' || (area === 'local' && keys.includes(LOCAL_POLICY_KEY))) {
    invalidateState();
    void applyPolicy();
  }
});

// Every wake-up of the worker re-checks the rules: cheap, idempotent, and it heals any drift.
void applyPolicy();
