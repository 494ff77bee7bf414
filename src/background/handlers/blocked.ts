/** Handlers for the blocked page: the original address, where the redirect could not carry it. */
import type { Handlers } from '../../messaging/router.ts';
import { lastNavigation } from '../navigation-memory.ts';

export function blockedHandlers(): Handlers {
  return {
    'blocked/original-url': async (_payload, { tabId, sender }) => {
      // Only the blocked page, in a tab, gets the address that tab was opening.
      const page = sender.url ? new URL(sender.url).pathname : '';
      if (tabId === undefined || page !== '/blocked.html') return {};
      const url = await lastNavigation(tabId);
      return url ? { url } : {};
    },
  };
}
