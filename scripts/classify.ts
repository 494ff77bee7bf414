/**
 * `npm run --silent classify -- [--tier <id>] [--kind page|query] < in.jsonl > out.jsonl`
 * Classifies JSON Lines `{"id","text"}` into `{"id","scores","flagged","evidence","lang"}`.
 * A bad line yields `{"id": <id or null>, "error": "<message>"}` and the run goes on.
 */
import { createInterface } from 'node:readline';
import { TEXT_CATEGORIES, isTierId } from '../src/core/taxonomy.ts';
import type { TierId } from '../src/core/taxonomy.ts';
import { TIERS } from '../src/core/tiers.ts';
import { loadClassifier } from '../src/classifier/index.ts';

function parseArgs(argv: string[]): { tier: TierId; kind: 'page' | 'query' } {
  let tier: TierId = 'lower';
  let kind: 'page' | 'query' = 'page';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = argv[i + 1];
    if (a === '--tier') {
      if (!isTierId(v))
        throw new Error(`--tier must be one of early, lower, upper, adult (got ${v})`);
      tier = v;
      i++;
    } else if (a === '--kind') {
      if (v !== 'page' && v !== 'query') throw new Error(`--kind must be page or query (got ${v})`);
      kind = v;
      i++;
    } else {
      throw new Error(`unknown argument ${a}`);
    }
  }
  return { tier, kind };
}

async function main(): Promise<void> {
  let args: { tier: TierId; kind: 'page' | 'query' };
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`classify: ${(e as Error).message}\n`);
    process.exitCode = 2;
    return;
  }
  const { threshold, actions } = TIERS[args.tier].classifier;
  const min = threshold[args.kind];
  const classifier = loadClassifier();
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    if (line.trim() === '') continue;
    let id: unknown = null;
    let out: unknown;
    try {
      const input = JSON.parse(line) as unknown;
      if (typeof input !== 'object' || input === null || Array.isArray(input)) {
        throw new Error('line is not a JSON object');
      }
      const obj = input as { id?: unknown; text?: unknown };
      id = obj.id ?? null;
      if (typeof obj.text !== 'string') throw new Error('missing "text" (a string)');
      const r = classifier.classify(obj.text, { kind: args.kind });
      const flagged = TEXT_CATEGORIES.filter((c) => actions[c] !== 'none' && r.scores[c] >= min);
      out = { id, scores: r.scores, flagged, evidence: r.evidence, lang: r.lang };
    } catch (e) {
      out = {
        id,
        error: e instanceof SyntaxError ? `invalid JSON: ${e.message}` : (e as Error).message,
      };
    }
    if (!process.stdout.write(`${JSON.stringify(out)}\n`)) {
      await new Promise((resolve) => process.stdout.once('drain', resolve));
    }
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`classify: ${(e as Error).message}\n`);
  process.exitCode = 1;
});
