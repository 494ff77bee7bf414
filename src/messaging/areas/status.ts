/** Protection status and the recent log, for the popup and the console. */
import { z } from 'zod';
import type { KidShieldEvent } from '../../core/events.ts';
import type { TierId, UrlCategory } from '../../core/taxonomy.ts';
import type { MessageDefinition } from './define.ts';

export const STATUS_MESSAGES = {
  'status/get': {
    target: 'background',
    senders: ['extension-page'],
    payload: z.object({}),
  },
  'events/recent': {
    target: 'background',
    senders: ['extension-page'],
    payload: z.object({ limit: z.number().int().min(1).max(1000) }),
  },
} as const satisfies Record<string, MessageDefinition>;

export interface ProtectionStatus {
  profileId: string;
  profileName: string;
  tier: TierId;
  /** Static rulesets the profile asks for that the browser did not enable. */
  missingRulesets: UrlCategory[];
  lessonActive: boolean;
  safeSearch: boolean;
  managed: boolean;
  locked: boolean;
}

export interface StatusReplies {
  'status/get': ProtectionStatus;
  'events/recent': KidShieldEvent[];
}
