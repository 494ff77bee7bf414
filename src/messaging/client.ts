/**
 * Typed sending: the transport (runtime.sendMessage) is passed in by the calling context. Only
 * types come from protocol.ts, so senders do not bundle the schema library.
 */
import type { MessageKind, Payload, Reply } from './protocol.ts';
import { targetOf } from './targets.ts';
import type { Replies } from './replies.ts';

export type Transport = (message: unknown) => Promise<unknown>;

export class MessageError extends Error {
  override name = 'MessageError';
}

/** A background that is still starting has no listener yet: the browser says so, and we retry. */
const RETRIES = 5;
const RETRY_DELAY_MS = 200;

function isNotListeningYet(error: unknown): boolean {
  return String(error).includes('Receiving end does not exist');
}

async function deliver(transport: Transport, message: unknown): Promise<unknown> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await transport(message);
    } catch (error) {
      if (attempt >= RETRIES || !isNotListeningYet(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS * (attempt + 1)));
    }
  }
}

export function createClient(transport: Transport) {
  return async function send<K extends MessageKind>(
    kind: K,
    payload: Payload<K>,
  ): Promise<Replies[K]> {
    const reply = (await deliver(transport, { target: targetOf(kind), kind, payload })) as
      | Reply<Replies[K]>
      | undefined;
    if (!reply) throw new MessageError(`${kind}: no reply`);
    if (!reply.ok) throw new MessageError(reply.error);
    return reply.value;
  };
}

export type Send = ReturnType<typeof createClient>;
