/**
 * Handlers for the adults' pages: PIN, settings, import/export, profile switch, lesson mode and
 * the onboarding wizard. Every change needs an adult (pin-guard) and respects the school's
 * policy: managed keys and `locked` cannot be overridden from here.
 */
import { PIN_PATTERN, hashPin } from '../../core/pin/hash.ts';
import { parseDomainList } from '../../core/policy/domain-list.ts';
import { isLessonActive, listProfiles } from '../../core/policy/resolve.ts';
import type { Policy, PolicyKey } from '../../core/policy/schema.ts';
import type { Handlers } from '../../messaging/router.ts';
import {
  PinError,
  closeSession,
  openSession,
  pinStatus,
  requireAdult,
  tryPin,
} from '../pin-guard.ts';
import { managedPart, mergeSettings } from '../settings-rules.ts';
import {
  DEFAULT_LESSON_MINUTES,
  readLessonPlan,
  readLocalPolicy,
  readOnboarding,
  withoutKeys,
  writeLessonPlan,
  writeLocalPolicy,
  writeOnboarding,
} from '../settings-write.ts';
import { currentState } from '../state.ts';

const HIDDEN: PolicyKey[] = ['pinHash'];

/** Throws unless the console may change `keys`: not locked, none of them managed. */
async function writableState(keys: PolicyKey[] = []) {
  const state = await currentState();
  if (state.policy.locked === true) throw new Error('settings-locked');
  const managed = keys.filter((k) => state.managedKeys.includes(k));
  if (managed.length) throw new Error(`managed:${managed.join(',')}`);
  return state;
}

function checkPinFormat(pin: string): void {
  if (!PIN_PATTERN.test(pin)) throw new PinError('pin-format');
}

export function settingsHandlers(): Handlers {
  return {
    'pin/status': () => pinStatus(),
    'pin/unlock': ({ pin }) => tryPin(pin),
    'pin/lock': async () => {
      await closeSession();
      return { locked: true };
    },
    'pin/set': async ({ pin, current }) => {
      await writableState(['pinHash']);
      await requireAdult(current);
      checkPinFormat(pin);
      const hash = await hashPin(pin);
      await writeLocalPolicy({ ...(await readLocalPolicy()), pinHash: hash });
      await openSession(hash);
      return { saved: true };
    },
    'settings/get': async () => {
      const state = await currentState();
      const local = await readLocalPolicy();
      return {
        effective: withoutKeys(state.policy, HIDDEN),
        local: withoutKeys(local, HIDDEN),
        managedKeys: state.managedKeys,
        locked: state.policy.locked === true,
        pin: await pinStatus(),
        lessonPlan: await readLessonPlan(),
        lessonActive: isLessonActive(state.policy, new Date()),
        onboarded: (await readOnboarding()) !== undefined,
        issues: state.issues,
      };
    },
    'settings/update': async ({ set, remove = [] }) => {
      await requireAdult();
      const state = await writableState(remove);
      const base = withoutKeys(await readLocalPolicy(), remove);
      const merged = mergeSettings(base, set, state, { strict: true });
      if (merged.errors.length) return { saved: false, ...merged };
      await writeLocalPolicy(merged.policy);
      return { saved: true, errors: [], warnings: merged.warnings };
    },
    'settings/import': async ({ text }) => {
      await requireAdult();
      const state = await writableState();
      let input: unknown;
      try {
        input = JSON.parse(text);
      } catch (error) {
        const message = `not valid JSON: ${error instanceof Error ? error.message : String(error)}`;
        return { saved: false, errors: [{ key: '(file)', message }], warnings: [] };
      }
      // The file replaces the settings; the PIN stays unless the file carries one.
      const local = await readLocalPolicy();
      const base: Policy = local.pinHash ? { pinHash: local.pinHash } : {};
      const merged = mergeSettings(base, input, state, { strict: false, allowPinHash: true });
      if (merged.errors.length) return { saved: false, ...merged };
      await writeLocalPolicy(merged.policy);
      return { saved: true, errors: [], warnings: merged.warnings };
    },
    'settings/export': async () => {
      const { policy } = await currentState();
      return { json: `${JSON.stringify(withoutKeys(policy, ['pinHash', 'locked']), null, 2)}\n` };
    },
    'profile/switch': async ({ profileId, pin }) => {
      await requireAdult(pin);
      const state = await writableState(['activeProfile']);
      if (!listProfiles(state.policy).some((p) => p.id === profileId)) {
        throw new Error(`no profile has id "${profileId}"`);
      }
      await writeLocalPolicy({ ...(await readLocalPolicy()), activeProfile: profileId });
      return { profileId };
    },
    'lesson/start': async ({ pin, allow, minutes }) => {
      await requireAdult(pin);
      await writableState(['lesson']);
      const plan = await readLessonPlan();
      const list = parseDomainList(allow ?? plan.allow);
      const bad = list.invalid[0];
      if (bad) throw new Error(`lesson.allow: "${bad.entry}" is not a domain (${bad.reason})`);
      if (list.hosts.length === 0) throw new Error('lesson-empty');
      const length = minutes ?? plan.minutes ?? DEFAULT_LESSON_MINUTES;
      await writeLessonPlan({ allow: list.hosts, minutes: length });
      const until = new Date(Date.now() + length * 60_000).toISOString();
      await writeLocalPolicy({
        ...(await readLocalPolicy()),
        lesson: { allow: list.hosts, until },
      });
      return { until };
    },
    'lesson/stop': async ({ pin }) => {
      await requireAdult(pin);
      await writableState(['lesson']);
      await writeLocalPolicy(withoutKeys(await readLocalPolicy(), ['lesson']));
      return { stopped: true };
    },
    'onboarding/finish': async ({ role, pin, settings, consent }) => {
      const state = await currentState();
      // A second run of the wizard is a settings change like any other: it needs the PIN.
      if (state.policy.pinHash !== undefined) await requireAdult();
      await writableState();
      checkPinFormat(pin);
      const merged = mergeSettings(await readLocalPolicy(), settings, state, { strict: true });
      if (merged.errors.length) return { saved: false, ...merged };
      const pinManaged = managedPart(state).pinHash !== undefined;
      const hash = pinManaged ? undefined : await hashPin(pin);
      await writeLocalPolicy(hash ? { ...merged.policy, pinHash: hash } : merged.policy);
      await writeOnboarding({ role, consent, at: new Date().toISOString() });
      if (hash) await openSession(hash);
      return { saved: true, errors: [], warnings: merged.warnings };
    },
  };
}
