/** Host access: Firefox lets the user withdraw MV3 host permissions at any time. */
import { browser } from './browser.ts';

const ALL_WEB = ['http://*/*', 'https://*/*'];

/** True when the extension may act on every http(s) site (redirects, headers, content script). */
export async function hasHostAccess(): Promise<boolean> {
  return browser.permissions.contains({ origins: ALL_WEB }).catch(() => false);
}

/** Calls `listener` whenever permissions are granted or withdrawn. */
export function onPermissionsChanged(listener: () => void): void {
  browser.permissions.onAdded.addListener(() => listener());
  browser.permissions.onRemoved.addListener(() => listener());
}
