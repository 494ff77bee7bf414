/** Turns lexicon sums and model logits into per-category scores in [0, 1] and evidence spans. */
import { TEXT_CATEGORIES } from '../core/taxonomy.ts';
import type { TextCategory } from '../core/taxonomy.ts';
import type { TokenStream } from '../core/text/index.ts';
import type { LexiconResult } from './lexicon.ts';
import type { ModelOutput } from './model.ts';
import type { EvidenceSpan } from './types.ts';

/** Lexicon sum (after length normalisation) at which a category scores 0.5. */
export const LEXICON_MID = 60;
/** Lexicon sum per logit unit. */
export const LEXICON_SCALE = 15;
/** Tokens a page may have before its lexicon sum is divided by sqrt(tokens / this). */
export const LENGTH_UNIT = 400;
/** Categories below this score get no evidence spans. */
export const EVIDENCE_MIN = 0.3;
const MAX_EVIDENCE_PER_CATEGORY = 8;
const MAX_EVIDENCE = 32;

export const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/** Negative context weight that halves the positive weights (see lexiconScore). */
export const CONTEXT_HALF = 50;

/**
 * Lexicon score of a category for a text of `tokens` tokens: positive weights are damped by the
 * negative (educational/news/prevention) context, `pos / (1 + |neg| / CONTEXT_HALF) + neg`, so a
 * warning article that quotes many scam phrases is not a scam page; the result is divided by
 * sqrt(tokens / LENGTH_UNIT) on long pages and squashed by a logistic.
 */
export function lexiconScore(sum: number, negative: number, tokens: number): number {
  const positive = sum - negative;
  const net = positive / (1 - negative / CONTEXT_HALF) + negative;
  const f = Math.max(1, Math.sqrt(tokens / LENGTH_UNIT));
  return sigmoid((net / f - LEXICON_MID) / LEXICON_SCALE);
}

/** Combines lexicon and model into scores and evidence. */
export function combine(
  ts: TokenStream,
  lex: LexiconResult,
  model: ModelOutput,
  heads: readonly string[],
): { scores: Record<TextCategory, number>; evidence: EvidenceSpan[] } {
  const scores = {} as Record<TextCategory, number>;
  const evidence: EvidenceSpan[] = [];
  TEXT_CATEGORIES.forEach((category, c) => {
    let score = lexiconScore(lex.sums[c] as number, lex.negative[c] as number, ts.count);
    const head = heads.indexOf(category);
    let modelWins = false;
    if (head >= 0) {
      const p = sigmoid(model.logits[head] as number);
      if (p > score) {
        score = p;
        modelWins = true;
      }
    }
    scores[category] = Math.round(score * 10000) / 10000;
    if (score < EVIDENCE_MIN) return;
    let added = 0;
    for (const hit of lex.hits) {
      if (hit.category !== c || hit.weight <= 0) continue;
      if (added++ >= MAX_EVIDENCE_PER_CATEGORY) break;
      evidence.push({ start: hit.start, end: hit.end, category });
    }
    if (modelWins || added === 0) {
      for (const t of model.top[head] ?? []) {
        evidence.push({
          start: ts.start[t.token] as number,
          end: ts.end[t.token] as number,
          category,
        });
      }
    }
  });
  evidence.sort((a, b) => a.start - b.start || a.end - b.end);
  return { scores, evidence: dedupe(evidence).slice(0, MAX_EVIDENCE) };
}

function dedupe(spans: EvidenceSpan[]): EvidenceSpan[] {
  const out: EvidenceSpan[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && last.start === s.start && last.end === s.end && last.category === s.category)
      continue;
    out.push(s);
  }
  return out;
}
