import { describe, expect, it } from 'vitest';
import { TEXT_CATEGORIES } from '../core/taxonomy.ts';
import type { TextCategory } from '../core/taxonomy.ts';
import { decide } from './decide.ts';
import type { ClassificationResult } from './types.ts';

function result(scores: Partial<Record<TextCategory, number>>): ClassificationResult {
  const all = Object.fromEntries(TEXT_CATEGORIES.map((c) => [c, scores[c] ?? 0])) as Record<
    TextCategory,
    number
  >;
  return { scores: all, evidence: [], lang: 'vi' };
}

describe('decide', () => {
  it('returns none when nothing reaches the threshold', () => {
    expect(decide(result({ gambling: 0.55 }), 'lower', 'page')).toEqual({
      action: 'none',
      score: 0,
    });
  });

  it('uses the page or query threshold of the tier', () => {
    expect(decide(result({ gambling: 0.45 }), 'lower', 'page').action).toBe('none');
    expect(decide(result({ gambling: 0.45 }), 'lower', 'query')).toEqual({
      action: 'block',
      category: 'gambling',
      score: 0.45,
    });
    expect(decide(result({ gambling: 0.52 }), 'early', 'page').action).toBe('block');
  });

  it('maps categories to each tier action', () => {
    const r = result({ violence: 0.9 });
    expect(decide(r, 'early', 'page').action).toBe('block');
    expect(decide(r, 'lower', 'page').action).toBe('warn');
    expect(decide(r, 'upper', 'page').action).toBe('log');
    expect(decide(r, 'adult', 'page').action).toBe('none');
    expect(decide(result({ profanity: 0.95 }), 'lower', 'page').action).toBe('blur');
    expect(decide(result({ profanity: 0.95 }), 'upper', 'page').action).toBe('none');
  });

  it('picks the strongest action, not the highest score', () => {
    const v = decide(result({ harassment: 0.95, drugs: 0.65 }), 'lower', 'page');
    expect(v).toEqual({ action: 'block', category: 'drugs', score: 0.65 });
  });

  it('breaks ties between equal actions by score', () => {
    const v = decide(result({ gambling: 0.7, sexual: 0.9 }), 'lower', 'page');
    expect(v).toEqual({ action: 'block', category: 'sexual', score: 0.9 });
  });

  it('reports self_harm like any category (the caller shows the help page)', () => {
    expect(decide(result({ self_harm: 0.85 }), 'adult', 'page')).toEqual({
      action: 'log',
      category: 'self_harm',
      score: 0.85,
    });
  });
});
