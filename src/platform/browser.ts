/** The one import of the WebExtension API: webextension-polyfill's promise-based `browser`. */
import browser from 'webextension-polyfill';

export { browser };
export type { Runtime, Tabs, Storage } from 'webextension-polyfill';

/** True when running in Firefox (moz-extension origin), where some Chromium APIs are missing. */
export function isFirefox(): boolean {
  return browser.runtime.getURL('/').startsWith('moz-extension:');
}

export function extensionUrl(path: string): string {
  return browser.runtime.getURL(path);
}

/** `chrome-extension://<id>` or `moz-extension://<uuid>`, without a trailing slash. */
export function extensionOrigin(): string {
  return browser.runtime.getURL('/').replace(/\/$/, '');
}

export function extensionVersion(): string {
  return browser.runtime.getManifest().version;
}
