/**
 * Is an adult at the keyboard? The PIN guard decides: no PIN set at all (the pages then ask the
 * adult to confirm), an unlocked console session, or the right PIN given with the action itself.
 */
import { pinStatus, requireAdult as requirePin } from './pin-guard.ts';

export interface AdultState {
  pinSet: boolean;
  unlocked: boolean;
  /** True when an adult action may go ahead now, without a PIN. */
  allowed: boolean;
}

export async function adultState(): Promise<AdultState> {
  const status = await pinStatus();
  return { pinSet: status.pinSet, unlocked: status.unlocked, allowed: status.unlocked };
}

/** Lets an adult action through, or throws `adult-locked: <why>` (`pin-required`, `pin-wrong`, `pin-wait:<ms>`). */
export async function requireAdult(pin?: string): Promise<void> {
  try {
    await requirePin(pin);
  } catch (error) {
    throw new Error(`adult-locked: ${error instanceof Error ? error.message : String(error)}`);
  }
}
