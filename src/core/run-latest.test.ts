import { describe, expect, it } from 'vitest';
import { runLatest } from './run-latest.ts';

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 1));

describe('runLatest', () => {
  it('never runs two tasks at once, and runs once more after calls made during a run', async () => {
    let active = 0;
    let maxActive = 0;
    const seen: number[] = [];
    let version = 0;
    const run = runLatest(
      async () => {
        active++;
        maxActive = Math.max(maxActive, active);
        const read = version;
        await tick();
        seen.push(read);
        active--;
      },
      () => undefined,
    );
    const first = run();
    version = 1;
    void run();
    version = 2;
    const last = run();
    await Promise.all([first, last]);
    expect(maxActive).toBe(1);
    // The first run read 0; the calls made meanwhile collapse into one rerun that reads 2.
    expect(seen).toEqual([0, 2]);
  });

  it('the last state always wins: the final run starts after the last call', async () => {
    const order: string[] = [];
    let value = 'old';
    let applied = '';
    const run = runLatest(
      async () => {
        const read = value;
        await tick();
        await tick();
        applied = read;
        order.push(read);
      },
      () => undefined,
    );
    void run();
    await tick();
    value = 'new';
    await run();
    expect(applied).toBe('new');
    expect(order).toEqual(['old', 'new']);
  });

  it('reports a failed run and keeps going', async () => {
    const errors: unknown[] = [];
    let calls = 0;
    const run = runLatest(
      async () => {
        calls++;
        if (calls === 1) throw new Error('boom');
      },
      (e) => errors.push(e),
    );
    await run();
    await run();
    expect(calls).toBe(2);
    expect(errors).toHaveLength(1);
  });
});
