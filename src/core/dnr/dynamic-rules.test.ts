import { describe, expect, it } from 'vitest';
import { CHROME_EXTENSION_ID } from '../extension-identity.ts';
import type { EffectiveProfile } from '../policy/resolve.ts';
import {
  DYNAMIC_RULE_IDS,
  IP_LITERAL_URL_REGEX,
  buildDynamicRules,
  rulesetIdsFor,
} from './dynamic-rules.ts';
import { checkDynamicLimits } from './dynamic-limits.ts';
import { DNR_LIMITS } from './limits.ts';
import { PRIORITY } from './priorities.ts';
import { GOOGLE_SEARCH_DOMAINS, SAFESEARCH_RULE_IDS } from './safesearch.ts';
import type { DnrRule } from './types.ts';

function profile(overrides: Partial<EffectiveProfile> = {}): EffectiveProfile {
  return {
    id: 'p',
    name: 'p',
    tier: 'lower',
    blockedCategories: ['adult', 'gambling', 'proxy'],
    allow: [],
    block: [],
    safeSearch: false,
    blockIpLiterals: false,
    youtubeRestrict: 'Strict',
    contacts: [],
    ...overrides,
  };
}

const chrome = { browser: 'chrome' as const };
const firefox = { browser: 'firefox' as const };
const byId = (rules: DnrRule[], id: number) => {
  const rule = rules.find((r) => r.id === id);
  if (!rule) throw new Error(`no rule ${id}`);
  return rule;
};

describe('custom block and allow', () => {
  const p = profile({
    block: ['Bad.example', 'https://worse.example/x'],
    allow: ['good.example', 'bad.example'],
  });

  it('redirects main_frame to the blocked page and blocks sub_frame (Chrome)', () => {
    const { rules } = buildDynamicRules(p, chrome);
    const main = byId(rules, DYNAMIC_RULE_IDS.customBlockMain);
    expect(main.action).toEqual({
      type: 'redirect',
      redirect: {
        regexSubstitution: `chrome-extension://${CHROME_EXTENSION_ID}/blocked.html?c=custom&u=\\0`,
      },
    });
    expect(main.condition).toEqual({
      regexFilter: '^.+$',
      requestDomains: ['bad.example', 'worse.example'],
      resourceTypes: ['main_frame'],
    });
    const sub = byId(rules, DYNAMIC_RULE_IDS.customBlockSub);
    expect(sub.action).toEqual({ type: 'block' });
    expect(sub.condition.resourceTypes).toEqual(['sub_frame']);
  });

  it('uses extensionPath on Firefox and honours extensionOrigin on Chrome', () => {
    const ff = byId(buildDynamicRules(p, firefox).rules, DYNAMIC_RULE_IDS.customBlockMain);
    expect(ff.action).toEqual({
      type: 'redirect',
      redirect: { extensionPath: '/blocked.html?c=custom' },
    });
    expect(ff.condition.regexFilter).toBeUndefined();
    const own = byId(
      buildDynamicRules(p, { browser: 'chrome', extensionOrigin: 'chrome-extension://abc' }).rules,
      DYNAMIC_RULE_IDS.customBlockMain,
    );
    expect(JSON.stringify(own.action)).toContain('chrome-extension://abc/blocked.html?c=custom&u=');
  });

  it('allow beats every static and custom block by priority', () => {
    const { rules } = buildDynamicRules(p, chrome);
    const allow = byId(rules, DYNAMIC_RULE_IDS.customAllow);
    expect(allow.action.type).toBe('allow');
    expect(allow.condition.requestDomains).toEqual(['bad.example', 'good.example']);
    expect(allow.priority).toBeGreaterThan(byId(rules, DYNAMIC_RULE_IDS.customBlockMain).priority);
    expect(allow.priority).toBeGreaterThan(PRIORITY.staticCategory);
  });

  it('reports invalid entries instead of throwing', () => {
    const { rules, invalidEntries } = buildDynamicRules(
      profile({ block: ['not a host', 'localhost'] }),
      chrome,
    );
    expect(rules).toEqual([]);
    expect(invalidEntries.map((e) => e.entry)).toEqual(['not a host', 'localhost']);
  });
});

describe('IP-literal navigation', () => {
  it('adds one main_frame regex rule only when asked', () => {
    expect(buildDynamicRules(profile(), chrome).rules).toEqual([]);
    const rule = byId(
      buildDynamicRules(profile({ blockIpLiterals: true }), chrome).rules,
      DYNAMIC_RULE_IDS.ipLiteral,
    );
    expect(rule.condition.resourceTypes).toEqual(['main_frame']);
    expect(JSON.stringify(rule.action)).toContain('c=ip_literal');
  });
  it('matches IPv4 and IPv6 URLs as a whole, not names', () => {
    const re = new RegExp(IP_LITERAL_URL_REGEX);
    for (const url of [
      'http://192.168.1.1/',
      'https://10.0.0.1:8443/a?b#c',
      'http://[2001:db8::1]/x',
      'http://u@1.2.3.4',
    ]) {
      expect(re.exec(url)?.[0], url).toBe(url);
    }
    for (const url of ['http://example.com/1.2.3.4', 'https://1.2.3.4.example.com/'])
      expect(re.test(url), url).toBe(false);
  });
});

describe('lesson mode', () => {
  const p = profile({
    allow: ['game.example'],
    lesson: { allow: ['olm.vn', 'hocmai.vn'] },
    safeSearch: true,
  });

  it('blocks everything else and lets lesson sites through, above custom allow', () => {
    const { rules } = buildDynamicRules(p, chrome);
    const main = byId(rules, DYNAMIC_RULE_IDS.lessonBlockMain);
    expect(main.condition.requestDomains).toBeUndefined();
    expect(main.condition.regexFilter).toBe('^https?://.+$');
    expect(JSON.stringify(main.action)).toContain('c=lesson');
    const sub = byId(rules, DYNAMIC_RULE_IDS.lessonBlockSub);
    expect(sub).toMatchObject({
      action: { type: 'block' },
      condition: { urlFilter: '|http', resourceTypes: ['sub_frame'] },
    });
    const allow = byId(rules, DYNAMIC_RULE_IDS.lessonAllow);
    expect(allow.condition.requestDomains).toEqual(['hocmai.vn', 'olm.vn']);
    expect(main.priority).toBeGreaterThan(byId(rules, DYNAMIC_RULE_IDS.customAllow).priority);
    expect(allow.priority).toBeGreaterThan(main.priority);
  });
  it('uses urlFilter for the Firefox catch-all', () => {
    const main = byId(buildDynamicRules(p, firefox).rules, DYNAMIC_RULE_IDS.lessonBlockMain);
    expect(main.condition).toEqual({ urlFilter: '|http', resourceTypes: ['main_frame'] });
  });
  it('keeps SafeSearch only for search sites the lesson opens', () => {
    const { rules } = buildDynamicRules(p, chrome);
    expect(rules.some((r) => r.priority === PRIORITY.safeSearch)).toBe(false);
    const withGoogle = buildDynamicRules(
      profile({ safeSearch: true, lesson: { allow: ['www.google.com.vn'] } }),
      chrome,
    );
    expect(byId(withGoogle.rules, SAFESEARCH_RULE_IDS.google).condition.requestDomains).toEqual([
      'google.com.vn',
    ]);
  });
});

describe('SafeSearch', () => {
  const p = profile({ safeSearch: true, allow: ['google.com', 'youtube.com'] });

  it('forces safe=active on every Google domain, above custom allow', () => {
    const rules = buildDynamicRules(p, chrome).rules;
    const google = byId(rules, SAFESEARCH_RULE_IDS.google);
    expect(google.action).toEqual({
      type: 'redirect',
      redirect: {
        transform: { queryTransform: { addOrReplaceParams: [{ key: 'safe', value: 'active' }] } },
      },
    });
    expect(google.condition.requestDomains).toEqual(GOOGLE_SEARCH_DOMAINS);
    for (const d of [
      'google.com',
      'google.com.vn',
      'google.co.uk',
      'google.de',
      'google.co.jp',
      'google.com.au',
      'google.fr',
    ]) {
      expect(google.condition.requestDomains).toContain(d);
    }
    expect(google.priority).toBeGreaterThan(byId(rules, DYNAMIC_RULE_IDS.customAllow).priority);
    const re = new RegExp(google.condition.regexFilter as string);
    expect(re.test('https://www.google.com.vn/search?q=x')).toBe(true);
    expect(re.test('https://www.google.com/maps/place/x')).toBe(false);
  });
  it('covers Bing, DuckDuckGo and the YouTube-Restrict header', () => {
    const rules = buildDynamicRules(p, chrome).rules;
    expect(JSON.stringify(byId(rules, SAFESEARCH_RULE_IDS.bing).action)).toContain(
      '"key":"adlt","value":"strict"',
    );
    expect(JSON.stringify(byId(rules, SAFESEARCH_RULE_IDS.duckduckgo).action)).toContain(
      '"key":"kp","value":"1"',
    );
    const yt = byId(rules, SAFESEARCH_RULE_IDS.youtube);
    expect(yt.action).toEqual({
      type: 'modifyHeaders',
      requestHeaders: [{ header: 'YouTube-Restrict', operation: 'set', value: 'Strict' }],
    });
    for (const d of [
      'youtube.com',
      'm.youtube.com',
      'www.youtube.com',
      'youtubei.googleapis.com',
      'youtube-nocookie.com',
    ]) {
      expect(yt.condition.requestDomains).toContain(d);
    }
  });
  it('follows youtubeRestrict and is absent when off', () => {
    const moderate = buildDynamicRules(
      profile({ safeSearch: true, youtubeRestrict: 'Moderate' }),
      chrome,
    ).rules;
    expect(JSON.stringify(byId(moderate, SAFESEARCH_RULE_IDS.youtube))).toContain('"Moderate"');
    const off = buildDynamicRules(
      profile({ safeSearch: true, youtubeRestrict: 'Off' }),
      chrome,
    ).rules;
    expect(off.some((r) => r.id === SAFESEARCH_RULE_IDS.youtube)).toBe(false);
    expect(buildDynamicRules(profile({ safeSearch: false }), chrome).rules).toEqual([]);
  });
  it('leaves a custom-blocked search domain to its block (no redirect ahead of the block)', () => {
    const rules = buildDynamicRules(
      profile({ safeSearch: true, block: ['bing.com', 'google.de', 'other.example'] }),
      chrome,
    ).rules;
    expect(byId(rules, SAFESEARCH_RULE_IDS.bing).condition.excludedRequestDomains).toEqual([
      'bing.com',
    ]);
    expect(byId(rules, SAFESEARCH_RULE_IDS.google).condition.excludedRequestDomains).toEqual([
      'google.de',
    ]);
    const reopened = buildDynamicRules(
      profile({ safeSearch: true, block: ['bing.com'], allow: ['www.bing.com'] }),
      chrome,
    ).rules;
    expect(
      byId(reopened, SAFESEARCH_RULE_IDS.bing).condition.excludedRequestDomains,
    ).toBeUndefined();
  });
});

describe('determinism, ids and limits', () => {
  const p = profile({
    block: ['b.example', 'a.example'],
    allow: ['c.example'],
    blockIpLiterals: true,
    safeSearch: true,
    lesson: { allow: ['olm.vn', 'google.com'] },
  });
  it('gives the same rules, sorted by unique id, for the same profile', () => {
    const a = buildDynamicRules(p, chrome);
    const b = buildDynamicRules(structuredClone(p), chrome);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const ids = a.rules.map((r) => r.id);
    expect(ids).toEqual([...new Set(ids)].sort((x, y) => x - y));
    expect(a.limitations).toEqual([]);
  });
  it('never emits an empty requestDomains array', () => {
    for (const rule of buildDynamicRules(p, firefox).rules) {
      if (rule.condition.requestDomains)
        expect(rule.condition.requestDomains.length).toBeGreaterThan(0);
    }
  });
  it('reports limits exceeded instead of throwing', () => {
    const rules = buildDynamicRules(p, chrome).rules;
    const tiny = { ...DNR_LIMITS.chrome, maxDynamicRules: 2, maxDynamicRegexRules: 1 };
    const found = checkDynamicLimits(rules, 'chrome', tiny);
    expect(found.map((l) => l.limit)).toEqual(['maxDynamicRules', 'maxDynamicRegexRules']);
    expect(found[0]?.actual).toBe(rules.length);
  });
});

describe('rulesetIdsFor', () => {
  it('returns the blocked categories in taxonomy order', () => {
    expect(rulesetIdsFor(profile({ blockedCategories: ['proxy', 'adult'] }))).toEqual([
      'adult',
      'proxy',
    ]);
    expect(rulesetIdsFor(profile({ blockedCategories: [] }))).toEqual([]);
  });
});
