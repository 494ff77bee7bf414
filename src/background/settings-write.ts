/**
 * Writes the console's own settings (`storage.local` key `policy`) and the small records beside
 * them (saved lesson plan, onboarding). The storage-change listener in main.ts then reconciles
 * the rules; the memoised state is dropped at once so the next read sees the write.
 */
import { parsePolicy } from '../core/policy/parse.ts';
import type { Policy, PolicyKey } from '../core/policy/schema.ts';
import type { LessonPlan } from '../messaging/areas/settings.ts';
import { readLocal, writeLocal } from '../platform/storage.ts';
import { LOCAL_POLICY_KEY } from './settings.ts';
import { invalidateState } from './state.ts';

const LESSON_PLAN_KEY = 'lessonPlan';
const ONBOARDING_KEY = 'onboarding';
export const DEFAULT_LESSON_MINUTES = 45;

export async function readLocalPolicy(): Promise<Policy> {
  return parsePolicy((await readLocal<unknown>(LOCAL_POLICY_KEY)) ?? {}).policy;
}

export async function writeLocalPolicy(policy: Policy): Promise<void> {
  await writeLocal({ [LOCAL_POLICY_KEY]: policy });
  invalidateState();
}

export function withoutKeys(policy: Policy, keys: readonly PolicyKey[]): Policy {
  return Object.fromEntries(
    Object.entries(policy).filter(([key]) => !(keys as readonly string[]).includes(key)),
  ) as Policy;
}

export async function readLessonPlan(): Promise<LessonPlan> {
  const stored = await readLocal<LessonPlan>(LESSON_PLAN_KEY);
  return stored && Array.isArray(stored.allow) && typeof stored.minutes === 'number'
    ? stored
    : { allow: [], minutes: DEFAULT_LESSON_MINUTES };
}

export async function writeLessonPlan(plan: LessonPlan): Promise<void> {
  await writeLocal({ [LESSON_PLAN_KEY]: plan });
}

export interface OnboardingRecord {
  role: 'parent' | 'school';
  consent: { adult: true; child: 'yes' | 'under7' };
  at: string;
}

export async function readOnboarding(): Promise<OnboardingRecord | undefined> {
  return readLocal<OnboardingRecord>(ONBOARDING_KEY);
}

export async function writeOnboarding(record: OnboardingRecord): Promise<void> {
  await writeLocal({ [ONBOARDING_KEY]: record });
}
