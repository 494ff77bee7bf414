/** Per-code-unit character classes and folding tables, filled lazily (pure, no dependencies). */

/** Character classes of the normaliser. */
export const SEP = 0;
export const LETTER = 1;
export const DIGIT = 2;
/** Zero-width and format characters: dropped, their offsets absorbed by the previous char. */
export const DROP = 3;
/** Combining marks: composed onto the previous letter (NFC) or dropped when stray. */
export const MARK = 4;
/** `@` and `$`: a letter in word context (leetspeak), a separator otherwise. */
export const LEET = 5;

const UNSET = 0xff;
const klass = new Uint8Array(0x10000).fill(UNSET);
const fold = new Uint16Array(0x10000);
const plain = new Uint16Array(0x10000);

/** Cyrillic and Greek look-alikes of Latin letters (lower case after folding). */
const HOMOGLYPHS: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  һ: 'h',
  ӏ: 'l',
  α: 'a',
  β: 'b',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ω: 'w',
  ϲ: 'c',
  ϳ: 'j',
};

/** Capital look-alikes, mapped before lower-casing (Greek Ν looks like N, its lower case ν like v). */
const UPPER_HOMOGLYPHS: Record<string, string> = {
  Α: 'a',
  Β: 'b',
  Ε: 'e',
  Ζ: 'z',
  Η: 'h',
  Ι: 'i',
  Κ: 'k',
  Μ: 'm',
  Ν: 'n',
  Ο: 'o',
  Ρ: 'p',
  Τ: 't',
  Υ: 'y',
  Χ: 'x',
  А: 'a',
  В: 'b',
  Е: 'e',
  К: 'k',
  М: 'm',
  Н: 'h',
  О: 'o',
  Р: 'p',
  С: 'c',
  Т: 't',
  У: 'y',
  Х: 'x',
  Ѕ: 's',
  І: 'i',
  Ј: 'j',
};

function isZeroWidth(c: number): boolean {
  return (
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x2060 && c <= 0x2064) ||
    c === 0xfeff ||
    c === 0x00ad ||
    c === 0x034f ||
    c === 0x180e ||
    (c >= 0x202a && c <= 0x202e)
  );
}

function isMark(c: number): boolean {
  return (
    (c >= 0x0300 && c <= 0x036f) ||
    (c >= 0x1ab0 && c <= 0x1aff) ||
    (c >= 0x1dc0 && c <= 0x1dff) ||
    (c >= 0x20d0 && c <= 0x20ff) ||
    (c >= 0xfe20 && c <= 0xfe2f)
  );
}

const LETTER_RE = /\p{L}/u;
const NUMBER_RE = /\p{N}/u;

function fill(code: number): void {
  if (isZeroWidth(code)) {
    klass[code] = DROP;
    return;
  }
  if (isMark(code)) {
    klass[code] = MARK;
    return;
  }
  let c = code;
  if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0; // full-width ASCII
  if (c === 0x40 || c === 0x24) {
    klass[code] = LEET;
    fold[code] = plain[code] = c === 0x40 ? 0x61 : 0x73;
    return;
  }
  if (c >= 0x30 && c <= 0x39) {
    klass[code] = DIGIT;
    fold[code] = plain[code] = c;
    return;
  }
  let ch = String.fromCharCode(c);
  if (!LETTER_RE.test(ch)) {
    klass[code] = NUMBER_RE.test(ch) ? LETTER : SEP;
    fold[code] = plain[code] = c;
    return;
  }
  const upper = UPPER_HOMOGLYPHS[ch];
  ch = upper ?? ch.toLowerCase().charAt(0);
  ch = HOMOGLYPHS[ch] ?? ch;
  const base = ch === 'đ' ? 'd' : ch.normalize('NFD').charAt(0);
  klass[code] = LETTER;
  fold[code] = ch.charCodeAt(0);
  plain[code] = base.charCodeAt(0);
}

for (let c = 0; c < 0x250; c++) fill(c); // Latin: filled eagerly, read without a branch below

/** Class of a UTF-16 code unit (surrogates are classed as letters by the caller). */
export function charClass(c: number): number {
  let k = klass[c] as number;
  if (k === UNSET) {
    fill(c);
    k = klass[c] as number;
  }
  return k;
}

/** Lower-cased, homoglyph- and width-folded form, diacritics kept. Call after charClass. */
export function foldOf(c: number): number {
  return fold[c] as number;
}

/** Diacritic-free base letter (đ -> d). Call after charClass. */
export function plainOf(c: number): number {
  return plain[c] as number;
}

/**
 * The tables themselves, for the normaliser's fast path: `CLASS_TABLE[c]` is above every class
 * until charClass(c) has filled the entry, so `CLASS_TABLE[c] <= DIGIT` means all three are set.
 */
export { klass as CLASS_TABLE, fold as FOLD_TABLE, plain as PLAIN_TABLE };

const composeCache = new Map<number, number>();

/** NFC composition of a letter and a combining mark, or -1 when they do not compose. */
export function compose(letter: number, mark: number): number {
  const key = letter * 0x10000 + mark;
  let r = composeCache.get(key);
  if (r === undefined) {
    const s = (String.fromCharCode(letter) + String.fromCharCode(mark)).normalize('NFC');
    r = s.length === 1 ? s.charCodeAt(0) : -1;
    composeCache.set(key, r);
  }
  return r;
}

/** Maps a supplementary code point (mathematical alphanumerics etc.) to an ASCII letter or digit, or -1. */
export function astralToAscii(cp: number): number {
  if (cp < 0x1d400 || cp > 0x1d7ff) return -1;
  const s = String.fromCodePoint(cp).normalize('NFKC').toLowerCase();
  return s.length === 1 ? s.charCodeAt(0) : -1;
}
