/**
 * The PIN in the background: checks a PIN against the hash in force (the school's managed one
 * wins), keeps the lock-out after wrong tries in `storage.local` (it survives browser and
 * service-worker restarts) and the unlock in `storage.session` (short, sliding, gone when the
 * browser closes). Pages only ever learn "unlocked or not".
 */
import { afterFailure, NO_LOCKOUT, readLockout, remainingLockMs } from '../core/pin/backoff.ts';
import type { LockoutState } from '../core/pin/backoff.ts';
import { verifyPin } from '../core/pin/hash.ts';
import type { PinStatus, UnlockResult } from '../messaging/areas/settings.ts';
import {
  readLocal,
  readSession,
  removeSession,
  writeLocal,
  writeSession,
} from '../platform/storage.ts';
import { currentState } from './state.ts';

const LOCKOUT_KEY = 'pinLockout';
const SESSION_KEY = 'pinSession';
/** An unlock lasts 10 minutes after the last thing the adult did. */
export const UNLOCK_MS = 10 * 60_000;

interface UnlockSession {
  expiresAt: number;
  /** The end of the hash it was opened with: a new PIN (e.g. from the school) ends it. */
  hashTag: string;
}

export class PinError extends Error {
  override name = 'PinError';
}

const tagOf = (hash: string) => hash.slice(-16);

async function pinInForce(): Promise<{ hash: string | undefined; managed: boolean }> {
  const { policy, managedKeys } = await currentState();
  return { hash: policy.pinHash, managed: managedKeys.includes('pinHash') };
}

async function lockout(): Promise<LockoutState> {
  return readLockout(await readLocal<unknown>(LOCKOUT_KEY));
}

async function sessionOpen(hash: string, now: number): Promise<boolean> {
  const session = await readSession<UnlockSession>(SESSION_KEY);
  return !!session && session.hashTag === tagOf(hash) && session.expiresAt > now;
}

/** Opens (or extends) the unlock session for the PIN in force. */
export async function openSession(hash: string, now = Date.now()): Promise<void> {
  await writeSession({ [SESSION_KEY]: { expiresAt: now + UNLOCK_MS, hashTag: tagOf(hash) } });
}

export async function closeSession(): Promise<void> {
  await removeSession([SESSION_KEY]);
}

export async function pinStatus(now = Date.now()): Promise<PinStatus> {
  const { hash, managed } = await pinInForce();
  const state = await lockout();
  return {
    pinSet: hash !== undefined,
    managedPin: managed,
    unlocked: hash === undefined || (await sessionOpen(hash, now)),
    retryAfterMs: remainingLockMs(state, now),
    failures: state.failures,
  };
}

// One PIN check at a time, so parallel guesses cannot share one lock-out count.
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/** Checks a PIN under the back-off; a right one opens the session. */
export function tryPin(pin: string): Promise<UnlockResult> {
  return serial(async () => {
    const { hash } = await pinInForce();
    if (hash === undefined) return { unlocked: true, retryAfterMs: 0, failures: 0 };
    const state = await lockout();
    const wait = remainingLockMs(state, Date.now());
    if (wait > 0) return { unlocked: false, retryAfterMs: wait, failures: state.failures };
    if (await verifyPin(pin, hash)) {
      await writeLocal({ [LOCKOUT_KEY]: NO_LOCKOUT });
      await openSession(hash);
      return { unlocked: true, retryAfterMs: 0, failures: 0 };
    }
    const next = afterFailure(state, Date.now());
    await writeLocal({ [LOCKOUT_KEY]: next });
    return {
      unlocked: false,
      retryAfterMs: remainingLockMs(next, Date.now()),
      failures: next.failures,
    };
  });
}

/**
 * Lets a change through only for an adult: no PIN exists yet, the session is unlocked (and is
 * extended), or `pin` is right. Throws `pin-required`, `pin-wrong` or `pin-wait:<ms>` otherwise.
 */
export async function requireAdult(pin?: string): Promise<void> {
  const { hash } = await pinInForce();
  if (hash === undefined) return;
  if (await sessionOpen(hash, Date.now())) {
    await openSession(hash);
    return;
  }
  if (pin === undefined) throw new PinError('pin-required');
  const result = await tryPin(pin);
  if (result.unlocked) return;
  throw new PinError(result.retryAfterMs > 0 ? `pin-wait:${result.retryAfterMs}` : 'pin-wrong');
}
