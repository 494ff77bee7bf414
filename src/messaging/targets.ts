/**
 * Where each message goes, without the schemas: senders (the content script above all, which
 * runs in every page) need only this, not the validation library the receivers use.
 */
import type { MessageKind, Target } from './protocol.ts';

/** Kinds the offscreen document answers; every other kind goes to the background. */
const OFFSCREEN_KINDS: readonly MessageKind[] = ['classify/text'];

export function targetOf(kind: MessageKind): Target {
  return OFFSCREEN_KINDS.includes(kind) ? 'offscreen' : 'background';
}
