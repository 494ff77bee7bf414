/**
 * Packs a category's kept domains into static DNR rules and serialises them. Per chunk of at
 * most `maxDomainsPerRule` domains, rule k+1 redirects main_frame and sub_frame requests to the
 * blocked page (in a frame, the page's CSP `frame-ancestors 'none'` leaves an empty, blocked
 * frame). One rule per chunk keeps each domain once in the file: half the size of a separate
 * sub_frame block rule, which keeps Firefox's rulesets under the linter's 5 MB parse limit.
 * The JSON is written in pieces so multi-million-domain arrays never become one string.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { WHOLE_URL_REGEX, blockedPageRedirect } from '../core/dnr/blocked-page.ts';
import { PRIORITY } from '../core/dnr/priorities.ts';
import type { Browser, DnrRule } from '../core/dnr/types.ts';
import type { UrlCategory } from '../core/taxonomy.ts';

/** One chunk of a category: a contiguous slice of the sorted kept domains. */
export interface RuleChunk {
  /** Id of the chunk's rule. */
  ids: [number];
  start: number;
  end: number;
  excluded: string[];
}

/** Splits `kept` into chunks and attaches each allowed subdomain to the chunk of its parent. */
export function planChunks(
  kept: readonly string[],
  excluded: ReadonlyMap<string, string[]>,
  maxDomainsPerRule: number,
): RuleChunk[] {
  const chunks: RuleChunk[] = [];
  for (let start = 0, k = 0; start < kept.length; start += maxDomainsPerRule, k += 1) {
    const end = Math.min(start + maxDomainsPerRule, kept.length);
    chunks.push({ ids: [k + 1], start, end, excluded: [] });
  }
  for (const [parent, allowed] of excluded) {
    const index = chunkIndexOf(kept, parent, chunks);
    if (index !== -1) (chunks[index] as RuleChunk).excluded.push(...allowed);
  }
  for (const chunk of chunks) chunk.excluded.sort();
  return chunks;
}

function chunkIndexOf(
  kept: readonly string[],
  domain: string,
  chunks: readonly RuleChunk[],
): number {
  let lo = 0;
  let hi = chunks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const chunk = chunks[mid] as RuleChunk;
    const first = kept[chunk.start] as string;
    const last = kept[chunk.end - 1] as string;
    if (domain < first) hi = mid - 1;
    else if (domain > last) lo = mid + 1;
    else return mid;
  }
  return -1;
}

const DOMAINS_PLACEHOLDER = '\u0000DOMAINS\u0000';

/** The rule of a chunk, with a placeholder where the domain array goes. */
export function chunkRules(browser: Browser, category: UrlCategory, chunk: RuleChunk): DnrRule[] {
  const placeholder = [DOMAINS_PLACEHOLDER];
  const excluded = chunk.excluded.length > 0 ? { excludedRequestDomains: chunk.excluded } : {};
  return [
    {
      id: chunk.ids[0],
      priority: PRIORITY.staticCategory,
      action: blockedPageRedirect(browser, category),
      condition: {
        ...(browser === 'chrome' ? { regexFilter: WHOLE_URL_REGEX } : {}),
        requestDomains: placeholder,
        ...excluded,
        resourceTypes: ['main_frame', 'sub_frame'],
      },
    },
  ];
}

/** Writes one ruleset file; returns its size in bytes. Domains are validated ASCII: no escaping. */
export async function writeRuleset(
  path: string,
  browser: Browser,
  category: UrlCategory,
  kept: readonly string[],
  chunks: readonly RuleChunk[],
): Promise<number> {
  const out = createWriteStream(path, { encoding: 'utf8' });
  let bytes = 0;
  const write = async (text: string) => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  if (chunks.length === 0) await write('[]\n');
  else {
    await write('[\n');
    let first = true;
    for (const chunk of chunks) {
      for (const rule of chunkRules(browser, category, chunk)) {
        const [head, tail] = JSON.stringify(rule).split(JSON.stringify(DOMAINS_PLACEHOLDER)) as [
          string,
          string,
        ];
        await write(`${first ? '' : ',\n'}${head}`);
        first = false;
        const step = 50_000;
        for (let i = chunk.start; i < chunk.end; i += step) {
          const slice = kept.slice(i, Math.min(i + step, chunk.end));
          await write(`${i === chunk.start ? '' : ','}"${slice.join('","')}"`);
        }
        await write(tail);
      }
    }
    await write('\n]\n');
  }
  out.end();
  await once(out, 'finish');
  return bytes;
}
