/**
 * `npm run bench:rules:compile`: times `compile()` on the shipped lists and on a synthetic
 * 5,000,000-domain list (the size of UT1 adult), records peak memory and ruleset sizes, and
 * writes the `## Rules: compile` section of docs/BENCHMARKS.md. No assertions on time.
 */
import { machine, writeBenchmarkSection } from './report.ts';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile } from '../src/compiler/compile.ts';
import type { CompileOptions, CompileStats } from '../src/compiler/compile.ts';

const SYNTHETIC_DOMAINS = 5_000_000;
const MiB = 1024 * 1024;

async function timed(
  options: CompileOptions,
): Promise<{ stats: CompileStats; seconds: number; peakRssMiB: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const started = performance.now();
  const stats = await compile(options);
  const seconds = (performance.now() - started) / 1000;
  clearInterval(timer);
  return {
    stats,
    seconds,
    peakRssMiB: Math.round(Math.max(peak, process.memoryUsage().rss) / MiB),
  };
}

/** Deterministic pseudo-random domains, 1 in 10 a subdomain of an earlier one (to prune). */
async function writeSynthetic(path: string, count: number): Promise<void> {
  const out = createWriteStream(path);
  const tlds = ['com', 'net', 'org', 'xyz', 'vn', 'info', 'top', 'com.vn'];
  let seed = 42;
  const next = () => (seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0);
  let batch: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const name = `${next().toString(36)}${i.toString(36)}.${tlds[next() % tlds.length]}`;
    batch.push(i % 10 === 9 ? `www2.${batch[batch.length - 1]}` : name);
    if (batch.length === 10_000) {
      if (!out.write(`${batch.join('\n')}\n`)) await once(out, 'drain');
      batch = [];
    }
  }
  out.write(`${batch.join('\n')}\n`);
  out.end();
  await once(out, 'finish');
}

function sectionText(
  shipped: Awaited<ReturnType<typeof timed>>,
  synthetic: Awaited<ReturnType<typeof timed>>,
): string {
  const rows = Object.entries(shipped.stats.categories)
    .map(
      ([c, s]) =>
        `| ${c} | ${s.kept} | ${s.pruned} | ${s.allowSubtracted} | ${s.rules.chrome} | ${(s.bytes.chrome / MiB).toFixed(2)} | ${(s.bytes.firefox / MiB).toFixed(2)} |`,
    )
    .join('\n');
  const syn = synthetic.stats.categories.adult;
  const missing = Object.values(shipped.stats.categories)
    .flatMap((c) => c.sources)
    .filter((s) => s.missing)
    .map((s) => s.file);
  return `## Rules: compile

Measured ${new Date().toISOString().slice(0, 10)} on ${machine()}, Node ${process.version}, by \`npm run bench:rules:compile\` (in-process \`compile()\`, both browsers written).

| input | domains kept | time | peak RSS | output (Chrome + Firefox) |
| --- | --- | --- | --- | --- |
| shipped lists (rules/sources) | ${shipped.stats.totals.kept} | ${shipped.seconds.toFixed(1)} s | ${shipped.peakRssMiB} MiB | ${((shipped.stats.totals.bytes.chrome + shipped.stats.totals.bytes.firefox) / MiB).toFixed(1)} MiB |
| synthetic ${SYNTHETIC_DOMAINS.toLocaleString('en')} domains (one category) | ${syn.kept} (${syn.pruned} pruned) | ${synthetic.seconds.toFixed(1)} s | ${synthetic.peakRssMiB} MiB | ${((syn.bytes.chrome + syn.bytes.firefox) / MiB).toFixed(1)} MiB, ${syn.rules.chrome} rules per browser |

Target: \`npm run rules\` on the shipped lists under 20 s. ${missing.length > 0 ? `Not in the repo at this run (fetched by \`npm run rules:update\`): ${missing.join(', ')}.` : ''}

Shipped lists per category (Chrome rules; sizes in MiB):

| category | kept | pruned | allow-subtracted | rules | Chrome MiB | Firefox MiB |
| --- | --- | --- | --- | --- | --- | --- |
${rows}
`;
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'kidshield-bench-'));
  try {
    const shipped = await timed({
      sourcesDir: 'rules/sources',
      outDir: join(dir, 'shipped'),
      categoriesPath: 'rules/categories.json',
      statsPath: join(dir, 'shipped-stats.json'),
    });
    process.stderr.write(
      `shipped: ${shipped.stats.totals.kept} domains in ${shipped.seconds.toFixed(1)} s\n`,
    );
    const sources = join(dir, 'synthetic');
    await mkdir(sources);
    await writeSynthetic(join(sources, 'big.txt'), SYNTHETIC_DOMAINS);
    await writeFile(
      join(dir, 'categories.json'),
      JSON.stringify({ mappings: [{ file: 'big.txt', to: 'adult', why: 'bench' }] }),
    );
    const synthetic = await timed({
      sourcesDir: sources,
      outDir: join(dir, 'synthetic-out'),
      categoriesPath: join(dir, 'categories.json'),
      statsPath: join(dir, 'synthetic-stats.json'),
    });
    process.stderr.write(
      `synthetic: ${synthetic.stats.totals.kept} domains in ${synthetic.seconds.toFixed(1)} s, peak ${synthetic.peakRssMiB} MiB\n`,
    );
    await writeBenchmarkSection('## Rules: compile', sectionText(shipped, synthetic));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
