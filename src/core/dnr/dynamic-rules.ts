/**
 * Pure builders of the DYNAMIC declarativeNetRequest rules for one effective profile: custom
 * block and allow lists, IP-literal navigation, lesson mode and SafeSearch. The background
 * passes the result to `updateDynamicRules`; ids are fixed per rule kind, so the output is
 * deterministic and a reconcile can replace every id at once. Priorities: see priorities.ts.
 */
import type { EffectiveProfile } from '../policy/resolve.ts';
import { normalizeHostname } from '../hostname.ts';
import { URL_CATEGORIES } from '../taxonomy.ts';
import type { UrlCategory } from '../taxonomy.ts';
import { WHOLE_URL_REGEX, blockedPageRedirect } from './blocked-page.ts';
import { isSameOrSubdomain, overlaps } from './domain-match.ts';
import { checkDynamicLimits } from './dynamic-limits.ts';
import type { Limitation } from './limits.ts';
import { PRIORITY } from './priorities.ts';
import { buildSafeSearchRules } from './safesearch.ts';
import type { Browser, DnrRule, ResourceType } from './types.ts';

/** Where the rules will run. `extensionOrigin` overrides `chrome-extension://<CHROME_EXTENSION_ID>`. */
export interface DynamicTarget {
  browser: Browser;
  extensionOrigin?: string;
}

/** A custom-list or lesson entry that is not a usable hostname; it gets no rule. */
export interface InvalidEntry {
  list: 'allow' | 'block' | 'lesson';
  entry: string;
  reason: string;
}

/** What {@link buildDynamicRules} returns: the rules, the limits they break, the entries dropped. */
export interface DynamicRules {
  rules: DnrRule[];
  limitations: Limitation[];
  invalidEntries: InvalidEntry[];
}

/** Fixed ids per rule kind (SafeSearch uses 20–23, see safesearch.ts). */
export const DYNAMIC_RULE_IDS = {
  customBlockMain: 1,
  customBlockSub: 2,
  customAllow: 3,
  ipLiteral: 4,
  lessonBlockMain: 10,
  lessonBlockSub: 11,
  lessonAllow: 12,
} as const;

/** Any http(s)/ws URL whose host is an IPv4 dotted quad or a bracketed IPv6 literal. */
export const IP_LITERAL_URL_REGEX =
  '^[a-z][a-z0-9+.-]*://(?:[^/?#@]*@)?(?:[0-9]{1,3}(?:\\.[0-9]{1,3}){3}|\\[[0-9a-fA-F:.]+\\])(?::[0-9]+)?(?:[/?#].*)?$';
const HTTP_URL_REGEX = '^https?://.+$';
const FRAMES: ResourceType[] = ['main_frame', 'sub_frame'];

function normalizeList(
  list: InvalidEntry['list'],
  entries: readonly string[],
  invalid: InvalidEntry[],
): string[] {
  const hosts = new Set<string>();
  for (const entry of entries) {
    const result = normalizeHostname(entry);
    if (result.ok) hosts.add(result.host);
    else invalid.push({ list, entry, reason: result.reason });
  }
  return [...hosts].sort();
}

/** main_frame -> blocked page, sub_frame -> block, for `domains` (or every URL when undefined). */
function blockPair(
  ids: [number, number],
  priority: number,
  reason: 'custom' | 'lesson',
  domains: string[] | undefined,
  target: DynamicTarget,
): DnrRule[] {
  const action = blockedPageRedirect(target.browser, reason, target.extensionOrigin);
  const main: DnrRule = {
    id: ids[0],
    priority,
    action,
    condition: { resourceTypes: ['main_frame'] },
  };
  const sub: DnrRule = {
    id: ids[1],
    priority,
    action: { type: 'block' },
    condition: { resourceTypes: ['sub_frame'] },
  };
  if (target.browser === 'chrome') {
    main.condition.regexFilter = domains ? WHOLE_URL_REGEX : HTTP_URL_REGEX;
  } else if (!domains) {
    main.condition.urlFilter = '|http';
  }
  if (!domains) sub.condition.urlFilter = '|http';
  if (domains) {
    main.condition.requestDomains = domains;
    sub.condition.requestDomains = domains;
  }
  return [main, sub];
}

function allowRule(id: number, priority: number, domains: string[]): DnrRule {
  return {
    id,
    priority,
    action: { type: 'allow' },
    condition: { requestDomains: domains, resourceTypes: FRAMES },
  };
}

function ipLiteralRule(target: DynamicTarget): DnrRule {
  const action = blockedPageRedirect(target.browser, 'ip_literal', target.extensionOrigin);
  return {
    id: DYNAMIC_RULE_IDS.ipLiteral,
    priority: PRIORITY.ipLiteral,
    action,
    condition: { regexFilter: IP_LITERAL_URL_REGEX, resourceTypes: ['main_frame'] },
  };
}

/** Custom-blocked domains that no custom allow entry reopens (SafeSearch leaves them alone). */
function closedDomains(block: string[], allow: string[]): string[] {
  return block.filter((b) => !allow.some((a) => overlaps(a, b)));
}

/**
 * Builds the dynamic rules of a profile. Never throws: invalid list entries and broken limits
 * come back in the result. Sorted by id; the same profile always gives the same rules.
 */
export function buildDynamicRules(profile: EffectiveProfile, target: DynamicTarget): DynamicRules {
  const invalidEntries: InvalidEntry[] = [];
  const block = normalizeList('block', profile.block, invalidEntries);
  const allow = normalizeList('allow', profile.allow, invalidEntries);
  const lessonAllow = profile.lesson
    ? normalizeList('lesson', profile.lesson.allow, invalidEntries)
    : undefined;
  const rules: DnrRule[] = [];
  const ids = DYNAMIC_RULE_IDS;
  if (block.length > 0) {
    rules.push(
      ...blockPair(
        [ids.customBlockMain, ids.customBlockSub],
        PRIORITY.customBlock,
        'custom',
        block,
        target,
      ),
    );
  }
  if (allow.length > 0) rules.push(allowRule(ids.customAllow, PRIORITY.customAllow, allow));
  if (profile.blockIpLiterals) rules.push(ipLiteralRule(target));
  if (lessonAllow) {
    rules.push(
      ...blockPair(
        [ids.lessonBlockMain, ids.lessonBlockSub],
        PRIORITY.lessonBlock,
        'lesson',
        undefined,
        target,
      ),
    );
    if (lessonAllow.length > 0)
      rules.push(allowRule(ids.lessonAllow, PRIORITY.lessonAllow, lessonAllow));
  }
  if (profile.safeSearch) {
    const closed = closedDomains(block, allow);
    rules.push(
      ...buildSafeSearchRules({
        youtubeRestrict: profile.youtubeRestrict,
        // In a lesson only the lesson's own sites open: SafeSearch only where it can apply.
        keep: (d) => !lessonAllow || lessonAllow.some((a) => overlaps(a, d)),
        excluded: lessonAllow
          ? closed.filter(
              (c) => !lessonAllow.some((a) => isSameOrSubdomain(c, a) || isSameOrSubdomain(a, c)),
            )
          : closed,
      }),
    );
  }
  rules.sort((a, b) => a.id - b.id);
  return { rules, limitations: checkDynamicLimits(rules, target.browser), invalidEntries };
}

/** The static ruleset ids (= URL category ids) to enable for a profile, in taxonomy order. */
export function rulesetIdsFor(profile: EffectiveProfile): UrlCategory[] {
  const blocked = new Set(profile.blockedCategories);
  return URL_CATEGORIES.filter((c) => blocked.has(c));
}
