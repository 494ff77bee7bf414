/**
 * Offscreen document (Chromium only): hosts the classifier Web Worker, which a service worker
 * cannot start, and answers `classify/text` from the background. When the worker has been idle
 * for a while it is stopped and the background is told, so it can close this document too.
 */
import { CLASSIFIER_IDLE_MS } from '../classifier/idle.ts';
import { ClassifierWorkerClient } from '../classifier/worker-client.ts';
import { createClient } from '../messaging/client.ts';
import { createRouter } from '../messaging/router.ts';
import { extensionOrigin } from '../platform/browser.ts';
import { extensionId, onRuntimeMessage, sendRuntimeMessage } from '../platform/runtime.ts';

const send = createClient(sendRuntimeMessage);

const worker = new ClassifierWorkerClient(undefined, undefined, {
  idleMs: CLASSIFIER_IDLE_MS,
  onIdle: () => {
    // The background may close this document before its answer arrives: nothing to do then.
    send('classifier/idle', {}).catch(() => undefined);
  },
});

onRuntimeMessage(
  createRouter(
    'offscreen',
    { 'classify/text': async ({ text, kind }) => worker.classify(text, kind) },
    { id: extensionId(), origin: extensionOrigin() },
  ),
);
