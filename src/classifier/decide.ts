/** Maps a classification to the action of an age tier (rules/tiers.json). */
import { ACTIONS, TEXT_CATEGORIES } from '../core/taxonomy.ts';
import type { Action, TextCategory, TierId } from '../core/taxonomy.ts';
import { TIERS } from '../core/tiers.ts';
import type { ClassificationResult } from './types.ts';

/** What a tier does with one classified text. */
export interface Verdict {
  action: Action;
  /** The category behind the action (absent when the action is `none`). */
  category?: TextCategory;
  score: number;
}

/**
 * The strongest action among categories scoring at or above the tier's threshold (`page` or
 * `query`), taken from the tier's action table; ties go to the higher score. `self_harm` is
 * reported like any other category: the caller must turn it into the supportive help page (111)
 * and an adult alert, never a bare block page.
 */
export function decide(
  result: ClassificationResult,
  tier: TierId,
  kind: 'page' | 'query',
): Verdict {
  const { threshold, actions } = TIERS[tier].classifier;
  const min = threshold[kind];
  let best: Verdict = { action: 'none', score: 0 };
  let bestRank = 0;
  for (const category of TEXT_CATEGORIES) {
    const score = result.scores[category];
    if (!(score >= min)) continue;
    const action = actions[category];
    const rank = ACTIONS.indexOf(action);
    if (rank === 0) continue;
    if (rank > bestRank || (rank === bestRank && score > best.score)) {
      best = { action, category, score };
      bestRank = rank;
    }
  }
  return best;
}
