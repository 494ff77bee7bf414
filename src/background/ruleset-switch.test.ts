import { describe, expect, it } from 'vitest';
import { switchRulesets } from './ruleset-switch.ts';

/** A fake browser: a rule pool, and rulesets of a given size; a call that overflows is refused whole. */
function fakeBrowser(sizes: Record<string, number>, pool: number, enabled: string[] = []) {
  const on = new Set(enabled);
  const calls: [string[], string[]][] = [];
  const update = async (enable: string[], disable: string[]) => {
    calls.push([enable, disable]);
    const next = new Set(on);
    for (const id of disable) next.delete(id);
    for (const id of enable) next.add(id);
    const total = [...next].reduce((sum, id) => sum + (sizes[id] ?? 0), 0);
    if (total > pool) throw new Error('Internal error.');
    on.clear();
    for (const id of next) on.add(id);
  };
  return { on, calls, update };
}

describe('switchRulesets', () => {
  it('does one call when everything fits', async () => {
    const b = fakeBrowser({ a: 1, b: 1, c: 1 }, 10, ['c']);
    expect(await switchRulesets(['a', 'b'], ['c'], b.update)).toEqual({ refused: [] });
    expect([...b.on].sort()).toEqual(['a', 'b']);
    expect(b.calls).toHaveLength(1);
  });

  it('enables every ruleset that fits when one does not, and names the refused one', async () => {
    const b = fakeBrowser({ gambling: 2, huge: 400, weapons: 1, security: 1 }, 330, ['security']);
    const result = await switchRulesets(['gambling', 'huge', 'weapons'], [], b.update);
    expect([...b.on].sort()).toEqual(['gambling', 'security', 'weapons']);
    expect(result.refused.map((r) => r.id)).toEqual(['huge']);
  });

  it('still disables what the profile no longer wants', async () => {
    const b = fakeBrowser({ a: 1, big: 400, old: 1 }, 330, ['old']);
    const result = await switchRulesets(['a', 'big'], ['old'], b.update);
    expect([...b.on]).toEqual(['a']);
    expect(result.refused.map((r) => r.id)).toEqual(['big']);
  });

  it('does nothing when nothing changes', async () => {
    const b = fakeBrowser({}, 1);
    await switchRulesets([], [], b.update);
    expect(b.calls).toHaveLength(0);
  });
});
