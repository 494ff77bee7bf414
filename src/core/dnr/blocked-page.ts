/** Redirect targets to the blocked page (`blocked.html?c=<reason>&u=<url>`) for each browser. */
import { BLOCKED_PAGE_PATH, CHROME_EXTENSION_ID } from '../extension-identity.ts';
import type { BlockReason } from '../block-reason.ts';
import type { Browser, RuleAction } from './types.ts';

/** The regexFilter that captures a whole request URL as `\0` for the Chrome redirect. */
export const WHOLE_URL_REGEX = '^.+$';

/**
 * The redirect action of a blocked main_frame. Chrome: regexSubstitution (needs
 * {@link WHOLE_URL_REGEX} as the rule's regexFilter) carrying the original URL, unencoded, as
 * the last parameter `u`; Firefox: extensionPath without the URL.
 */
export function blockedPageRedirect(
  browser: Browser,
  reason: BlockReason,
  extensionOrigin = `chrome-extension://${CHROME_EXTENSION_ID}`,
): RuleAction {
  if (browser === 'firefox') {
    return { type: 'redirect', redirect: { extensionPath: `${BLOCKED_PAGE_PATH}?c=${reason}` } };
  }
  return {
    type: 'redirect',
    redirect: { regexSubstitution: `${extensionOrigin}${BLOCKED_PAGE_PATH}?c=${reason}&u=\\0` },
  };
}
