/**
 * Offscreen document (Chromium only): hosts the classifier Web Worker, which a service worker
 * cannot start, and answers `classify/text` from the background.
 */
import { ClassifierWorkerClient } from '../classifier/worker-client.ts';
import { createRouter } from '../messaging/router.ts';
import { extensionOrigin } from '../platform/browser.ts';
import { extensionId, onRuntimeMessage } from '../platform/runtime.ts';

const worker = new ClassifierWorkerClient();

onRuntimeMessage(
  createRouter(
    'offscreen',
    { 'classify/text': async ({ text, kind }) => worker.classify(text, kind) },
    { id: extensionId(), origin: extensionOrigin() },
  ),
);
