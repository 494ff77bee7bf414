/** The background's message handlers: plain async functions of checked input. */
import type { Handlers } from '../messaging/router.ts';
import type { Send } from '../messaging/client.ts';
import { database } from '../db/database.ts';
import { recentEvents } from '../db/events-repository.ts';
import { isLessonActive } from '../core/policy/resolve.ts';
import { classifyPage } from './classify-pipeline.ts';
import { logEvent } from './event-log.ts';
import { findMissingRulesets } from './reconcile.ts';
import { currentState } from './state.ts';

export function backgroundHandlers(send: Send): Handlers {
  return {
    'classify/page': async (payload, { sender }) => {
      const { profile } = await currentState();
      // The page's own address comes from the browser, never from what the page says.
      return classifyPage(send, profile, { ...payload, url: sender.url ?? payload.url });
    },
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
      const requestId = await logEvent({
        kind: 'request',
        profileId: profile.id,
        category,
        ...(url ? { rawUrl: url } : {}),
        ...(reason ? { excerpt: reason } : {}),
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
    'status/get': async () => {
      const { profile, policy, managedKeys } = await currentState();
      return {
        profileId: profile.id,
        profileName: profile.name,
        tier: profile.tier,
        missingRulesets: await findMissingRulesets(profile),
        lessonActive: isLessonActive(policy, new Date()),
        safeSearch: profile.safeSearch,
        managed: managedKeys.length > 0,
        locked: policy.locked === true,
      };
    },
    'events/recent': async ({ limit }) => recentEvents(database(), limit),
  };
}
