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

/**
 * Tokenises a normalised text (see the module comment). With a `scratch`, the token arrays live in
 * it (longer than `count`) until the next call with the same scratch.
 */
export function tokenizeNormalized(norm: NormalizedText, scratch = new TextScratch()): TokenStream {
  const { plain, folded, kind, start, end, source } = norm;
  const len = norm.length;
  const raw = scratch.tokens;
  raw.reset(Math.ceil(len / 5) + 16);
  // Pass 1: runs of letters/digits.
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
    raw.push(start[ns] as number, end[i - 1] as number, lp, lf, hp, flags, ns, i);
  }
  // Pass 2: join split letters, expand teencode. Written over pass 1's arrays where it can: the
  // write position never passes the read position, except for an expansion that has no room,
  // which moves the output to a fresh builder from there on.
  const expansions = new Map<number, string>();
  const rn = raw.n;
  const rStart = raw.start;
  const rEnd = raw.end;
  const rHash = raw.hash;
  const rFold = raw.foldHash;
  const rRaw = raw.rawHash;
  const rFlags = raw.flags;
  const rNs = raw.normStart;
  const rNe = raw.normEnd;
  let out = raw;
  out.n = 0;
  const moveOut = (extra: number): void => {
    const fresh = scratch.spill;
    fresh.reset(rn + extra + 16);
    for (let v = 0; v < out.n; v++) {
      fresh.push(
        rStart[v] as number,
        rEnd[v] as number,
        rHash[v] as number,
        rFold[v] as number,
        rRaw[v] as number,
        rFlags[v] as number,
        rNs[v] as number,
        rNe[v] as number,
      );
    }
    out = fresh;
  };
  const single = (t: number): boolean =>
    t < rn && (rNe[t] as number) - (rNs[t] as number) === 1 && rFlags[t] === HAS_LETTER;
  const joinable = (t: number): boolean => {
    const gapFrom = rEnd[t] as number;
    const gapTo = rStart[t + 1] as number;
    if (gapTo - gapFrom < 1 || gapTo - gapFrom > 2) return false;
    for (let g = gapFrom; g < gapTo; g++) if (!JOINERS.has(source.charCodeAt(g))) return false;
    return true;
  };
  for (let t = 0; t < rn; t++) {
    const ns = rNs[t] as number;
    const ne = rNe[t] as number;
    const fh = rFold[t] as number;
    const rh = rRaw[t] as number;
    if (ne - ns === 1 && rFlags[t] === HAS_LETTER && single(t + 1) && joinable(t)) {
      let u = t + 1;
      while (single(u + 1) && joinable(u)) u++;
      if (u - t >= 2) {
        let hp = FNV_OFFSET;
        let hf = FNV_OFFSET;
        for (let v = t; v <= u; v++) {
          const at = rNs[v] as number;
          hp = fnvStep(hp, plain[at] as number);
          hf = fnvStep(hf, folded[at] as number);
        }
        out.push(
          rStart[t] as number,
          rEnd[u] as number,
          hp,
          hf,
          hp,
          HAS_LETTER | JOINED,
          ns,
          rNe[u] as number,
        );
        t = u;
        continue;
      }
    }
    if (teenBits[fh & 0xffff] === 1 || teenBits[rh & 0xffff] === 1) {
      const exp = teenByFold.get(fh) ?? teenByPlain.get(rh);
      if (exp !== undefined) {
        const words = exp.plain.length;
        const from = rStart[t] as number;
        const to = rEnd[t] as number;
        // In place, the words would overwrite tokens not read yet: move the output out first.
        if (out === raw && out.n + words - 1 > t) moveOut(rn - t + words);
        for (let w = 0; w < words; w++) {
          expansions.set(out.n, exp.words[w] as string);
          out.push(
            from,
            to,
            exp.plain[w] as number,
            exp.fold[w] as number,
            rh,
            HAS_LETTER | EXPANDED,
            ns,
            ne,
          );
        }
        continue;
      }
    }
    if (out === raw && out.n === t) {
      out.n++; // unchanged and already in place
      continue;
    }
    out.push(
      rStart[t] as number,
      rEnd[t] as number,
      rHash[t] as number,
      fh,
      rh,
      rFlags[t] as number,
      ns,
      ne,
    );
  }
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
