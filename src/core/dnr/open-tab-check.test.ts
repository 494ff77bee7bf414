import { describe, expect, it } from 'vitest';
import { blockReasonFor, categoriesToCheck, sortedDomains, tightened } from './open-tab-check.ts';
import type { CategoryDomains, ProfileRules } from './open-tab-check.ts';
import type { UrlCategory } from '../taxonomy.ts';

const base: ProfileRules = {
  blockedCategories: ['adult', 'gambling'],
  allow: [],
  block: [],
  blockIpLiterals: false,
};
const lists = new Map<UrlCategory, CategoryDomains>([
  ['games', { listed: new Set(['game.example']), excluded: new Set(['hoc.game.example']) }],
  ['gambling', { listed: new Set(['casino.example']), excluded: new Set() }],
]);

describe('tightened', () => {
  it('is false with nothing to compare (first run) and when nothing closes', () => {
    expect(tightened(undefined, base)).toBe(false);
    expect(tightened(base, base)).toBe(false);
    expect(tightened({ ...base, block: ['a.test'] }, base)).toBe(false);
  });
  it('is true for a new category, block entry, IP blocking, lesson start or a shrunk lesson', () => {
    expect(
      tightened(base, { ...base, blockedCategories: [...base.blockedCategories, 'games'] }),
    ).toBe(true);
    expect(tightened(base, { ...base, block: ['a.test'] })).toBe(true);
    expect(tightened(base, { ...base, blockIpLiterals: true })).toBe(true);
    expect(tightened(base, { ...base, lesson: { allow: ['hoc.test'] } })).toBe(true);
    expect(
      tightened(
        { ...base, lesson: { allow: ['a.test', 'b.test'] } },
        { ...base, lesson: { allow: ['a.test'] } },
      ),
    ).toBe(true);
    expect(tightened({ ...base, allow: ['casino.example'] }, base)).toBe(true);
  });
});

describe('categoriesToCheck', () => {
  it('lists newly enabled categories, or every enabled one when an allow entry went away', () => {
    expect(
      categoriesToCheck(base, { ...base, blockedCategories: ['adult', 'gambling', 'games'] }),
    ).toEqual(['games']);
    expect(categoriesToCheck({ ...base, allow: ['x.test'] }, base)).toEqual(['adult', 'gambling']);
    expect(categoriesToCheck(undefined, base)).toEqual([]);
  });
});

describe('blockReasonFor', () => {
  const early: ProfileRules = {
    ...base,
    blockedCategories: ['gambling', 'games'],
    blockIpLiterals: true,
  };
  it('finds a listed domain and its subdomains, but not an excluded subdomain', () => {
    expect(blockReasonFor('https://game.example/x', early, lists)).toBe('games');
    expect(blockReasonFor('https://WWW.Game.Example./x', early, lists)).toBe('games');
    expect(blockReasonFor('https://hoc.game.example/', early, lists)).toBeUndefined();
    expect(blockReasonFor('https://wiki.test/', early, lists)).toBeUndefined();
  });
  it('follows the ladder: lesson, then custom allow, custom block, IP literal, lists', () => {
    expect(
      blockReasonFor('http://game.example/', { ...early, allow: ['game.example'] }, lists),
    ).toBeUndefined();
    expect(blockReasonFor('http://x.test/', { ...early, block: ['x.test'] }, lists)).toBe('custom');
    expect(
      blockReasonFor('http://x.test/', { ...early, block: ['x.test'], allow: ['x.test'] }, lists),
    ).toBeUndefined();
    expect(blockReasonFor('http://192.0.2.1/', early, lists)).toBe('ip_literal');
    const lesson = { ...early, allow: ['game.example'], lesson: { allow: ['hoc.test'] } };
    expect(blockReasonFor('http://hoc.test/bai', lesson, lists)).toBeUndefined();
    expect(blockReasonFor('http://game.example/', lesson, lists)).toBe('lesson');
  });
  it('leaves pages that are not web pages alone', () => {
    expect(
      blockReasonFor('chrome-extension://abc/blocked.html?c=games', early, lists),
    ).toBeUndefined();
    expect(blockReasonFor('about:blank', early, lists)).toBeUndefined();
  });
  it('only consults the categories the profile blocks', () => {
    expect(blockReasonFor('https://game.example/', base, lists)).toBeUndefined();
  });
});

describe('sortedDomains', () => {
  it('finds members of several sorted arrays and nothing else', () => {
    const set = sortedDomains([
      ['a.test', 'c.test', 'x-y.test'],
      ['b.test', 'zz.test'],
    ]);
    for (const d of ['a.test', 'c.test', 'x-y.test', 'b.test', 'zz.test'])
      expect(set.has(d)).toBe(true);
    for (const d of ['aa.test', 'd.test', '', 'zzz.test']) expect(set.has(d)).toBe(false);
  });

  it('copes with an array that is not sorted', () => {
    const set = sortedDomains([['m.test', 'b.test', 'x.test']]);
    expect(set.has('b.test')).toBe(true);
    expect(set.has('c.test')).toBe(false);
  });
});
