/**
 * Chromium's offscreen document, where the classifier worker lives (a service worker cannot start
 * a Worker). Firefox has no offscreen API: there the background page starts the worker itself.
 */
const OFFSCREEN_PATH = 'offscreen.html';

export function hasOffscreenApi(): boolean {
  return typeof chrome !== 'undefined' && typeof chrome.offscreen?.createDocument === 'function';
}

let creating: Promise<void> | undefined;
let closing: Promise<void> | undefined;

export async function ensureOffscreenDocument(): Promise<void> {
  if (closing) await closing;
  const url = chrome.runtime.getURL(OFFSCREEN_PATH);
  const contexts = await chrome.runtime.getContexts({
    contextTypes: [chrome.runtime.ContextType.OFFSCREEN_DOCUMENT],
    documentUrls: [url],
  });
  if (contexts.length > 0) return;
  creating ??= chrome.offscreen
    .createDocument({
      url: OFFSCREEN_PATH,
      reasons: [chrome.offscreen.Reason.WORKERS],
      justification: 'Runs the on-device text classifier in a Web Worker.',
    })
    .finally(() => {
      creating = undefined;
    });
  await creating;
}

/** Closes the offscreen document (and with it the classifier worker), if one is open. */
export async function closeOffscreenDocument(): Promise<void> {
  if (creating) await creating.catch(() => undefined);
  closing ??= chrome.offscreen
    .closeDocument()
    .catch(() => undefined) // none was open
    .finally(() => {
      closing = undefined;
    });
  await closing;
}
