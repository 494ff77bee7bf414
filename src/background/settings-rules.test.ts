import { describe, expect, it } from 'vitest';
import type { Policy, PolicyKey } from '../core/policy/schema.ts';
import { mergeSettings } from './settings-rules.ts';

function state(policy: Policy, managedKeys: PolicyKey[] = []) {
  return { policy, managedKeys, issues: [] };
}

describe('mergeSettings', () => {
  it('refuses managed keys, locked and pinHash in an update, naming each key', () => {
    const result = mergeSettings(
      {},
      { tier: 'adult', locked: false, pinHash: 'x', retentionDays: 7 },
      state({ tier: 'early' }, ['tier']),
      { strict: true },
    );
    expect(result.errors.map((e) => e.key).sort()).toEqual(['locked', 'pinHash', 'tier']);
  });

  it('turns managed and unknown keys of an imported file into warnings, keeping the rest', () => {
    const result = mergeSettings(
      {},
      { tier: 'adult', retentionDays: 7, colour: 'blue' },
      state({ tier: 'early' }, ['tier']),
      { strict: false },
    );
    expect(result.errors).toEqual([]);
    expect(result.policy).toEqual({ retentionDays: 7 });
    expect(result.warnings.map((w) => w.key).sort()).toEqual(['colour', 'tier']);
  });

  it('normalises lists and checks the active profile against managed profiles too', () => {
    const managed = state({ profiles: [{ id: 'a', name: 'A', tier: 'early' }] }, ['profiles']);
    const ok = mergeSettings({}, { activeProfile: 'a', block: ['https://VD.vn/x'] }, managed, {
      strict: true,
    });
    expect(ok.errors).toEqual([]);
    expect(ok.policy).toEqual({ activeProfile: 'a', block: ['vd.vn'] });
    const bad = mergeSettings({}, { activeProfile: 'b' }, managed, { strict: true });
    expect(bad.errors.map((e) => e.key)).toEqual(['activeProfile']);
  });
});
