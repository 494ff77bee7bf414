/**
 * The domains of one category while compiling: deduplicated in one Map (domain -> bitmask of the
 * source files that listed it; no per-domain objects), then sorted, pruned (a listed parent
 * covers its subdomains) and reduced by the allow-list.
 */
import { isIpLiteral, parentDomains } from '../core/hostname.ts';

/** Source files per category are tracked in a 31-bit mask. */
export const MAX_SOURCES_PER_CATEGORY = 31;

/** The kept domains of a category and what was taken out. */
export interface FinalDomains {
  /** Kept domains, sorted (JavaScript string order). */
  kept: string[];
  /** Source bitmask of each kept domain, aligned with `kept`. */
  masks: Uint32Array;
  pruned: number;
  allowSubtracted: number;
  /** Allowed hosts whose parent stays blocked: key = kept parent, value = allowed subdomains. */
  excluded: Map<string, string[]>;
}

/** True when `host` or one of its parents is in `set`. */
export function coveredBy(
  host: string,
  set: ReadonlySet<string> | ReadonlyMap<string, unknown>,
): boolean {
  if (set.has(host)) return true;
  if (isIpLiteral(host)) return false;
  let dot = host.indexOf('.');
  while (dot !== -1) {
    if (set.has(host.slice(dot + 1))) return true;
    dot = host.indexOf('.', dot + 1);
  }
  return false;
}

function hasListedParent(host: string, listed: ReadonlyMap<string, number>): boolean {
  if (isIpLiteral(host)) return false;
  let dot = host.indexOf('.');
  while (dot !== -1) {
    if (listed.has(host.slice(dot + 1))) return true;
    dot = host.indexOf('.', dot + 1);
  }
  return false;
}

export class CategoryDomains {
  private readonly listed = new Map<string, number>();
  duplicates = 0;

  /** Records `host` as listed by source number `sourceIndex` (0-based within the category). */
  add(host: string, sourceIndex: number): void {
    const bit = 1 << sourceIndex;
    const mask = this.listed.get(host);
    if (mask === undefined) this.listed.set(host, bit);
    else {
      this.duplicates += 1;
      this.listed.set(host, mask | bit);
    }
  }

  get size(): number {
    return this.listed.size;
  }

  /** Sorts, subtracts `allow` (exact and subdomains), prunes covered subdomains. */
  finalize(allow: ReadonlySet<string>): FinalDomains {
    const all = [...this.listed.keys()].sort();
    const kept: string[] = [];
    const masks: number[] = [];
    let pruned = 0;
    let allowSubtracted = 0;
    for (const host of all) {
      if (coveredBy(host, allow)) allowSubtracted += 1;
      else if (hasListedParent(host, this.listed)) pruned += 1;
      else {
        kept.push(host);
        masks.push(this.listed.get(host) as number);
      }
    }
    const excluded = new Map<string, string[]>();
    for (const allowed of [...allow].sort()) {
      for (const parent of parentDomains(allowed)) {
        const isKept =
          this.listed.has(parent) &&
          !coveredBy(parent, allow) &&
          !hasListedParent(parent, this.listed);
        if (isKept) {
          excluded.set(parent, [...(excluded.get(parent) ?? []), allowed]);
          break;
        }
      }
    }
    this.listed.clear();
    return { kept, masks: Uint32Array.from(masks), pruned, allowSubtracted, excluded };
  }
}
