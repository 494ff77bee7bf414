/**
 * Every message the extension's contexts exchange: kind (`area/verb`), where it goes, who may send
 * it, and the schema its payload must pass before any handler runs.
 */
import { z } from 'zod';
import { BLOCK_REASONS } from '../core/block-reason.ts';
import { TEXT_CATEGORIES } from '../core/taxonomy.ts';

export type Target = 'background' | 'offscreen';
export type SenderKind = 'content' | 'extension-page' | 'offscreen' | 'background';

/** 256 KiB of text per message: the content script sends bigger pages in several chunks. */
export const MAX_TEXT_CHARS = 256 * 1024;

const url = z.string().max(8192);
const text = z.string().max(MAX_TEXT_CHARS);

export const MESSAGES = {
  'classify/page': {
    target: 'background',
    senders: ['content'],
    payload: z.object({
      url,
      title: z.string().max(1000).optional(),
      text,
      kind: z.enum(['page', 'query']),
    }),
  },
  'classify/text': {
    target: 'offscreen',
    senders: ['background'],
    payload: z.object({ text, kind: z.enum(['page', 'query']) }),
  },
  'block/record': {
    target: 'background',
    senders: ['extension-page'],
    payload: z.object({ category: z.enum(BLOCK_REASONS), url: url.optional() }),
  },
  'child/context': {
    target: 'background',
    senders: ['extension-page'],
    payload: z.object({}),
  },
  'help/visit': {
    target: 'background',
    senders: ['extension-page'],
    payload: z.object({ from: z.enum(BLOCK_REASONS).optional(), url: url.optional() }),
  },
  'access/request': {
    target: 'background',
    senders: ['extension-page'],
    payload: z.object({
      category: z.enum(BLOCK_REASONS),
      url: url.optional(),
      reason: z.string().max(500).optional(),
    }),
  },
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
} as const satisfies Record<
  string,
  { target: Target; senders: readonly SenderKind[]; payload: z.ZodType }
>;

export type MessageKind = keyof typeof MESSAGES;
export type Payload<K extends MessageKind> = z.infer<(typeof MESSAGES)[K]['payload']>;

export interface Envelope<K extends MessageKind = MessageKind> {
  target: Target;
  kind: K;
  payload: Payload<K>;
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

export const envelopeSchema = z.object({
  target: z.enum(['background', 'offscreen']),
  kind: z.string().max(64),
  payload: z.unknown(),
});

export { TEXT_CATEGORIES };
