/**
 * `npm run bench:classifier`: throughput (MB/s of UTF-8 input, one core) scoring all ten
 * categories, per-page latency p50/p95 for 10 KB / 100 KB / 1 MB pages, model size and heap,
 * plus the throughput of obscenity, bad-words and leo-profanity on the same text. Writes the
 * `## Classifier` section of docs/BENCHMARKS.md. Pages are built from the benign training
 * documents with a few harmful snippets mixed in.
 */
import { machine, writeBenchmarkSection } from './report.ts';
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Filter } from 'bad-words';
import leoProfanity from 'leo-profanity';
import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';
import { loadClassifier } from '../src/classifier/index.ts';
import { loadBenignDocs } from '../scripts/classifier-data.ts';

const ROOT = resolve(import.meta.dirname, '..');
const MODEL = join(ROOT, 'src', 'classifier', 'model', 'model.json');
const SNIPPETS = [
  'Kèo nhà cái uy tín, nạp tiền nhận thưởng go88.',
  'what the fuck is this shit',
  'đm thằng ngu vcl',
  'free porn videos, live sex cams',
];

function corpus(bytes: number): string {
  const docs = loadBenignDocs();
  let out = '';
  for (let i = 0; out.length < bytes; i++) {
    const d = docs[(i * 7919) % docs.length];
    out += `${d?.text ?? ''}\n${i % 5 === 0 ? SNIPPETS[i % SNIPPETS.length] : ''}\n`;
  }
  return out;
}

/** Slices `n` pages of about `size` UTF-8 bytes. */
function pages(text: string, size: number, n: number): string[] {
  const enc = new TextEncoder();
  const charsPerByte = text.length / enc.encode(text).length;
  const chars = Math.round(size * charsPerByte);
  return Array.from({ length: n }, (_, i) => {
    const start = (i * 104729) % Math.max(1, text.length - chars);
    return text.slice(start, start + chars);
  });
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
}

function throughput(fn: (s: string) => unknown, text: string, budgetMs: number): number {
  const bytes = new TextEncoder().encode(text).length;
  fn(text.slice(0, 10000)); // warm-up
  let n = 0;
  const t0 = performance.now();
  do {
    fn(text);
    n++;
  } while (performance.now() - t0 < budgetMs);
  return (bytes * n) / 1e6 / ((performance.now() - t0) / 1000);
}

async function main(): Promise<void> {
  global.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const tLoad = performance.now();
  const classifier = loadClassifier();
  const loadMs = performance.now() - tLoad;
  global.gc?.();
  const heapModel = process.memoryUsage().heapUsed - heap0;
  const text = corpus(4_000_000);
  const mb = pages(text, 2_000_000, 1)[0] ?? '';
  const classify = (s: string): unknown => classifier.classify(s);
  for (let i = 0; i < 3; i++) classify(mb.slice(0, 200_000)); // JIT warm-up
  const ours = throughput(classify, mb, 4000);
  const latency = [10_000, 100_000, 1_000_000].map((size) => {
    const ps = pages(text, size, size >= 1_000_000 ? 20 : size >= 100_000 ? 100 : 400);
    const times = ps.map((p) => {
      const t = performance.now();
      classify(p);
      return performance.now() - t;
    });
    return { size, p50: percentile(times, 50), p95: percentile(times, 95), n: ps.length };
  });
  global.gc?.();
  const heapAfter = process.memoryUsage().heapUsed;

  const sample = mb.slice(0, 300_000);
  const obscenity = new RegExpMatcher({
    ...englishDataset.build(),
    ...englishRecommendedTransformers,
  });
  const badWords = new Filter();
  const others = [
    {
      name: 'obscenity 0.4.6 (`hasMatch`)',
      mbps: throughput((s) => obscenity.hasMatch(s), sample, 3000),
    },
    {
      name: 'obscenity 0.4.6 (`getAllMatches`)',
      mbps: throughput((s) => obscenity.getAllMatches(s), sample, 3000),
    },
    {
      name: 'leo-profanity 1.9.0 (`check`)',
      mbps: throughput((s) => leoProfanity.check(s), sample, 3000),
    },
    {
      name: 'bad-words 4.1.5 (`isProfane`)',
      mbps: throughput((s) => badWords.isProfane(s), sample.slice(0, 30_000), 3000),
    },
  ];

  // The yardsticks, measured on its reference machine on the same kind of text: this
  // shared machine's speed swings 2-3x over a day, so the ratio to them within one run is the
  // comparison that survives; scaled to the reference machine it reads against the target.
  const reference = [
    { name: 'obscenity (`hasMatch`)', theirs: 4.7, here: others[0]?.mbps ?? Number.NaN },
    { name: 'leo-profanity (`check`)', theirs: 54, here: others[2]?.mbps ?? Number.NaN },
  ];
  const scaled = reference.map((r) => ({ ...r, scaled: (ours / r.here) * r.theirs }));
  const cpu = machine();
  const f1 = (x: number): string => x.toFixed(1);
  const f2 = (x: number): string => x.toFixed(2);
  const lines = [
    '## Classifier',
    '',
    `Measured by \`npm run bench:classifier\` on ${new Date().toISOString().slice(0, 10)}: ${cpu}; Node ${process.version}; one thread. Pages are benign Wikipedia/NIH text with a few harmful snippets mixed in; MB = 10^6 bytes of UTF-8 input. All ten categories are scored on every call (normaliser + lexicons + model + evidence + language).`,
    '',
    '| measure | value |',
    '| --- | ---: |',
    `| throughput, 2 MB pages | ${f1(ours)} MB/s |`,
    ...latency.map(
      (l) =>
        `| latency ${l.size / 1000} KB page, p50 / p95 (${l.n} pages) | ${f2(l.p50)} / ${f2(l.p95)} ms |`,
    ),
    `| model artifact (\`src/classifier/model/model.json\`) | ${(statSync(MODEL).size / 1e6).toFixed(2)} MB |`,
    `| first \`loadClassifier()\` (decode model, compile lexicons) | ${f1(loadMs)} ms |`,
    `| JS heap added by \`loadClassifier()\` (the int8 weight table is an ArrayBuffer outside the heap: 0.79 MB; the JSON module is imported before this is measured) | ${(heapModel / 1e6).toFixed(1)} MB |`,
    `| heap used after the run | ${(heapAfter / 1e6).toFixed(1)} MB |`,
    '',
    'Other libraries on the same text (English profanity only, no categories, no Vietnamese):',
    '',
    '| library | throughput |',
    '| --- | ---: |',
    ...others.map((o) => `| ${o.name} | ${f2(o.mbps)} MB/s |`),
    '',
    `Throughput target: at least 20 MB/s on one core. Measured here in this run: ${f1(ours)} MB/s. The same machine measured leo-profanity anywhere from 18 to 66 MB/s on different days, so the absolute figure says as much about the machine's load as about the code. Scaled by the yardsticks the issue measured on its reference machine (ours ÷ theirs here × theirs there):`,
    '',
    '| yardstick | here | reference machine | our throughput scaled to it |',
    '| --- | ---: | ---: | ---: |',
    ...scaled.map(
      (r) => `| ${r.name} | ${f2(r.here)} MB/s | ${f1(r.theirs)} MB/s | ${f1(r.scaled)} MB/s |`,
    ),
    '',
  ];
  const section = lines.join('\n');
  process.stdout.write(`${section}\n`);
  await writeBenchmarkSection('## Classifier', section);
}

await main();
