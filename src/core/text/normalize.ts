/**
 * Character-level text normaliser: NFC composition, case folding, homoglyph and full-width
 * folding, zero-width and stray-mark removal, repeated-letter collapsing, `@`/`$` leetspeak in
 * word context, and a parallel diacritic-free stream. Every normalised character keeps the
 * UTF-16 range of the original text it came from, so matches can be highlighted in the source.
 */
import {
  CLASS_TABLE,
  DIGIT,
  DROP,
  FOLD_TABLE,
  LEET,
  LETTER,
  MARK,
  PLAIN_TABLE,
  SEP,
  astralToAscii,
  charClass,
  compose,
  foldOf,
  plainOf,
} from './chars.ts';
import { TextScratch } from './scratch.ts';

export { DIGIT, LETTER, SEP } from './chars.ts';

/**
 * The normalised streams of one text; index i of every array describes normalised char i, for
 * i < length (the arrays may be longer).
 */
export interface NormalizedText {
  /** The original text. */
  readonly source: string;
  /** Number of normalised characters. */
  readonly length: number;
  /** Lower-cased, NFC, homoglyph-folded characters (diacritics kept). */
  readonly folded: Uint16Array;
  /** The same characters without diacritics (`đ` -> `d`). */
  readonly plain: Uint16Array;
  /** SEP, LETTER or DIGIT for each character. */
  readonly kind: Uint8Array;
  /** Original UTF-16 start offset of each character. */
  readonly start: Int32Array;
  /** Original UTF-16 end offset (exclusive) of each character. */
  readonly end: Int32Array;
}

/**
 * Normalises `text` (see the module comment). Linear time, one pass. With a `scratch`, the result
 * lives in its arrays (longer than `length`) until the next call with the same scratch.
 */
export function normalizeText(text: string, scratch = new TextScratch()): NormalizedText {
  const len = text.length;
  scratch.reserve(len);
  const { folded, plain, kind, start, end } = scratch;
  let n = 0;
  let run = 0; // length of the run of one repeated letter that ends at n - 1
  // kind[n - 1] and plain[n - 1], kept in registers (a composed mark changes folded only)
  let prevKind = SEP;
  let prevPlain = 0;
  for (let i = 0; i < len; i++) {
    let c = text.charCodeAt(i);
    // Fast path: a BMP letter, digit or separator with its table entries filled, that does not
    // repeat the previous letter. Everything else takes the general path below.
    const fk = CLASS_TABLE[c] as number;
    if (fk <= DIGIT && (c & 0xf800) !== 0xd800) {
      const fp = PLAIN_TABLE[c] as number;
      if (fp !== prevPlain || fk !== LETTER || prevKind !== LETTER) {
        folded[n] = FOLD_TABLE[c] as number;
        plain[n] = fp;
        kind[n] = fk;
        start[n] = i;
        end[n] = i + 1;
        n++;
        run = 1;
        prevKind = fk;
        prevPlain = fp;
        continue;
      }
    }
    const from = i;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
      const lo = text.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        i++;
        const ascii = astralToAscii((c - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000);
        c = ascii >= 0 ? ascii : 0x20; // emoji and other astral symbols separate words
      }
    }
    let k = charClass(c);
    if (k === DROP) {
      if (n > 0) end[n - 1] = i + 1;
      continue;
    }
    if (k === MARK) {
      if (n > 0) {
        if (kind[n - 1] === LETTER) {
          const composed = compose(folded[n - 1] as number, c);
          if (composed >= 0) folded[n - 1] = composed;
        }
        end[n - 1] = i + 1;
      }
      continue;
    }
    let f = foldOf(c);
    let p = plainOf(c);
    if (k === LEET) {
      const prevLetter = n > 0 && kind[n - 1] === LETTER && end[n - 1] === from;
      const next = i + 1 < len ? charClass(text.charCodeAt(i + 1)) : SEP;
      if (prevLetter || next === LETTER) {
        k = LETTER;
      } else {
        k = SEP;
        f = p = c;
      }
    }
    // The rare test first: most characters differ from the previous one.
    if (p === prevPlain && k === LETTER && prevKind === LETTER) {
      run++;
      if (run === 3) {
        n--; // "nguuu" -> "ngu": drop the second of the run, absorb the rest
        end[n - 1] = i + 1;
        continue;
      }
      if (run > 3) {
        end[n - 1] = i + 1;
        continue;
      }
    } else {
      run = 1; // read only after a letter
    }
    folded[n] = f;
    plain[n] = p;
    kind[n] = k; // SEP, LETTER or DIGIT by now
    start[n] = from;
    end[n] = i + 1;
    n++;
    prevKind = k;
    prevPlain = p;
  }
  return { source: text, length: n, folded, plain, kind, start, end };
}

function decode(units: Uint16Array, from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i += 4096) {
    out += String.fromCharCode.apply(null, Array.from(units.subarray(i, Math.min(to, i + 4096))));
  }
  return out;
}

/** The folded stream as a string (diacritics kept). */
export function foldedString(n: NormalizedText, from = 0, to = n.length): string {
  return decode(n.folded, from, to);
}

/** The diacritic-free stream as a string; same length and indices as `foldedString`. */
export function plainString(n: NormalizedText, from = 0, to = n.length): string {
  return decode(n.plain, from, to);
}
