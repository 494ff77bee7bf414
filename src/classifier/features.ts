/**
 * Hashed features of the learned model, computed on the normalised token stream: diacritic-free
 * word unigrams and bigrams, folded (with diacritics) unigrams, and character trigrams of longer
 * words. Shared by training (scripts/train.ts) and scoring so both see identical features.
 */
import { EXPANDED, LETTER } from '../core/text/index.ts';
import type { TokenStream } from '../core/text/index.ts';

const SALT_UNI = 0x1b873593;
const SALT_FOLD = 0x5bd1e995;
const SALT_BI = 0x27d4eb2f;
const SALT_TRI = 0x165667b1;
/** Character trigrams are taken from words of at least this many characters... */
const TRIGRAM_MIN_LENGTH = 5;
/** ...and at most this many per word. */
const TRIGRAM_MAX = 12;
/** Upper bound of features one token can emit (size of the `out` buffer). */
export const MAX_TOKEN_FEATURES = 3 + TRIGRAM_MAX;

/** Avalanche mix of a 32-bit hash with a salt (murmur3 finaliser). */
export function mix(h: number, salt: number): number {
  let x = Math.imul(h ^ salt, 0x9e3779b1);
  x ^= x >>> 15;
  x = Math.imul(x, 0x85ebca77);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/**
 * Writes the feature buckets anchored on token `i` into `out` (length >= MAX_TOKEN_FEATURES)
 * and returns how many were written. `buckets` is a power of two.
 */
export function tokenFeatures(
  ts: TokenStream,
  i: number,
  buckets: number,
  out: Int32Array,
): number {
  const mask = buckets - 1;
  let n = 0;
  const h = ts.hash[i] as number;
  out[n++] = mix(h, SALT_UNI) & mask;
  const fh = ts.foldHash[i] as number;
  if (fh !== h) out[n++] = mix(fh, SALT_FOLD) & mask;
  if (i > 0) out[n++] = mix(Math.imul(ts.hash[i - 1] as number, 0x01000193) ^ h, SALT_BI) & mask;
  const ns = ts.normStart[i] as number;
  const ne = ts.normEnd[i] as number;
  if (ne - ns >= TRIGRAM_MIN_LENGTH && ((ts.flags[i] as number) & EXPANDED) === 0) {
    const { plain, kind } = ts.norm;
    let a = 0x5e; // '^'
    let b = plain[ns] as number;
    const last = Math.min(ne, ns + TRIGRAM_MAX - 1);
    for (let k = ns + 1; k <= last; k++) {
      const c = k < ne ? (kind[k] === LETTER ? (plain[k] as number) : 0x23) : 0x24; // '$'
      out[n++] = mix(((a * 0x10000 + b) * 31 + c) >>> 0, SALT_TRI) & mask;
      a = b;
      b = c;
    }
  }
  return n;
}

/** Calls `emit(bucket, token)` for every feature of `ts` (used by training). */
export function forEachFeature(
  ts: TokenStream,
  buckets: number,
  emit: (bucket: number, token: number) => void,
): void {
  const out = new Int32Array(MAX_TOKEN_FEATURES);
  for (let i = 0; i < ts.count; i++) {
    const n = tokenFeatures(ts, i, buckets, out);
    for (let k = 0; k < n; k++) emit(out[k] as number, i);
  }
}
