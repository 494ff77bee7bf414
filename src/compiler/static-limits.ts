/** Checks compiled static rulesets against Chrome's and Firefox's limits; reports, never throws. */
import { DNR_LIMITS } from '../core/dnr/limits.ts';
import type { DnrLimits, Limitation } from '../core/dnr/limits.ts';
import type { Browser } from '../core/dnr/types.ts';
import { TIERS } from '../core/tiers.ts';
import { TIER_IDS } from '../core/taxonomy.ts';
import type { UrlCategory } from '../core/taxonomy.ts';

/** What the limits need to know about one compiled ruleset. */
export interface RulesetSummary {
  category: UrlCategory;
  rules: number;
  regexRules: number;
}

/** The limit checks of one browser, as stats.json records them. */
export interface LimitReport {
  rulesets: number;
  maxEnabledByTier: number;
  rulesIfAllEnabled: number;
  maxRulesByTier: number;
  maxRegexRulesInRuleset: number;
  problems: Limitation[];
}

function problem(
  browser: Browser,
  limit: keyof DnrLimits,
  allowed: number,
  actual: number,
  message: string,
): Limitation {
  return { browser, limit, allowed, actual, message };
}

/** Checks the rulesets of `browser`: counts, enabled counts per tier, rule and regex quotas. */
export function checkStaticLimits(
  browser: Browser,
  rulesets: readonly RulesetSummary[],
  limits: DnrLimits = DNR_LIMITS[browser],
  tierCategories: readonly (readonly UrlCategory[])[] = TIER_IDS.map(
    (t) => TIERS[t].blockCategories,
  ),
): LimitReport {
  const problems: Limitation[] = [];
  const rulesOf = new Map(rulesets.map((r) => [r.category, r.rules]));
  const maxEnabledByTier = Math.max(0, ...tierCategories.map((c) => c.length));
  const maxRulesByTier = Math.max(
    0,
    ...tierCategories.map((cs) => cs.reduce((n, c) => n + (rulesOf.get(c) ?? 0), 0)),
  );
  const rulesIfAllEnabled = rulesets.reduce((n, r) => n + r.rules, 0);
  const maxRegex = Math.max(0, ...rulesets.map((r) => r.regexRules));
  if (rulesets.length > limits.maxStaticRulesets) {
    problems.push(
      problem(
        browser,
        'maxStaticRulesets',
        limits.maxStaticRulesets,
        rulesets.length,
        `${rulesets.length} rulesets declared; ${browser} accepts ${limits.maxStaticRulesets}: the manifest must drop ${rulesets.length - limits.maxStaticRulesets}`,
      ),
    );
  }
  if (maxEnabledByTier > limits.maxEnabledStaticRulesets) {
    problems.push(
      problem(
        browser,
        'maxEnabledStaticRulesets',
        limits.maxEnabledStaticRulesets,
        maxEnabledByTier,
        `a tier enables ${maxEnabledByTier} rulesets; ${browser} enables at most ${limits.maxEnabledStaticRulesets}`,
      ),
    );
  }
  if (maxRulesByTier > limits.guaranteedStaticRules) {
    const fatal = maxRulesByTier > limits.maxStaticRulesWithGlobalPool;
    problems.push(
      problem(
        browser,
        fatal ? 'maxStaticRulesWithGlobalPool' : 'guaranteedStaticRules',
        fatal ? limits.maxStaticRulesWithGlobalPool : limits.guaranteedStaticRules,
        maxRulesByTier,
        fatal
          ? `a tier needs ${maxRulesByTier} static rules; ${browser} never grants more than ${limits.maxStaticRulesWithGlobalPool}: its rulesets will silently not enable`
          : `a tier needs ${maxRulesByTier} static rules, above the ${limits.guaranteedStaticRules} guaranteed: it depends on the shared global pool`,
      ),
    );
  }
  for (const r of rulesets) {
    if (r.regexRules > limits.maxRegexRulesPerStaticRuleset) {
      problems.push(
        problem(
          browser,
          'maxRegexRulesPerStaticRuleset',
          limits.maxRegexRulesPerStaticRuleset,
          r.regexRules,
          `${r.category}: ${r.regexRules} regex rules; ${browser} accepts ${limits.maxRegexRulesPerStaticRuleset} per ruleset`,
        ),
      );
    }
  }
  return {
    rulesets: rulesets.length,
    maxEnabledByTier,
    rulesIfAllEnabled,
    maxRulesByTier,
    maxRegexRulesInRuleset: maxRegex,
    problems,
  };
}
