/** Handlers for the popup and console: protection status and the recent log. */
import { isLessonActive } from '../../core/policy/resolve.ts';
import { database } from '../../db/database.ts';
import { recentEvents } from '../../db/events-repository.ts';
import type { Handlers } from '../../messaging/router.ts';
import { findMissingRulesets } from '../reconcile.ts';
import { currentState } from '../state.ts';

export function statusHandlers(): Handlers {
  return {
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
