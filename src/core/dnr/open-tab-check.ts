/**
 * Which already-open pages a tightened profile now blocks. DNR only acts on new requests, so a
 * tab opened before a lesson started, or before a stricter profile came into force, would stay
 * usable. The background asks this module which categories it must look up, then which tab
 * URLs the new profile blocks, following the priority ladder (priorities.ts): lesson allow >
 * lesson catch-all > custom allow > custom block / IP literal > category lists.
 */
import { isIpLiteral, normalizeHostname } from '../hostname.ts';
import type { EffectiveProfile } from '../policy/resolve.ts';
import type { UrlCategory } from '../taxonomy.ts';
import { isSameOrSubdomain } from './domain-match.ts';

/** What a profile's rules need for a check: every field that can only close more pages. */
export type ProfileRules = Pick<
  EffectiveProfile,
  'blockedCategories' | 'allow' | 'block' | 'blockIpLiterals' | 'lesson'
>;

/** A set of domains; a `Set` will do, or {@link sortedDomains} over the compiled arrays. */
export interface DomainSet {
  has(domain: string): boolean;
}

/** The domains of one category's ruleset (`requestDomains` and `excludedRequestDomains`). */
export interface CategoryDomains {
  listed: DomainSet;
  excluded: DomainSet;
}

/**
 * Membership over arrays in JavaScript string order (as the compiler writes `requestDomains`),
 * by binary search: no copy of millions of domains into a Set.
 */
export function sortedDomains(arrays: readonly (readonly string[])[]): DomainSet {
  // The compiler sorts; an array that is not (a hand-edited ruleset) is sorted as a copy.
  const ready = arrays.map((a) =>
    a.every((d, i) => i === 0 || (a[i - 1] as string) < d) ? a : [...a].sort(),
  );
  return {
    has(domain) {
      return ready.some((sorted) => {
        let low = 0;
        let high = sorted.length - 1;
        while (low <= high) {
          const mid = (low + high) >> 1;
          const value = sorted[mid] as string;
          if (value === domain) return true;
          if (value < domain) low = mid + 1;
          else high = mid - 1;
        }
        return false;
      });
    },
  };
}

/** The categories whose lists must be consulted: newly enabled, or all when an allow went away. */
export function categoriesToCheck(
  before: ProfileRules | undefined,
  after: ProfileRules,
): UrlCategory[] {
  if (!before) return [];
  const allowShrank = before.allow.some((a) => !after.allow.includes(a));
  if (allowShrank) return [...after.blockedCategories];
  return after.blockedCategories.filter((c) => !before.blockedCategories.includes(c));
}

/** True when the new profile can block a page the old one let through. */
export function tightened(before: ProfileRules | undefined, after: ProfileRules): boolean {
  if (!before) return false;
  if (before.allow.some((a) => !after.allow.includes(a))) return true;
  if (categoriesToCheck(before, after).length > 0) return true;
  if (after.block.some((b) => !before.block.includes(b))) return true;
  if (after.blockIpLiterals && !before.blockIpLiterals) return true;
  if (after.lesson && !before.lesson) return true;
  if (after.lesson && before.lesson) {
    return before.lesson.allow.some((a) => !after.lesson?.allow.includes(a));
  }
  return false;
}

function hostOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
    const result = normalizeHostname(parsed.hostname);
    return result.ok ? result.host : undefined;
  } catch {
    return undefined;
  }
}

function covered(host: string, entries: readonly string[]): boolean {
  return entries.some((entry) => {
    const normalized = normalizeHostname(entry);
    return normalized.ok && isSameOrSubdomain(host, normalized.host);
  });
}

function listedIn(host: string, lists: CategoryDomains): boolean {
  const labels = host.split('.');
  let excluded = false;
  for (let i = 0; i < labels.length - 1; i++) {
    const candidate = labels.slice(i).join('.');
    if (lists.excluded.has(candidate)) excluded = true;
    if (lists.listed.has(candidate)) return !excluded;
  }
  return false;
}

/**
 * The reason (category, `lesson`, `custom`, `ip_literal`) the profile blocks `url` for, looking
 * up only the categories in `lists`; undefined when it stays open (or is not a web page).
 */
export function blockReasonFor(
  url: string,
  profile: ProfileRules,
  lists: ReadonlyMap<UrlCategory, CategoryDomains>,
): UrlCategory | 'lesson' | 'custom' | 'ip_literal' | undefined {
  const host = hostOf(url);
  if (!host) return undefined;
  if (profile.lesson) return covered(host, profile.lesson.allow) ? undefined : 'lesson';
  if (covered(host, profile.allow)) return undefined;
  if (covered(host, profile.block)) return 'custom';
  if (profile.blockIpLiterals && isIpLiteral(host)) return 'ip_literal';
  for (const [category, domains] of lists) {
    if (profile.blockedCategories.includes(category) && listedIn(host, domains)) return category;
  }
  return undefined;
}
