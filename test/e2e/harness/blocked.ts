/** Where a blocked navigation lands, and checks that a page really came from the local server. */
import type { Page } from 'puppeteer-core';
import { CHROME_EXTENSION_ID } from '../../../src/core/extension-identity.ts';

/** `blocked.html?c=<reason>&u=<original URL>`, exactly as the redirect rules write it. */
export function blockedUrl(reason: string, original: string): string {
  return `chrome-extension://${CHROME_EXTENSION_ID}/blocked.html?c=${reason}&u=${original}`;
}

/** The title the local server gives its default page for `host`. */
export async function servedTitle(page: Page): Promise<string> {
  return page.title();
}
