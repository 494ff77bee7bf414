/**
 * Page text to the classifier: content script -> background -> offscreen document; and the
 * offscreen document telling the background its worker is idle (so it may be closed).
 */
import { z } from 'zod';
import type { ClassificationResult, PageVerdict } from '../../core/classification.ts';
import { textField, urlField } from './define.ts';
import type { MessageDefinition } from './define.ts';

export const PAGE_MESSAGES = {
  'classify/page': {
    target: 'background',
    senders: ['content'],
    payload: z.object({
      url: urlField,
      title: z.string().max(1000).optional(),
      text: textField,
      kind: z.enum(['page', 'query']),
    }),
  },
  'classify/text': {
    target: 'offscreen',
    senders: ['background'],
    payload: z.object({ text: textField, kind: z.enum(['page', 'query']) }),
  },
  'classifier/idle': {
    target: 'background',
    senders: ['offscreen'],
    payload: z.object({}).strict(),
  },
} as const satisfies Record<string, MessageDefinition>;

export interface PageReplies {
  'classify/page': PageVerdict;
  'classify/text': ClassificationResult;
  /** Whether the offscreen document was closed (not when a page is being read meanwhile). */
  'classifier/idle': { closed: boolean };
}
