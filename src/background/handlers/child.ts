/** Handlers for the child-facing pages: record blocks, requests and help visits; give context. */
import type { Handlers } from '../../messaging/router.ts';
import { recordRequest } from '../access-grants.ts';
import { logEvent } from '../event-log.ts';
import { currentState } from '../state.ts';

export function childHandlers(): Handlers {
  return {
    'block/record': async ({ category, url }) => {
      const { profile } = await currentState();
      await logEvent({
        kind: 'block',
        profileId: profile.id,
        category,
        action: 'block',
        ...(url ? { rawUrl: url } : {}),
      });
      return { recorded: true };
    },
    'access/request': async ({ category, url, reason }) => {
      const { profile } = await currentState();
      const requestId = await recordRequest({
        profileId: profile.id,
        category,
        ...(url ? { url } : {}),
        ...(reason ? { reason } : {}),
      });
      return { requestId };
    },
    'help/visit': async ({ from, url }) => {
      const { profile } = await currentState();
      await logEvent({
        kind: 'help',
        profileId: profile.id,
        ...(from ? { category: from } : {}),
        ...(url ? { rawUrl: url } : {}),
        alert: from === 'self_harm',
      });
      return { recorded: true };
    },
    'child/context': async () => {
      const { profile } = await currentState();
      return { tier: profile.tier, profileName: profile.name, contacts: profile.contacts };
    },
  };
}
