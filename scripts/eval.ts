/**
 * `npm run eval`: measures the classifier and writes the results into docs/CLASSIFIER.md
 * (between the eval markers). Reports per-category precision/recall/F1 on the dev split of the
 * labelled data and on the fixtures in test/fixtures/classifier, the false-positive rate on
 * benign topic pages, and, only when present, on the read-only dev-only news sets
 * (`../shared/data/text/dev-only` or $KIDSHIELD_DEV_ONLY), which are never copied or trained on.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { TEXT_CATEGORIES } from '../src/core/taxonomy.ts';
import type { TextCategory, TierId } from '../src/core/taxonomy.ts';
import { TIERS } from '../src/core/tiers.ts';
import { loadClassifier } from '../src/classifier/index.ts';
import type { ClassificationResult } from '../src/classifier/index.ts';
import { HEADS, loadSplits } from './classifier-data.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DOC = join(ROOT, 'docs', 'CLASSIFIER.md');
const START = '<!-- eval:start -->';
const END = '<!-- eval:end -->';
const classifier = loadClassifier();

interface Labelled {
  id: string;
  text: string;
  labels: string[];
  topic?: string;
}

function flagged(r: ClassificationResult, tier: TierId): TextCategory[] {
  const { threshold, actions } = TIERS[tier].classifier;
  return TEXT_CATEGORIES.filter((c) => actions[c] !== 'none' && r.scores[c] >= threshold.page);
}

const pct = (x: number): string => (Number.isFinite(x) ? `${(x * 100).toFixed(1)} %` : 'n/a');
const f3 = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : 'n/a');

function prf(
  items: { labels: string[]; scores: Record<TextCategory, number> }[],
  categories: readonly string[],
  threshold: number,
): string[] {
  const rows = [
    '| category | n pos | precision | recall | F1 |',
    '| --- | ---: | ---: | ---: | ---: |',
  ];
  for (const c of categories) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const it of items) {
      const pred = it.scores[c as TextCategory] >= threshold;
      const gold = it.labels.includes(c);
      if (pred && gold) tp++;
      else if (pred) fp++;
      else if (gold) fn++;
    }
    const p = tp / (tp + fp);
    const r = tp / (tp + fn);
    const f = (2 * p * r) / (p + r);
    rows.push(`| ${c} | ${tp + fn} | ${f3(p)} | ${f3(r)} | ${f3(tp === 0 ? 0 : f)} |`);
  }
  return rows;
}

function readJsonl(file: string): Labelled[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Labelled);
}

const byCategoryNotes: string[] = [];

function fpTable(docs: Labelled[], label: string): { lines: string[]; rate: number } {
  const tiers: TierId[] = ['early', 'lower', 'upper', 'adult'];
  const lines: string[] = [];
  const byCat = new Map<string, number>();
  const rates = tiers.map((t) => {
    let n = 0;
    for (const d of docs) {
      const f = flagged(classifier.classify(d.text), t);
      if (f.length > 0) n++;
      if (t === 'lower') for (const c of f) byCat.set(c, (byCat.get(c) ?? 0) + 1);
    }
    return n / docs.length;
  });
  lines.push(`| ${label} (${docs.length} docs) | ${rates.map(pct).join(' | ')} |`);
  const cats = [...byCat].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`);
  if (cats.length) byCategoryNotes.push(`- ${label}: ${cats.join(', ')}`);
  return { lines, rate: rates[1] ?? 0 };
}

async function main(): Promise<void> {
  const out: string[] = [];
  const t0 = Date.now();
  out.push(
    `Measured by \`npm run eval\` on ${new Date().toISOString().slice(0, 10)}. Threshold = tier \`lower\` page threshold (${TIERS.lower.classifier.threshold.page}) unless stated.`,
    '',
  );

  // 1. Dev split of the labelled data (learned heads).
  const { dev, devDocs } = loadSplits();
  const scored = dev.map((ex) => ({ ...ex, scores: classifier.classify(ex.text).scores }));
  for (const source of ['vihos', 'davidson'] as const) {
    const items = scored.filter((e) => e.source === source);
    out.push(
      `### Dev split: ${source} (${items.length} texts)`,
      '',
      ...prf(items, HEADS, TIERS.lower.classifier.threshold.page),
      '',
    );
  }
  const benignChunks = scored.filter((e) => e.source === 'viwiki' || e.source === 'medquad');
  const anyHead = (e: (typeof scored)[number]): boolean =>
    TEXT_CATEGORIES.some(
      (c) =>
        e.scores[c] >= TIERS.lower.classifier.threshold.page &&
        TIERS.lower.classifier.actions[c] !== 'none',
    );
  out.push(
    `Benign dev chunks (Wikipedia vi + NIH health en, ${benignChunks.length} chunks of 200-800 chars): flagged at lower ${pct(benignChunks.filter(anyHead).length / benignChunks.length)}.`,
    '',
  );

  // 2. Fixtures.
  const fixDir = join(ROOT, 'test', 'fixtures', 'classifier');
  const harmful = readJsonl(join(fixDir, 'harmful.jsonl'));
  const benign = readJsonl(join(fixDir, 'benign_topics.jsonl')).map((d) => ({
    ...d,
    labels: d.labels ?? [],
  }));
  const fixItems = [...harmful, ...benign].map((d) => ({
    labels: d.labels,
    scores: classifier.classify(d.text).scores,
  }));
  out.push(
    `### Fixtures (${harmful.length} harmful snippets, ${benign.length} benign topic pages; vi with and without diacritics, teencode, en)`,
    '',
    ...prf(fixItems, TEXT_CATEGORIES, TIERS.lower.classifier.threshold.page),
    '',
  );
  const missed = harmful.filter((d) => {
    const f = flagged(classifier.classify(d.text), 'lower');
    return !d.labels.some((l) => f.includes(l as TextCategory));
  });
  out.push(
    `Harmful fixtures not flagged for their category at lower: ${missed.length ? missed.map((d) => `\`${d.id}\``).join(', ') : 'none'}.`,
    '',
  );

  out.push(
    '### False-positive rate (any category flagged with an action other than none)',
    '',
    '| set | early | lower | upper | adult |',
    '| --- | ---: | ---: | ---: | ---: |',
  );
  out.push(
    ...fpTable(
      benign,
      'benign topic fixtures (gambling-arrest news, sex ed, suicide prevention, drug prevention, scam warnings, ...)',
    ).lines,
  );
  const fpBenign = benign.filter((d) => flagged(classifier.classify(d.text), 'lower').length > 0);
  out.push(
    ...fpTable(
      devDocs.map((d) => ({ id: d.id, text: d.text, labels: [] })),
      'benign dev documents (whole Wikipedia/NIH docs)',
    ).lines,
  );

  const devOnly =
    process.env.KIDSHIELD_DEV_ONLY ?? resolve(ROOT, '..', 'shared', 'data', 'text', 'dev-only');
  const notes: string[] = [];
  if (existsSync(devOnly)) {
    for (const sub of readdirSync(devOnly).sort()) {
      const dir = join(devOnly, sub);
      const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.jsonl')) : [];
      for (const f of files) {
        const docs = readJsonl(join(dir, f)).map((d) => ({ ...d, labels: [] }));
        out.push(...fpTable(docs, `dev-only ${sub} (read-only, never copied)`).lines);
      }
    }
  } else {
    notes.push(
      `The dev-only news sets were ABSENT (${devOnly}): no news false-positive rate was measured in this run.`,
    );
  }
  out.push(
    '',
    'Categories behind the flags (documents, at lower):',
    '',
    ...byCategoryNotes,
    '',
    ...notes,
  );
  if (fpBenign.length)
    out.push(`Benign fixtures flagged at lower: ${fpBenign.map((d) => `\`${d.id}\``).join(', ')}.`);
  out.push('', `(eval took ${((Date.now() - t0) / 1000).toFixed(1)} s)`);

  const text = out.join('\n');
  process.stdout.write(`${text}\n`);
  const doc = existsSync(DOC)
    ? readFileSync(DOC, 'utf8')
    : `# Classifier\n\n## Evaluation\n\n${START}\n${END}\n`;
  const a = doc.indexOf(START);
  const b = doc.indexOf(END);
  const next =
    a >= 0 && b > a
      ? `${doc.slice(0, a + START.length)}\n${text}\n${doc.slice(b)}`
      : `${doc}\n${START}\n${text}\n${END}\n`;
  const content = next;
  writeFileSync(DOC, await format(content, { ...(await resolveConfig(DOC)), parser: 'markdown' }));
}

await main();
