/**
 * Where each tab's last top-level navigation was going, from a non-blocking
 * `webRequest.onBeforeRequest` (Firefox: the static redirect to the blocked page cannot carry
 * the original URL there, see docs/BROWSERS.md). Nothing is changed or delayed: the listener
 * only reads the URL.
 */
import { browser } from './browser.ts';

/** True when the browser gives this extension webRequest (Firefox build: `webRequest` permission). */
export function canWatchNavigations(): boolean {
  return typeof browser.webRequest?.onBeforeRequest?.addListener === 'function';
}

/** Calls `listener` for every http(s) main-frame request of a tab, before it is sent. */
export function onMainFrameRequest(listener: (tabId: number, url: string) => void): void {
  browser.webRequest.onBeforeRequest.addListener(
    (details) => {
      if (details.tabId >= 0) listener(details.tabId, details.url);
      return undefined;
    },
    { urls: ['http://*/*', 'https://*/*'], types: ['main_frame'] },
  );
}

/** Calls `listener` when a tab is closed. */
export function onTabRemoved(listener: (tabId: number) => void): void {
  browser.tabs.onRemoved.addListener((tabId) => listener(tabId));
}
