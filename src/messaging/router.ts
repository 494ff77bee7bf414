/**
 * One router per receiving context: it drops messages meant for another target, then checks the
 * envelope, the sender and the payload schema before the handler runs.
 */
import { envelopeSchema, MESSAGES } from './protocol.ts';
import type { MessageKind, Payload, Reply, Target } from './protocol.ts';
import type { Replies } from './replies.ts';
import { senderKind } from './sender.ts';
import type { OwnIdentity, SenderRecord } from './sender.ts';

export interface HandlerContext {
  sender: SenderRecord;
  tabId?: number;
}

export type Handlers = {
  [K in MessageKind]?: (payload: Payload<K>, context: HandlerContext) => Promise<Replies[K]>;
};

function isKind(kind: string): kind is MessageKind {
  return Object.hasOwn(MESSAGES, kind);
}

function isAddressedTo(message: unknown, target: Target): boolean {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { target?: unknown }).target === target
  );
}

/** Returns the listener for runtime.onMessage; `undefined` means "not mine, stay silent". */
export function createRouter(target: Target, handlers: Handlers, self: OwnIdentity) {
  return (message: unknown, sender: SenderRecord): Promise<Reply<unknown>> | undefined => {
    // Every extension context hears every runtime message (a page's text reaches the offscreen
    // document too): drop what is addressed elsewhere before any parsing.
    if (!isAddressedTo(message, target)) return undefined;
    const envelope = envelopeSchema.safeParse(message);
    if (!envelope.success) return undefined;
    const { kind, payload } = envelope.data;
    if (!isKind(kind)) return Promise.resolve({ ok: false, error: `unknown message kind ${kind}` });
    const route = MESSAGES[kind];
    const from = senderKind(sender, self);
    if (!from || !(route.senders as readonly string[]).includes(from)) {
      return Promise.resolve({ ok: false, error: `${kind}: sender not allowed` });
    }
    const parsed = route.payload.safeParse(payload);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return Promise.resolve({
        ok: false,
        error: `${kind}: invalid payload at ${issue?.path.join('.') || '(root)'}: ${issue?.message}`,
      });
    }
    const handler = handlers[kind] as
      | ((p: unknown, c: HandlerContext) => Promise<unknown>)
      | undefined;
    if (!handler) return Promise.resolve({ ok: false, error: `${kind}: no handler here` });
    const tab = sender.tab as { id?: number } | undefined;
    const context: HandlerContext = tab?.id === undefined ? { sender } : { sender, tabId: tab.id };
    return handler(parsed.data, context).then(
      (value): Reply<unknown> => ({ ok: true, value }),
      (error: unknown): Reply<unknown> => ({
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      }),
    );
  };
}
