// Interim: replaced by the classifier branch (issue 4) before this lands.
import type { ClassificationResult, PageVerdict } from '../core/classification.ts';
import { TIERS } from '../core/tiers.ts';
import { ACTIONS, TEXT_CATEGORIES } from '../core/taxonomy.ts';
import type { TierId } from '../core/taxonomy.ts';

export type Verdict = PageVerdict;

export function decide(
  result: ClassificationResult,
  tier: TierId,
  kind: 'page' | 'query',
): Verdict {
  const { threshold, actions } = TIERS[tier].classifier;
  let best: Verdict = { action: 'none', score: 0 };
  for (const category of TEXT_CATEGORIES) {
    const score = result.scores[category];
    if (score < threshold[kind]) continue;
    const action = actions[category];
    const rank = ACTIONS.indexOf(action);
    const bestRank = ACTIONS.indexOf(best.action);
    if (rank > bestRank || (rank === bestRank && score > best.score)) {
      best = { action, category, score };
    }
  }
  return best;
}
