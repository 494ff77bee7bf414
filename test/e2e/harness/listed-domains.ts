/**
 * Real domains from the built rulesets (dist/chrome/rulesets/<category>.json), chosen
 * deterministically: the first domain, in the ruleset's sorted order, that no other category
 * lists (itself or a parent), so a test about one category is not decided by another.
 */
import { readFileSync } from 'node:fs';
import { URL_CATEGORIES } from '../../../src/core/taxonomy.ts';
import type { UrlCategory } from '../../../src/core/taxonomy.ts';

interface StaticRule {
  condition: { requestDomains?: string[]; excludedRequestDomains?: string[] };
}

const cache = new Map<UrlCategory, string[]>();

/** Every domain a category's shipped ruleset lists (sorted as compiled). */
export function rulesetDomains(category: UrlCategory): string[] {
  let domains = cache.get(category);
  if (!domains) {
    const rules = JSON.parse(
      readFileSync(`dist/chrome/rulesets/${category}.json`, 'utf8'),
    ) as StaticRule[];
    domains = rules.flatMap((r) => r.condition.requestDomains ?? []);
    cache.set(category, domains);
  }
  return domains;
}

let owners: Map<string, UrlCategory[]> | undefined;

function listedBy(): Map<string, UrlCategory[]> {
  if (!owners) {
    owners = new Map();
    for (const category of URL_CATEGORIES) {
      for (const domain of rulesetDomains(category)) {
        owners.set(domain, [...(owners.get(domain) ?? []), category]);
      }
    }
  }
  return owners;
}

/** The categories listing `domain` or one of its parents. */
export function categoriesOf(domain: string): UrlCategory[] {
  const found = new Set<UrlCategory>();
  const labels = domain.split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    for (const c of listedBy().get(labels.slice(i).join('.')) ?? []) found.add(c);
  }
  return [...found];
}

/** Categories whose shipped ruleset is not empty (self_harm has no public list). */
export function nonEmptyCategories(): UrlCategory[] {
  return URL_CATEGORIES.filter((c) => rulesetDomains(c).length > 0);
}

/**
 * The first listed domain of `category` that only this category lists, that is a plain
 * name (no IP literal), and that passes `accept`.
 */
export function listedDomain(
  category: UrlCategory,
  accept: (domain: string) => boolean = () => true,
): string {
  const domain = rulesetDomains(category).find(
    (d) => !/^[0-9.]+$/.test(d) && !d.startsWith('[') && categoriesOf(d).length === 1 && accept(d),
  );
  if (!domain) throw new Error(`no usable ${category} domain in dist/chrome/rulesets`);
  return domain;
}
