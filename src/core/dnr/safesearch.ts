/**
 * SafeSearch and YouTube restriction rules (priority 400, above every allow).
 * Google on every country domain: `safe=active`; Bing: `adlt=strict`; DuckDuckGo: `kp=1`;
 * YouTube: the `YouTube-Restrict` request header. Cốc Cốc search has no documented SafeSearch
 * parameter or header (docs/RULES.md), so it gets no rule.
 *
 * No loop: Chrome and Firefox do not apply redirect rules to the request a redirect created
 * (w3c/webextensions#468), and a redirect that does not change the URL is not performed (MDN,
 * declarativeNetRequest.Redirect). A search already carrying the parameter passes unchanged.
 */
import googleDomainsJson from '../../../rules/safesearch/google-domains.json';
import { overlaps } from './domain-match.ts';
import { PRIORITY } from './priorities.ts';
import type { DnrRule, ResourceType } from './types.ts';

/** Every Google Search host (google.com and the country domains). */
export const GOOGLE_SEARCH_DOMAINS: readonly string[] = googleDomainsJson.domains;

export const BING_DOMAINS: readonly string[] = ['bing.com'];
export const DUCKDUCKGO_DOMAINS: readonly string[] = ['duckduckgo.com'];
export const YOUTUBE_DOMAINS: readonly string[] = [
  'm.youtube.com',
  'www.youtube.com',
  'www.youtube-nocookie.com',
  'youtube-nocookie.com',
  'youtube.com',
  'youtubei.googleapis.com',
];

/** `/search?`, `/images/search?`, `/videos/search?` on the search host. */
const SEARCH_PATH_REGEX = '^https?://[^/]+/(?:[a-z]+/)?search\\?';
/** DuckDuckGo queries live on `/?q=`, `/html/?q=` and `/lite/?q=`. */
const DUCKDUCKGO_QUERY_REGEX = '^https?://[^/]+/(?:html/?|lite/?)?\\?';
const FRAMES: ResourceType[] = ['main_frame', 'sub_frame'];
const YOUTUBE_TYPES: ResourceType[] = [
  'main_frame',
  'sub_frame',
  'xmlhttprequest',
  'media',
  'other',
];

export const SAFESEARCH_RULE_IDS = { google: 20, bing: 21, duckduckgo: 22, youtube: 23 } as const;

export interface SafeSearchOptions {
  youtubeRestrict: 'Strict' | 'Moderate' | 'Off';
  /** Keeps only the search domains for which this returns true (lesson mode, custom block). */
  keep: (domain: string) => boolean;
  /** Domains closed by a block that SafeSearch must not pre-empt. */
  excluded: string[];
}

function paramRedirect(
  id: number,
  domains: readonly string[],
  regexFilter: string,
  key: string,
  value: string,
  closed: string[],
): DnrRule {
  const excluded = relevant(closed, domains);
  const rule: DnrRule = {
    id,
    priority: PRIORITY.safeSearch,
    action: {
      type: 'redirect',
      redirect: { transform: { queryTransform: { addOrReplaceParams: [{ key, value }] } } },
    },
    condition: { regexFilter, requestDomains: [...domains], resourceTypes: FRAMES },
  };
  if (excluded.length > 0) rule.condition.excludedRequestDomains = excluded;
  return rule;
}

/** The closed domains that touch one of `domains`: the rest would only bloat the rule. */
function relevant(closed: string[], domains: readonly string[]): string[] {
  return closed.filter((c) => domains.some((d) => overlaps(c, d)));
}

/** The SafeSearch rules for one profile; an engine whose domains are all filtered out is left out. */
export function buildSafeSearchRules(options: SafeSearchOptions): DnrRule[] {
  const rules: DnrRule[] = [];
  const pick = (domains: readonly string[]) => domains.filter(options.keep);
  const engines: [number, readonly string[], string, string, string][] = [
    [SAFESEARCH_RULE_IDS.google, pick(GOOGLE_SEARCH_DOMAINS), SEARCH_PATH_REGEX, 'safe', 'active'],
    [SAFESEARCH_RULE_IDS.bing, pick(BING_DOMAINS), SEARCH_PATH_REGEX, 'adlt', 'strict'],
    [SAFESEARCH_RULE_IDS.duckduckgo, pick(DUCKDUCKGO_DOMAINS), DUCKDUCKGO_QUERY_REGEX, 'kp', '1'],
  ];
  for (const [id, domains, regex, key, value] of engines) {
    if (domains.length > 0)
      rules.push(paramRedirect(id, domains, regex, key, value, options.excluded));
  }
  const youtube = pick(YOUTUBE_DOMAINS);
  if (options.youtubeRestrict !== 'Off' && youtube.length > 0) {
    const rule: DnrRule = {
      id: SAFESEARCH_RULE_IDS.youtube,
      priority: PRIORITY.safeSearch,
      action: {
        type: 'modifyHeaders',
        requestHeaders: [
          { header: 'YouTube-Restrict', operation: 'set', value: options.youtubeRestrict },
        ],
      },
      condition: { requestDomains: youtube, resourceTypes: YOUTUBE_TYPES },
    };
    const excluded = relevant(options.excluded, youtube);
    if (excluded.length > 0) rule.condition.excludedRequestDomains = excluded;
    rules.push(rule);
  }
  return rules;
}
