/** What the blocked page asks the background when its address does not carry the original URL. */
import { z } from 'zod';
import type { MessageDefinition } from './define.ts';

export const BLOCKED_MESSAGES = {
  /** Firefox: the address this tab tried to open before the redirect to the blocked page. */
  'blocked/original-url': {
    target: 'background',
    senders: ['extension-page'],
    payload: z.object({}),
  },
} as const satisfies Record<string, MessageDefinition>;

export interface BlockedReplies {
  'blocked/original-url': { url?: string };
}
