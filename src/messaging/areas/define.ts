/** Shared pieces of message definitions: routes, and field schemas every area reuses. */
import { z } from 'zod';

export type Target = 'background' | 'offscreen';
export type SenderKind = 'content' | 'extension-page' | 'offscreen' | 'background';

export interface MessageDefinition {
  target: Target;
  senders: readonly SenderKind[];
  payload: z.ZodType;
}

/** 256 KiB of text per message: the content script sends bigger pages in several chunks. */
export const MAX_TEXT_CHARS = 256 * 1024;

export const urlField = z.string().max(8192);
export const textField = z.string().max(MAX_TEXT_CHARS);
