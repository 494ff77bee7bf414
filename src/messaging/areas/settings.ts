/**
 * The adults' side: PIN, settings read/write, import/export, profile switch and lesson mode.
 * Only extension pages (console, popup, onboarding) may send these; the background decides
 * whether the PIN is unlocked from its own session state, never from what a page says.
 */
import { z } from 'zod';
import type { PolicyIssue } from '../../core/policy/parse.ts';
import type { Policy, PolicyKey } from '../../core/policy/schema.ts';
import { POLICY_KEYS } from '../../core/policy/schema.ts';
import type { MessageDefinition } from './define.ts';

const pinField = z.string().min(1).max(64);
const adultPage = ['extension-page'] as const;
const policyKey = z.enum(POLICY_KEYS as [PolicyKey, ...PolicyKey[]]);

export const SETTINGS_MESSAGES = {
  'pin/status': { target: 'background', senders: adultPage, payload: z.object({}) },
  'pin/unlock': { target: 'background', senders: adultPage, payload: z.object({ pin: pinField }) },
  'pin/lock': { target: 'background', senders: adultPage, payload: z.object({}) },
  'pin/set': {
    target: 'background',
    senders: adultPage,
    payload: z.object({ pin: pinField, current: pinField.optional() }),
  },
  'settings/get': { target: 'background', senders: adultPage, payload: z.object({}) },
  'settings/update': {
    target: 'background',
    senders: adultPage,
    payload: z.object({
      set: z.record(z.string().max(64), z.unknown()),
      remove: z.array(policyKey).max(POLICY_KEYS.length).optional(),
    }),
  },
  'settings/import': {
    target: 'background',
    senders: adultPage,
    payload: z.object({ text: z.string().max(8 * 1024 * 1024) }),
  },
  'settings/export': { target: 'background', senders: adultPage, payload: z.object({}) },
  'profile/switch': {
    target: 'background',
    senders: adultPage,
    payload: z.object({ profileId: z.string().min(1).max(64), pin: pinField.optional() }),
  },
  'lesson/start': {
    target: 'background',
    senders: adultPage,
    payload: z.object({
      pin: pinField.optional(),
      allow: z.array(z.string().max(2048)).max(1000).optional(),
      minutes: z
        .number()
        .int()
        .min(5)
        .max(24 * 60)
        .optional(),
    }),
  },
  'lesson/stop': {
    target: 'background',
    senders: adultPage,
    payload: z.object({ pin: pinField.optional() }),
  },
  'onboarding/finish': {
    target: 'background',
    senders: adultPage,
    payload: z.object({
      role: z.enum(['parent', 'school']),
      pin: pinField,
      settings: z.record(z.string().max(64), z.unknown()),
      consent: z.object({ adult: z.literal(true), child: z.enum(['yes', 'under7']) }),
    }),
  },
} as const satisfies Record<string, MessageDefinition>;

export interface PinStatus {
  /** A PIN exists (local or from the school's policy). */
  pinSet: boolean;
  /** The PIN comes from managed policy: it cannot be changed here. */
  managedPin: boolean;
  unlocked: boolean;
  /** Ms until the next PIN may be tried after too many wrong ones; 0 when it may. */
  retryAfterMs: number;
  failures: number;
}

export interface UnlockResult {
  unlocked: boolean;
  retryAfterMs: number;
  failures: number;
}

/** A saved lesson: the sites a teacher uses, so starting the lesson is one click. */
export interface LessonPlan {
  allow: string[];
  minutes: number;
}

export interface SettingsView {
  /** What is in force: local settings with the school's policy over them (no PIN hash). */
  effective: Policy;
  /** The console's own settings (no PIN hash). */
  local: Policy;
  managedKeys: PolicyKey[];
  /** `locked: true` from any source: the console is read-only. */
  locked: boolean;
  pin: PinStatus;
  lessonPlan: LessonPlan;
  lessonActive: boolean;
  onboarded: boolean;
  issues: PolicyIssue[];
}

export interface SaveResult {
  saved: boolean;
  errors: PolicyIssue[];
  warnings: PolicyIssue[];
}

export interface SettingsReplies {
  'pin/status': PinStatus;
  'pin/unlock': UnlockResult;
  'pin/lock': { locked: boolean };
  'pin/set': { saved: boolean };
  'settings/get': SettingsView;
  'settings/update': SaveResult;
  'settings/import': SaveResult;
  'settings/export': { json: string };
  'profile/switch': { profileId: string };
  'lesson/start': { until: string };
  'lesson/stop': { stopped: boolean };
  'onboarding/finish': SaveResult;
}
