import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  afterFailure,
  backoffDelayMs,
  MAX_DELAY_MS,
  NO_LOCKOUT,
  readLockout,
  remainingLockMs,
} from './backoff.ts';

describe('PIN back-off', () => {
  it('lets five wrong tries through, then waits 30 s, doubling, at most an hour', () => {
    expect([1, 2, 3, 4].map(backoffDelayMs)).toEqual([0, 0, 0, 0]);
    expect(backoffDelayMs(5)).toBe(30_000);
    expect(backoffDelayMs(6)).toBe(60_000);
    expect(backoffDelayMs(7)).toBe(120_000);
    expect(backoffDelayMs(12)).toBe(MAX_DELAY_MS);
    expect(backoffDelayMs(10_000)).toBe(MAX_DELAY_MS);
  });

  it('never shortens as failures grow', () => {
    fc.assert(fc.property(fc.nat(1000), (n) => backoffDelayMs(n + 1) >= backoffDelayMs(n)));
  });

  it('locks after the fifth wrong try from the time of that try', () => {
    let state = NO_LOCKOUT;
    for (let i = 0; i < 4; i++) state = afterFailure(state, 1000);
    expect(remainingLockMs(state, 1000)).toBe(0);
    state = afterFailure(state, 1000);
    expect(state.failures).toBe(5);
    expect(remainingLockMs(state, 1000)).toBe(30_000);
    expect(remainingLockMs(state, 31_000)).toBe(0);
  });

  it('reads stored state defensively and caps a wait a clock change stretched', () => {
    expect(readLockout(undefined)).toEqual(NO_LOCKOUT);
    expect(readLockout({ failures: 'x', lockedUntil: -5 })).toEqual(NO_LOCKOUT);
    expect(remainingLockMs({ failures: 9, lockedUntil: 10 ** 15 }, 0)).toBe(MAX_DELAY_MS);
  });
});
