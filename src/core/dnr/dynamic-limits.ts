/** Checks dynamic rules against a browser's limits; returns what breaks instead of throwing. */
import { DNR_LIMITS } from './limits.ts';
import type { DnrLimits, Limitation } from './limits.ts';
import type { Browser, DnrRule } from './types.ts';

/** Chrome 121+: at most this many dynamic rules may be "unsafe" (redirect, modifyHeaders). */
export const CHROME_MAX_UNSAFE_DYNAMIC_RULES = 5_000;

/** Every limit `rules` goes over on `browser` (empty when they fit). */
export function checkDynamicLimits(
  rules: readonly DnrRule[],
  browser: Browser,
  limits: DnrLimits = DNR_LIMITS[browser],
): Limitation[] {
  const found: Limitation[] = [];
  const regex = rules.filter((r) => r.condition.regexFilter !== undefined).length;
  if (rules.length > limits.maxDynamicRules) {
    found.push({
      browser,
      limit: 'maxDynamicRules',
      allowed: limits.maxDynamicRules,
      actual: rules.length,
      message: `${rules.length} dynamic rules; ${browser} accepts ${limits.maxDynamicRules}`,
    });
  }
  if (regex > limits.maxDynamicRegexRules) {
    found.push({
      browser,
      limit: 'maxDynamicRegexRules',
      allowed: limits.maxDynamicRegexRules,
      actual: regex,
      message: `${regex} dynamic regex rules; ${browser} accepts ${limits.maxDynamicRegexRules}`,
    });
  }
  return found;
}
