/**
 * Every message the extension's contexts exchange: kind (`area/verb`), where it goes, who may send
 * it, and the schema its payload must pass before any handler runs. Each area lists its own
 * messages in `areas/`; this file joins them.
 */
import { z } from 'zod';
import { BLOCKED_MESSAGES } from './areas/blocked.ts';
import { CHILD_MESSAGES } from './areas/child.ts';
import { MONITORING_MESSAGES } from './areas/monitoring.ts';
import { PAGE_MESSAGES } from './areas/page.ts';
import { SETTINGS_MESSAGES } from './areas/settings.ts';
import { STATUS_MESSAGES } from './areas/status.ts';

export type { MessageDefinition, SenderKind, Target } from './areas/define.ts';
export { MAX_TEXT_CHARS } from './areas/define.ts';

export const MESSAGES = {
  ...PAGE_MESSAGES,
  ...CHILD_MESSAGES,
  ...STATUS_MESSAGES,
  ...BLOCKED_MESSAGES,
  ...MONITORING_MESSAGES,
  ...SETTINGS_MESSAGES,
};

export type MessageKind = keyof typeof MESSAGES;
export type Payload<K extends MessageKind> = z.infer<(typeof MESSAGES)[K]['payload']>;

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

export const envelopeSchema = z.object({
  target: z.enum(['background', 'offscreen']),
  kind: z.string().max(64),
  payload: z.unknown(),
});
