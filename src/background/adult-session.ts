/**
 * Is an adult at the keyboard? The console's PIN unlock (issue 5) writes `adultUnlockedUntil`
 * (ms since the epoch) to session storage; until then an unlock is in force. With no PIN set at
 * all, adult actions are allowed (the pages ask for a confirmation instead).
 */
import { readSession } from '../platform/storage.ts';
import { currentState } from './state.ts';

export const ADULT_UNLOCK_KEY = 'adultUnlockedUntil';

export async function isAdultUnlocked(now = Date.now()): Promise<boolean> {
  const until = await readSession<unknown>(ADULT_UNLOCK_KEY);
  return typeof until === 'number' && until > now;
}

export interface AdultState {
  pinSet: boolean;
  unlocked: boolean;
  /** True when an adult action may go ahead now. */
  allowed: boolean;
}

export async function adultState(): Promise<AdultState> {
  const { policy } = await currentState();
  const pinSet = policy.pinHash !== undefined;
  const unlocked = await isAdultUnlocked();
  return { pinSet, unlocked, allowed: !pinSet || unlocked };
}

export async function requireAdult(): Promise<void> {
  if (!(await adultState()).allowed)
    throw new Error('adult-locked: unlock the console with the PIN first');
}
