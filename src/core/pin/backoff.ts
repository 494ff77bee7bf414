/**
 * Back-off after wrong PINs: five tries are free, then each wrong try locks the PIN for 30 s,
 * doubling, at most one hour. The state is plain data so the background can persist it and a
 * restart of the browser or the service worker changes nothing.
 */

export const FREE_TRIES = 5;
export const FIRST_DELAY_MS = 30_000;
export const MAX_DELAY_MS = 60 * 60_000;

export interface LockoutState {
  /** Wrong tries since the last right one. */
  failures: number;
  /** Epoch ms before which no PIN is checked; 0 when not locked. */
  lockedUntil: number;
}

export const NO_LOCKOUT: LockoutState = { failures: 0, lockedUntil: 0 };

/** How long the PIN stays locked after the `failures`-th wrong try in a row. */
export function backoffDelayMs(failures: number): number {
  if (failures < FREE_TRIES) return 0;
  const doublings = failures - FREE_TRIES;
  if (doublings >= 20) return MAX_DELAY_MS;
  return Math.min(FIRST_DELAY_MS * 2 ** doublings, MAX_DELAY_MS);
}

export function afterFailure(state: LockoutState, now: number): LockoutState {
  const failures = state.failures + 1;
  const delay = backoffDelayMs(failures);
  return { failures, lockedUntil: delay > 0 ? now + delay : 0 };
}

/** Milliseconds still to wait before a PIN may be tried; 0 when it may be tried now. */
export function remainingLockMs(state: LockoutState, now: number): number {
  // A clock set back must not lock the adult out for longer than the longest delay.
  return Math.min(Math.max(0, state.lockedUntil - now), MAX_DELAY_MS);
}

/** Reads stored state defensively: anything malformed counts as no history. */
export function readLockout(value: unknown): LockoutState {
  if (typeof value !== 'object' || value === null) return NO_LOCKOUT;
  const { failures, lockedUntil } = value as Record<string, unknown>;
  return {
    failures: typeof failures === 'number' && failures >= 0 ? Math.floor(failures) : 0,
    lockedUntil: typeof lockedUntil === 'number' && lockedUntil > 0 ? lockedUntil : 0,
  };
}
