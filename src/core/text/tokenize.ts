/**
 * Word tokens over a NormalizedText, each carrying hashes of its diacritic-free and folded forms
 * and its ORIGINAL-text offsets. On top of the character normaliser it applies: digit leetspeak
 * inside words (`s3x` -> `sex`), re-joining of letters split by dots/spaces (`c.ờ.b.ạ.c`,
 * `s e x`), and teencode expansion (`vcl`, `đm`, `ko`, `sdt`, ...; see teencode.ts).
 */
import { FNV_OFFSET, fnvStep, hashString } from './hash.ts';
import { DIGIT, LETTER, SEP, normalizeText } from './normalize.ts';
import type { NormalizedText } from './normalize.ts';
import { charClass, foldOf, plainOf } from './chars.ts';
import { TextScratch } from './scratch.ts';
import { TEENCODE } from './teencode.ts';

/** Token flag: contains a digit (as written). */
export const HAS_DIGIT = 1;
/** Token flag: contains a letter. */
export const HAS_LETTER = 2;
/** Token flag: produced by a teencode expansion (several tokens may share one source span). */
export const EXPANDED = 4;
/** Token flag: single letters re-joined (`s.e.x`). */
export const JOINED = 8;
/** Token flag: digits read as letters (`s3x`). */
export const LEET_READ = 16;

/** Tokens of one text, as parallel typed arrays (index = token number < count; may be longer). */
export interface TokenStream {
  readonly norm: NormalizedText;
  readonly count: number;
  /** Original UTF-16 start offset. */
  readonly start: Int32Array;
  /** Original UTF-16 end offset (exclusive). */
  readonly end: Int32Array;
  /** Hash of the diacritic-free form after leetspeak and teencode: the main matching key. */
  readonly hash: Uint32Array;
  /** Hash of the folded form with diacritics, after leetspeak and teencode. */
  readonly foldHash: Uint32Array;
  /** Hash of the diacritic-free form as written (no leetspeak, no teencode): brand names. */
  readonly rawHash: Uint32Array;
  /** HAS_DIGIT | HAS_LETTER | EXPANDED | JOINED | LEET_READ. */
  readonly flags: Uint8Array;
  /** Range of the token in the normalised streams. */
  readonly normStart: Int32Array;
  readonly normEnd: Int32Array;
  /** Expansion word of an EXPANDED token, by token index. */
  readonly expansions: ReadonlyMap<number, string>;
}

const LEET_DIGITS: Record<number, number> = {
  0x30: 0x6f, // 0 -> o
  0x31: 0x69, // 1 -> i
  0x33: 0x65, // 3 -> e
  0x34: 0x61, // 4 -> a
  0x35: 0x73, // 5 -> s
  0x37: 0x74, // 7 -> t
};

/** Diacritic-free form of a word, as the normaliser would produce it. */
export function plainWord(word: string): string {
  let out = '';
  for (const ch of word.normalize('NFC')) {
    const c = ch.charCodeAt(0);
    charClass(c);
    out += String.fromCharCode(plainOf(c));
  }
  return out;
}

/** Folded form of a word (lower case, diacritics kept). */
export function foldWord(word: string): string {
  let out = '';
  for (const ch of word.normalize('NFC')) {
    const c = ch.charCodeAt(0);
    charClass(c);
    out += String.fromCharCode(foldOf(c));
  }
  return out;
}

interface Expansion {
  words: string[];
  plain: number[];
  fold: number[];
}

const teenByFold = new Map<number, Expansion>();
const teenByPlain = new Map<number, Expansion>();
for (const [key, value] of TEENCODE) {
  const words = value.split(' ');
  const exp: Expansion = {
    words: words.map(plainWord),
    plain: words.map((w) => hashString(plainWord(w))),
    fold: words.map((w) => hashString(foldWord(w))),
  };
  if (key.includes('đ')) teenByFold.set(hashString(foldWord(key)), exp);
  else teenByPlain.set(hashString(plainWord(key)), exp);
}

/** Bitmap over the low 16 bits of every teencode key hash: most tokens skip both map lookups. */
const teenBits = new Uint8Array(0x10000);
for (const h of [...teenByFold.keys(), ...teenByPlain.keys()]) teenBits[h & 0xffff] = 1;

const JOINERS = new Set([0x20, 0x2e, 0x2d, 0x5f, 0x2a, 0xb7, 0x2022, 0x2c, 0x7c, 0x2f, 0x2b, 0x7e]);

/** Whether the source text between two single letters (1 or 2 code units) only joins them. */
function joinable(source: string, gapFrom: number, gapTo: number): boolean {
  if (gapTo - gapFrom < 1 || gapTo - gapFrom > 2) return false;
  for (let g = gapFrom; g < gapTo; g++) if (!JOINERS.has(source.charCodeAt(g))) return false;
  return true;
}

/**
 * Tokenises a normalised text (see the module comment). With a `scratch`, the token arrays live in
 * it (longer than `count`) until the next call with the same scratch.
 */
export function tokenizeNormalized(norm: NormalizedText, scratch = new TextScratch()): TokenStream {
  const { plain, folded, kind, start, end, source } = norm;
  const len = norm.length;
  const out = scratch.tokens;
  out.reset(Math.ceil(len / 5) + 16);
  const expansions = new Map<number, string>();
  // A word is written out as it is, or as its teencode expansion.
  const emit = (
    from: number,
    to: number,
    hash: number,
    foldHash: number,
    rawHash: number,
    flags: number,
    ns: number,
    ne: number,
  ): void => {
    if (teenBits[foldHash & 0xffff] === 1 || teenBits[rawHash & 0xffff] === 1) {
      const exp = teenByFold.get(foldHash) ?? teenByPlain.get(rawHash);
      if (exp !== undefined) {
        for (let w = 0; w < exp.plain.length; w++) {
          expansions.set(out.n, exp.words[w] as string);
          const p = exp.plain[w] as number;
          out.push(from, to, p, exp.fold[w] as number, rawHash, HAS_LETTER | EXPANDED, ns, ne);
        }
        return;
      }
    }
    out.push(from, to, hash, foldHash, rawHash, flags, ns, ne);
  };
  // Single letters are held back while more may follow: three or more in a row, split only by
  // joiners (`s.e.x`, `s e x`), are one word; one or two are words of their own.
  const singles = scratch.singles;
  singles.n = 0; // arrays allocated on the first single letter
  const settle = (): void => {
    const n = singles.n;
    if (n >= 3) {
      let hp = FNV_OFFSET;
      let hf = FNV_OFFSET;
      for (let v = 0; v < n; v++) {
        const at = singles.normStart[v] as number;
        hp = fnvStep(hp, plain[at] as number);
        hf = fnvStep(hf, folded[at] as number);
      }
      const ns = singles.normStart[0] as number;
      const ne = singles.normEnd[n - 1] as number;
      const from = singles.start[0] as number;
      out.push(from, singles.end[n - 1] as number, hp, hf, hp, HAS_LETTER | JOINED, ns, ne);
    } else {
      for (let v = 0; v < n; v++) {
        emit(
          singles.start[v] as number,
          singles.end[v] as number,
          singles.hash[v] as number,
          singles.foldHash[v] as number,
          singles.rawHash[v] as number,
          singles.flags[v] as number,
          singles.normStart[v] as number,
          singles.normEnd[v] as number,
        );
      }
    }
    singles.n = 0;
  };
  // Runs of letters/digits.
  let i = 0;
  while (i < len) {
    let k = kind[i];
    if (k !== LETTER && k !== DIGIT) {
      i++;
      continue;
    }
    const ns = i;
    let hp = FNV_OFFSET;
    let hf = FNV_OFFSET;
    let letters = 0;
    let digits = 0;
    while (k === LETTER || k === DIGIT) {
      hp = Math.imul(hp ^ (plain[i] as number), 0x01000193) >>> 0;
      hf = Math.imul(hf ^ (folded[i] as number), 0x01000193) >>> 0;
      if (k === DIGIT) digits++;
      else letters++;
      k = ++i < len ? kind[i] : SEP;
    }
    let flags = (digits > 0 ? HAS_DIGIT : 0) | (letters > 0 ? HAS_LETTER : 0);
    const from = start[ns] as number;
    const to = end[i - 1] as number;
    if (i - ns === 1 && flags === HAS_LETTER) {
      const last = singles.n - 1;
      if (last >= 0 && !joinable(source, singles.end[last] as number, from)) settle();
      singles.push(from, to, hp, hf, hp, flags, ns, i);
      continue;
    }
    if (singles.n > 0) settle();
    let lp = hp;
    let lf = hf;
    if (digits > 0 && letters >= digits) {
      // Leetspeak: re-hash with digits read as letters, when any digit has a reading.
      let leetable = 0;
      lp = lf = FNV_OFFSET;
      for (let j = ns; j < i; j++) {
        const p = plain[j] as number;
        const l = kind[j] === DIGIT ? LEET_DIGITS[p] : undefined;
        if (l !== undefined) leetable++;
        lp = fnvStep(lp, l ?? p);
        lf = fnvStep(lf, l ?? (folded[j] as number));
      }
      if (leetable > 0) flags |= LEET_READ;
      else {
        lp = hp;
        lf = hf;
      }
    }
    emit(from, to, lp, lf, hp, flags, ns, i);
  }
  if (singles.n > 0) settle();
  return {
    norm,
    count: out.n,
    start: out.start,
    end: out.end,
    hash: out.hash,
    foldHash: out.foldHash,
    rawHash: out.rawHash,
    flags: out.flags,
    normStart: out.normStart,
    normEnd: out.normEnd,
    expansions,
  };
}

/** Normalises and tokenises `text`; see `normalizeText` for `scratch`. */
export function tokenize(text: string, scratch = new TextScratch()): TokenStream {
  return tokenizeNormalized(normalizeText(text, scratch), scratch);
}

/** The diacritic-free matching form of token `i` (after leetspeak, joining and teencode). */
export function tokenText(ts: TokenStream, i: number): string {
  const exp = ts.expansions.get(i);
  if (exp !== undefined) return exp;
  return wordChars(ts, i, ts.norm.plain, ((ts.flags[i] as number) & LEET_READ) !== 0);
}

/** The diacritic-free form of token `i` as written (no leetspeak): used for brand patterns. */
export function tokenRawText(ts: TokenStream, i: number): string {
  return wordChars(ts, i, ts.norm.plain, false);
}

function wordChars(ts: TokenStream, i: number, units: Uint16Array, leet: boolean): string {
  let out = '';
  const { kind } = ts.norm;
  for (let k = ts.normStart[i] as number; k < (ts.normEnd[i] as number); k++) {
    if (kind[k] !== LETTER && kind[k] !== DIGIT) continue;
    const c = units[k] as number;
    out += String.fromCharCode(leet && kind[k] === DIGIT ? (LEET_DIGITS[c] ?? c) : c);
  }
  return out;
}
