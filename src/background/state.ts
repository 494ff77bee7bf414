/** The background's view of the policy and profile in force, reloaded whenever settings change. */
import { resolveProfile } from '../core/policy/resolve.ts';
import { t } from '../platform/i18n.ts';
import type { EffectiveProfile } from '../core/policy/resolve.ts';
import { loadPolicyState } from './settings.ts';
import type { PolicyState } from './settings.ts';

export interface CurrentState extends PolicyState {
  profile: EffectiveProfile;
}

let current: Promise<CurrentState> | undefined;

const lateListeners: (() => void)[] = [];

/** Called when a policy that was not readable at start-up arrives and the state is rebuilt. */
export function onLatePolicy(listener: () => void): void {
  lateListeners.push(listener);
}

export function currentState(): Promise<CurrentState> {
  if (!current) {
    const loading = loadPolicyState().then((state) => {
      void state.managedLater?.then(() => {
        if (current === loading) current = undefined;
        for (const listener of lateListeners) listener();
      });
      return {
        ...state,
        profile: resolveProfile(state.policy, new Date(), t('profileDefaultName')),
      };
    });
    current = loading;
  }
  return current;
}

export function invalidateState(): void {
  current = undefined;
}
