/**
 * Loads the classifier's training data from src/classifier/data (never from /work/shared), maps
 * source labels to text categories, and splits train/dev deterministically.
 * Label mapping (documented in docs/CLASSIFIER.md):
 *  - ViHOS: a comment with no span is clean. Otherwise the span text decides: identity slurs ->
 *    hate; swear words -> profanity; anything else (insults) -> harassment; insults next to a
 *    swear word -> profanity + harassment.
 *  - Davidson: class 0 -> hate; class 1 -> profanity, plus harassment when addressed to "you" with an insult;
 *    class 2 -> clean.
 *  - Benign Wikipedia and NIH health documents: clean, cut into chunks of about 200-800 chars.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashString, plainWord } from '../src/core/text/index.ts';

export const DATA_DIR = join(import.meta.dirname, '..', 'src', 'classifier', 'data');
export const HEADS = ['hate', 'harassment', 'profanity'] as const;
export type Head = (typeof HEADS)[number];

export interface Example {
  id: string;
  text: string;
  labels: Head[];
  source: 'vihos' | 'davidson' | 'viwiki' | 'medquad';
}

/** RFC 4180 CSV parser (quoted fields, doubled quotes, newlines in quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Deterministic 1-in-10 dev split by id. */
export function isDev(id: string): boolean {
  return hashString(id) % 10 === 0;
}

const words = (list: string): Set<string> =>
  new Set(list.split('|').map((w) => w.normalize('NFC')));
const HATE_VI = words(
  'bắc kỳ|bắc kì|nam kỳ|nam kì|parky|ba que|3 que|bò đỏ|khựa|tàu khựa|chệt|mọi|mọi rợ|bê đê|pê đê|đồng bóng|thằng tàu|bọn tàu|tàu cộng|da đen|đười ươi|les|gay|nô lệ|dân tộc|đông lào|cộng sản|cs|tộc',
);
const PROFANE_VI = words(
  'đm|đcm|dcm|dm|dmm|đmm|vl|vcl|vkl|địt|đỵt|đjt|đéo|éo|đếch|lồn|l|cặc|cc|buồi|đụ|đĩ|cứt|vãi|clm|cl|cmm|đkm|dkm|má|mẹ|con mẹ|nứng|fuck|shit|vler|dell|đel|méo|chó đẻ|đù|sml',
);

function vihosLabels(content: string, spans: number[]): Head[] {
  if (spans.length === 0) return [];
  const set = new Set(spans);
  let spanText = '';
  for (let i = 0; i < content.length; i++) spanText += set.has(i) ? content[i] : ' ';
  const lower = spanText.toLowerCase().normalize('NFC');
  const tokens = lower.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const grams = new Set<string>(tokens);
  for (let i = 0; i + 1 < tokens.length; i++) grams.add(`${tokens[i]} ${tokens[i + 1]}`);
  const has = (dict: Set<string>): boolean => [...grams].some((g) => dict.has(g));
  const labels: Head[] = [];
  if (has(HATE_VI)) labels.push('hate');
  const profane = has(PROFANE_VI);
  if (profane) labels.push('profanity');
  const insultTokens = tokens.filter((t) => !PROFANE_VI.has(t) && !HATE_VI.has(t));
  if (!profane && labels.length === 0) labels.push('harassment');
  else if (profane && insultTokens.length >= 2) labels.push('harassment');
  return labels;
}

export function loadVihos(split: 'train' | 'dev'): Example[] {
  const rows = parseCsv(readFileSync(join(DATA_DIR, 'vihos', `${split}.csv`), 'utf8'));
  const out: Example[] = [];
  rows.slice(1).forEach((row, i) => {
    const [content, spans] = row;
    if (content === undefined || spans === undefined) return;
    const idx = JSON.parse(spans) as number[];
    out.push({
      id: `vihos-${split}-${i}`,
      text: content,
      labels: vihosLabels(content, idx),
      source: 'vihos',
    });
  });
  return out;
}

const YOU = /\b(you|u|ur|your|youre|yo)\b/i;
const INSULT =
  /\b(bitch|hoe|slut|whore|stupid|idiot|ugly|dumb|fag|faggot|retard|pussy|cunt|ass|loser|fat)\b/i;

export function loadDavidson(): { train: Example[]; dev: Example[] } {
  const rows = parseCsv(readFileSync(join(DATA_DIR, 'davidson2017', 'train.csv'), 'utf8'));
  const train: Example[] = [];
  const dev: Example[] = [];
  for (const row of rows.slice(1)) {
    const id = row[0];
    const cls = row[5];
    const tweet = row[6];
    if (id === undefined || cls === undefined || tweet === undefined) continue;
    const labels: Head[] = [];
    if (cls === '0') labels.push('hate');
    if (cls === '1') {
      labels.push('profanity');
      if (YOU.test(tweet) && INSULT.test(tweet)) labels.push('harassment');
    }
    const text = tweet.replace(/&amp;/g, '&').replace(/&#\d+;/g, ' ');
    const ex: Example = { id: `davidson-${id}`, text, labels, source: 'davidson' };
    (isDev(ex.id) ? dev : train).push(ex);
  }
  return { train, dev };
}

/** Cuts a long document into chunks at line or sentence boundaries. */
export function chunk(text: string, min = 200, max = 800): string[] {
  const pieces = text.split(/(?<=[.!?\n])\s+/u);
  const out: string[] = [];
  let cur = '';
  for (const p of pieces) {
    if (cur.length + p.length > max && cur.length >= min) {
      out.push(cur);
      cur = '';
    }
    cur = cur ? `${cur} ${p}` : p;
  }
  if (cur.trim().length > 0) out.push(cur);
  return out;
}

export interface BenignDoc {
  id: string;
  text: string;
  source: 'viwiki' | 'medquad';
}

export function loadBenignDocs(): BenignDoc[] {
  const docs: BenignDoc[] = [];
  const files: [string, 'viwiki' | 'medquad'][] = [
    ['benign/viwiki_vi/viwiki_vi.jsonl', 'viwiki'],
    ['benign/medquad_en_health/medquad_en_health.jsonl', 'medquad'],
  ];
  for (const [file, source] of files) {
    for (const line of readFileSync(join(DATA_DIR, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const d = JSON.parse(line) as { id: string; text: string };
      docs.push({ id: d.id, text: d.text, source });
    }
  }
  return docs;
}

export function benignExamples(docs: BenignDoc[]): Example[] {
  const out: Example[] = [];
  for (const d of docs) {
    chunk(d.text).forEach((text, i) =>
      out.push({ id: `${d.id}#${i}`, text, labels: [], source: d.source }),
    );
  }
  return out;
}

/** Everything, split: ViHOS ships its dev set; the rest is split by a hash of the id. */
export function loadSplits(): { train: Example[]; dev: Example[]; devDocs: BenignDoc[] } {
  const davidson = loadDavidson();
  const docs = loadBenignDocs();
  const trainDocs = docs.filter((d) => !isDev(d.id));
  const devDocs = docs.filter((d) => isDev(d.id));
  return {
    train: [...loadVihos('train'), ...davidson.train, ...benignExamples(trainDocs)],
    dev: [...loadVihos('dev'), ...davidson.dev, ...benignExamples(devDocs)],
    devDocs,
  };
}

export { plainWord };
