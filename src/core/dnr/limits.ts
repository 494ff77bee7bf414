/**
 * declarativeNetRequest limits of the browsers KidShield ships to.
 * Chrome: developer.chrome.com/docs/extensions/reference/api/declarativeNetRequest (Chrome 120+:
 * 100 static rulesets, 50 enabled). The 330,000 global static pool was measured (docs/E2E.md).
 * Firefox: toolkit/components/extensions/ExtensionDNRLimits.sys.mjs defaults (100 rulesets, 20
 * enabled, 30,000 guaranteed static rules and no global pool yet, 5,000 dynamic, 5,000 session,
 * 1,000 regex).
 */
import type { Browser } from './types.ts';

export interface DnrLimits {
  maxStaticRulesets: number;
  maxEnabledStaticRulesets: number;
  /** Static rules always available to the extension across its enabled rulesets. */
  guaranteedStaticRules: number;
  /** Static rules the browser may grant at most (guaranteed + shared global pool). */
  maxStaticRulesWithGlobalPool: number;
  /** Regex rules per static ruleset. */
  maxRegexRulesPerStaticRuleset: number;
  maxDynamicRules: number;
  /** Regex rules across dynamic and session rules. */
  maxDynamicRegexRules: number;
}

export const DNR_LIMITS: Record<Browser, DnrLimits> = {
  chrome: {
    maxStaticRulesets: 100,
    maxEnabledStaticRulesets: 50,
    guaranteedStaticRules: 30_000,
    maxStaticRulesWithGlobalPool: 330_000,
    maxRegexRulesPerStaticRuleset: 1_000,
    maxDynamicRules: 30_000,
    maxDynamicRegexRules: 1_000,
  },
  firefox: {
    maxStaticRulesets: 100,
    maxEnabledStaticRulesets: 20,
    guaranteedStaticRules: 30_000,
    maxStaticRulesWithGlobalPool: 30_000,
    maxRegexRulesPerStaticRuleset: 1_000,
    maxDynamicRules: 5_000,
    maxDynamicRegexRules: 1_000,
  },
};

/** One limit a rule set goes over: reported, never thrown. */
export interface Limitation {
  browser: Browser;
  limit: keyof DnrLimits | 'rulesPerBuild';
  allowed: number;
  actual: number;
  message: string;
}
