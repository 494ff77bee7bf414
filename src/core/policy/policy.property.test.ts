/** Property-based tests: policy parsing and domain-list validation never throw and never let junk through. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { URL_CATEGORIES } from '../taxonomy.ts';
import { checkPolicy } from './check.ts';
import { parseDomainList } from './domain-list.ts';
import { parsePolicy } from './parse.ts';
import { POLICY_KEYS, policyKeySchemas } from './schema.ts';

const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,10}[a-z0-9])?$/);
const domain = fc
  .tuple(fc.array(label, { minLength: 1, maxLength: 3 }), fc.constantFrom('vn', 'com', 'edu.vn'))
  .map(([labels, tld]) => `${labels.join('.')}.${tld}`);

describe('parsePolicy (property-based)', () => {
  it('never throws, and keeps only values that pass their key schema', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const { policy, errors, warnings } = parsePolicy(input);
        for (const [key, value] of Object.entries(policy)) {
          expect(POLICY_KEYS).toContain(key);
          expect(
            policyKeySchemas[key as keyof typeof policyKeySchemas].safeParse(value).success,
          ).toBe(true);
        }
        for (const issue of [...errors, ...warnings])
          expect(issue.message.length).toBeGreaterThan(0);
      }),
    );
  });

  it('names every bad key and still keeps the good ones', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...POLICY_KEYS),
        fc.constantFrom(null, { x: 1 }, -1.5, [42]),
        fc.constantFrom('early', 'lower', 'upper', 'adult'),
        (badKey, badValue, tier) => {
          fc.pre(badKey !== 'tier');
          const { policy, errors } = parsePolicy({ tier, [badKey]: badValue });
          expect(policy.tier).toBe(tier);
          expect(errors.map((e) => e.key.split('.')[0])).toContain(badKey);
        },
      ),
    );
  });

  it('ignores hostile keys like __proto__ with a warning', () => {
    const { policy, warnings } = parsePolicy(
      JSON.parse('{"__proto__":{"locked":true},"tier":"early"}'),
    );
    expect(policy).toEqual({ tier: 'early' });
    expect((policy as Record<string, unknown>).locked).toBeUndefined();
    expect(warnings[0]?.key).toBe('__proto__');
  });

  it('accepts any schedule built from valid parts', () => {
    const time = fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 6 })),
        time,
        time,
        fc.uniqueArray(fc.constantFrom(...URL_CATEGORIES), { minLength: 1 }),
        (days, from, to, block) => {
          const { errors } = parsePolicy({ schedules: [{ days, from, to, block }] });
          expect(errors).toEqual([]);
        },
      ),
    );
  });
});

describe('domain lists (property-based)', () => {
  it('keeps every valid domain, and reduces a pasted URL to its domain', () => {
    fc.assert(
      fc.property(domain, fc.webPath(), (host, path) => {
        const { hosts, invalid } = parseDomainList([host, `https://${host.toUpperCase()}${path}`]);
        expect(invalid).toEqual([]);
        expect(hosts).toEqual([host]);
      }),
    );
  });

  it('names every entry it refuses, and everything it keeps is canonical', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 20 }), (entries) => {
        const { hosts, invalid } = parseDomainList(entries);
        for (const host of hosts) {
          expect(host).toBe(host.toLowerCase());
          expect(host).not.toMatch(/[\s/*]/);
          expect(parseDomainList([host]).hosts).toEqual([host]);
        }
        for (const bad of invalid) expect(entries).toContain(bad.entry);
        expect(hosts.length + invalid.length).toBeLessThanOrEqual(entries.length);
      }),
    );
  });

  it('accepts Vietnamese IDN and splits pasted text on lines and commas', () => {
    const { hosts, invalid } = parseDomainList(
      'https://bộgiáodục.vn/tin?x=1\nvi.wikipedia.org, *.hoc.edu.vn\n# comment\nnot a domain!',
    );
    expect(hosts).toEqual([
      new URL('http://bộgiáodục.vn').hostname,
      'vi.wikipedia.org',
      'hoc.edu.vn',
    ]);
    expect(hosts[0]).toMatch(/^xn--/);
    expect(invalid.map((i) => i.entry)).toEqual(['not', 'a', 'domain!']);
  });

  it('checkPolicy names the key and the entry at fault', () => {
    const { errors, policy } = checkPolicy({
      allow: ['https://Example.com/x'],
      profiles: [{ id: 'a', name: 'A', tier: 'early', block: ['bad..host'] }],
      activeProfile: 'missing',
    });
    expect(policy.allow).toEqual(['example.com']);
    expect(errors.map((e) => e.key)).toEqual(['profiles.0.block', 'activeProfile']);
    expect(errors[0]?.message).toContain('bad..host');
  });
});
