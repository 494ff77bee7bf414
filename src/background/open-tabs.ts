/**
 * DNR only acts on new requests: when a profile tightens (a lesson starts, a stricter tier or a
 * new block entry comes into force), reload the open tabs the new rules block, so they land on
 * the blocked page like any new visit. Tabs that stay open are left alone.
 */
import {
  blockReasonFor,
  categoriesToCheck,
  sortedDomains,
  tightened,
} from '../core/dnr/open-tab-check.ts';
import type { CategoryDomains, ProfileRules } from '../core/dnr/open-tab-check.ts';
import type { EffectiveProfile } from '../core/policy/resolve.ts';
import type { UrlCategory } from '../core/taxonomy.ts';
import { extensionUrl } from '../platform/browser.ts';
import { readSession, writeSession } from '../platform/storage.ts';
import { reloadTab, webTabs } from '../platform/tabs.ts';

const APPLIED_KEY = 'appliedRules';

function rulesOf(profile: EffectiveProfile): ProfileRules {
  return {
    blockedCategories: profile.blockedCategories,
    allow: profile.allow,
    block: profile.block,
    blockIpLiterals: profile.blockIpLiterals,
    ...(profile.lesson ? { lesson: profile.lesson } : {}),
  };
}

async function categoryDomains(category: UrlCategory): Promise<CategoryDomains> {
  const response = await fetch(extensionUrl(`rulesets/${category}.json`));
  const rules = (await response.json()) as {
    condition: { requestDomains?: string[]; excludedRequestDomains?: string[] };
  }[];
  // The compiler writes both arrays sorted: search them in place (millions of domains).
  return {
    listed: sortedDomains(rules.map((r) => r.condition.requestDomains ?? [])),
    excluded: sortedDomains(rules.map((r) => r.condition.excludedRequestDomains ?? [])),
  };
}

/** Remembers the rules now in force and reloads the open tabs they newly block. */
export async function applyToOpenTabs(profile: EffectiveProfile): Promise<void> {
  const after = rulesOf(profile);
  const before = await readSession<ProfileRules>(APPLIED_KEY);
  await writeSession({ [APPLIED_KEY]: after });
  if (!tightened(before, after)) return;
  const tabs = await webTabs();
  if (tabs.length === 0) return;
  const lists = new Map<UrlCategory, CategoryDomains>();
  for (const category of categoriesToCheck(before, after)) {
    lists.set(category, await categoryDomains(category));
  }
  for (const tab of tabs) {
    if (blockReasonFor(tab.url, after, lists)) await reloadTab(tab.id).catch(() => undefined);
  }
}
