/** Where a blocked navigation lands: the blocked page's address as the redirect rules write it. */
import { CHROME_EXTENSION_ID } from '../../../src/core/extension-identity.ts';

/** `blocked.html?c=<reason>&u=<original URL>`, exactly as the redirect rules write it. */
export function blockedUrl(reason: string, original: string): string {
  return `chrome-extension://${CHROME_EXTENSION_ID}/blocked.html?c=${reason}&u=${original}`;
}

/** True when `landed` is the blocked page for `reason` (whatever `u` says). */
export function isBlockedPage(landed: string, reason: string): boolean {
  return landed.startsWith(`chrome-extension://${CHROME_EXTENSION_ID}/blocked.html?c=${reason}&u=`);
}
