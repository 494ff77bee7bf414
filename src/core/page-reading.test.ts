import { describe, expect, it } from 'vitest';
import { READ_AFTER_LOAD_MS, readDelayMs } from './page-reading.ts';

describe('readDelayMs', () => {
  it('waits the whole delay while the load event is still running', () => {
    expect(readDelayMs(0, 1234)).toBe(READ_AFTER_LOAD_MS);
  });
  it('waits only what is left since the load event', () => {
    expect(readDelayMs(1000, 1200)).toBe(READ_AFTER_LOAD_MS - 200);
  });
  it('does not wait when the page loaded long ago (a reader injected late)', () => {
    expect(readDelayMs(1000, 1000 + READ_AFTER_LOAD_MS + 1)).toBe(0);
    expect(readDelayMs(1000, 90_000)).toBe(0);
  });
});
