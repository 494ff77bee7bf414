/**
 * Weighted phrase lexicons (e2guardian-style): phrases with positive or negative weights,
 * diacritic-exact phrases, phrase pairs and brand patterns, compiled into token tries keyed by
 * the normaliser's token hashes. Each phrase counts once per text.
 */
import { TEXT_CATEGORIES } from '../core/taxonomy.ts';
import type { TextCategory } from '../core/taxonomy.ts';
import {
  HAS_DIGIT,
  HAS_LETTER,
  TextScratch,
  hashString,
  tokenRawText,
  tokenize,
  tokenText,
} from '../core/text/index.ts';
import type { TokenStream } from '../core/text/index.ts';
import { HashTrie } from './hash-trie.ts';

/** A lexicon file under `lexicons/` (one per category). */
export interface LexiconFile {
  category: string;
  /** Phrase -> weight, matched without diacritics (`kèo nhà cái` = `keo nha cai`). */
  phrases: Record<string, number>;
  /** Phrase -> weight, matched only with these diacritics (`cặc` is not `các`). */
  exact?: Record<string, number>;
  /** [phrase A, phrase B, weight]: added once when both phrases occur. */
  pairs?: [string, string, number][];
  /** Regular expression over a written token that mixes letters and digits -> weight. */
  patterns?: Record<string, number>;
}

/** One phrase occurrence, in original-text offsets. */
export interface LexiconHit {
  phrase: number;
  category: number;
  weight: number;
  start: number;
  end: number;
}

/** Weighted sums per category (index = TEXT_CATEGORIES order) and the first hit of each phrase. */
export interface LexiconResult {
  /** Net sum (positive + negative weights). */
  sums: Float64Array;
  /** Sum of the negative (context) weights alone, <= 0. */
  negative: Float64Array;
  hits: LexiconHit[];
}

/** Patterns count at most this many distinct tokens each. */
const MAX_PATTERN_TOKENS = 3;

/** The compiled lexicons of all categories. */
export class Lexicon {
  /** Phrases by diacritic-free token hashes, and `exact` phrases by folded hashes. */
  private readonly plainTrie = new HashTrie();
  private readonly exactTrie = new HashTrie();
  private readonly phraseCategory: number[] = [];
  private readonly phraseWeight: number[] = [];
  private readonly phraseText: string[] = [];
  private readonly pairs: { a: number; b: number; category: number; weight: number }[] = [];
  private readonly patterns: { re: RegExp; category: number; weight: number }[] = [];
  /** Bitmaps over the low 16 bits of root keys: most tokens skip the trie lookups. */
  private readonly plainBits = new Uint8Array(0x10000);
  private readonly exactBits = new Uint8Array(0x10000);
  private seen = new Int32Array(0);
  /** Buffers for tokenising the phrases while compiling. */
  private readonly scratch = new TextScratch();
  private generation = 0;

  constructor(files: readonly LexiconFile[]) {
    for (const file of files) {
      const category = TEXT_CATEGORIES.indexOf(file.category as TextCategory);
      if (category < 0) throw new Error(`lexicon: unknown category ${file.category}`);
      const ids = new Map<string, number>();
      for (const [text, weight] of Object.entries(file.phrases)) {
        ids.set(text, this.add(text, category, weight, false));
      }
      for (const [text, weight] of Object.entries(file.exact ?? {})) {
        ids.set(text, this.add(text, category, weight, true));
      }
      for (const [a, b, weight] of file.pairs ?? []) {
        const idA = ids.get(a) ?? this.add(a, category, 0, false);
        ids.set(a, idA);
        const idB = ids.get(b) ?? this.add(b, category, 0, false);
        ids.set(b, idB);
        this.pairs.push({ a: idA, b: idB, category, weight });
      }
      for (const [source, weight] of Object.entries(file.patterns ?? {})) {
        this.patterns.push({ re: new RegExp(source), category, weight });
      }
    }
    this.seen = new Int32Array(this.phraseWeight.length);
    this.plainTrie.freeze();
    this.exactTrie.freeze();
    for (const key of this.plainTrie.rootKeys) this.plainBits[key & 0xffff] = 1;
    for (const key of this.exactTrie.rootKeys) this.exactBits[key & 0xffff] = 1;
  }

  /** Number of phrases (including pair members). */
  get size(): number {
    return this.phraseWeight.length;
  }

  /** The phrase text of a phrase id (for evidence and tests). */
  phrase(id: number): string {
    return this.phraseText[id] ?? '';
  }

  private add(text: string, category: number, weight: number, exact: boolean): number {
    const id = this.phraseWeight.length;
    this.phraseCategory.push(category);
    this.phraseWeight.push(weight);
    this.phraseText.push(text);
    const ts = tokenize(text, this.scratch);
    if (ts.count === 0) throw new Error(`lexicon: empty phrase "${text}"`);
    const keys = exact ? ts.foldHash : ts.hash;
    const trie = exact ? this.exactTrie : this.plainTrie;
    let node = 0;
    for (let i = 0; i < ts.count; i++) node = trie.insert(node, keys[i] as number);
    trie.addPhrase(node, id);
    if (!exact && ts.count > 1) {
      // Alias: the phrase written as one word ("nhacai", or split letters re-joined "c.ờ.b.ạ.c").
      let joined = '';
      for (let i = 0; i < ts.count; i++) joined += tokenText(ts, i);
      if (joined.length >= 5)
        this.plainTrie.addPhrase(this.plainTrie.insert(0, hashString(joined)), id);
    }
    return id;
  }

  /** Matches all phrases in a token stream; each phrase counts once. */
  match(ts: TokenStream): LexiconResult {
    const sums = new Float64Array(TEXT_CATEGORIES.length);
    const negative = new Float64Array(TEXT_CATEGORIES.length);
    const hits: LexiconHit[] = [];
    const gen = ++this.generation;
    const seen = this.seen;
    const record = (id: number, start: number, end: number): void => {
      if (seen[id] === gen) return;
      seen[id] = gen;
      const weight = this.phraseWeight[id] as number;
      const category = this.phraseCategory[id] as number;
      sums[category] = (sums[category] as number) + weight;
      if (weight < 0) negative[category] = (negative[category] as number) + weight;
      hits.push({ phrase: id, category, weight, start, end });
    };
    const { count, hash, foldHash, flags, start, end } = ts;
    const walk = (trie: HashTrie, keys: Uint32Array, i: number): void => {
      let node = trie.child(0, keys[i] as number);
      for (let j = i; node >= 0; ) {
        const to = trie.phrasesStart(node + 1);
        for (let p = trie.phrasesStart(node); p < to; p++) {
          record(trie.phraseAt(p), start[i] as number, end[j] as number);
        }
        if (++j >= count) break;
        node = trie.child(node, keys[j] as number);
      }
    };
    let patternTokens: Map<string, number> | undefined;
    for (let i = 0; i < count; i++) {
      if (this.plainBits[(hash[i] as number) & 0xffff] === 1) walk(this.plainTrie, hash, i);
      if (this.exactBits[(foldHash[i] as number) & 0xffff] === 1) walk(this.exactTrie, foldHash, i);
      const f = flags[i] as number;
      if ((f & (HAS_DIGIT | HAS_LETTER)) === (HAS_DIGIT | HAS_LETTER) && this.patterns.length > 0) {
        patternTokens ??= new Map();
        const text = tokenRawText(ts, i);
        if (patternTokens.has(text)) continue;
        for (let p = 0; p < this.patterns.length; p++) {
          const pattern = this.patterns[p];
          if (pattern === undefined || !pattern.re.test(text)) continue;
          const used = patternTokens.get(`#${p}`) ?? 0;
          if (used >= MAX_PATTERN_TOKENS) continue;
          patternTokens.set(`#${p}`, used + 1);
          patternTokens.set(text, p);
          sums[pattern.category] = (sums[pattern.category] as number) + pattern.weight;
          hits.push({
            phrase: -1,
            category: pattern.category,
            weight: pattern.weight,
            start: start[i] as number,
            end: end[i] as number,
          });
          break;
        }
      }
    }
    for (const pair of this.pairs) {
      if (seen[pair.a] === gen && seen[pair.b] === gen) {
        sums[pair.category] = (sums[pair.category] as number) + pair.weight;
      }
    }
    return { sums, negative, hits };
  }
}
