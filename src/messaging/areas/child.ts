/** What the child-facing pages (blocked page, help page) ask the background. */
import { z } from 'zod';
import { BLOCK_REASONS } from '../../core/block-reason.ts';
import type { Contact } from '../../core/policy/schema.ts';
import type { TierId } from '../../core/taxonomy.ts';
import { urlField } from './define.ts';
import type { MessageDefinition } from './define.ts';

export const CHILD_MESSAGES = {
  'block/record': {
    target: 'background',
    senders: ['extension-page'],
    payload: z.object({ category: z.enum(BLOCK_REASONS), url: urlField.optional() }),
  },
  'access/request': {
    target: 'background',
    senders: ['extension-page'],
    payload: z.object({
      category: z.enum(BLOCK_REASONS),
      url: urlField.optional(),
      reason: z.string().max(500).optional(),
    }),
  },
  'child/context': {
    target: 'background',
    senders: ['extension-page'],
    payload: z.object({}),
  },
  'help/visit': {
    target: 'background',
    senders: ['extension-page'],
    payload: z.object({ from: z.enum(BLOCK_REASONS).optional(), url: urlField.optional() }),
  },
} as const satisfies Record<string, MessageDefinition>;

export interface ChildContext {
  tier: TierId;
  profileName: string;
  contacts: Contact[];
}

export interface ChildReplies {
  'block/record': { recorded: boolean };
  'access/request': { requestId: number };
  'child/context': ChildContext;
  'help/visit': { recorded: boolean };
}
