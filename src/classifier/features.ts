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
 * Calls `emit(bucket, token)` for every feature of `ts` (bucket in [0, buckets), buckets a power
 * of two; token = the token the feature is anchored on, for evidence).
 */
export function forEachFeature(
  ts: TokenStream,
  buckets: number,
  emit: (bucket: number, token: number) => void,
): void {
  const mask = buckets - 1;
  const { count, hash, foldHash, flags, normStart, normEnd } = ts;
  const { plain, kind } = ts.norm;
  let prev = 0;
  for (let i = 0; i < count; i++) {
    const h = hash[i] as number;
    emit(mix(h, SALT_UNI) & mask, i);
    const fh = foldHash[i] as number;
    if (fh !== h) emit(mix(fh, SALT_FOLD) & mask, i);
    if (i > 0) emit(mix(Math.imul(prev, 0x01000193) ^ h, SALT_BI) & mask, i);
    prev = h;
    const ns = normStart[i] as number;
    const ne = normEnd[i] as number;
    if (ne - ns >= 5 && ((flags[i] as number) & EXPANDED) === 0) {
      let a = 0x5e; // '^'
      let b = plain[ns] as number;
      for (let k = ns + 1; k <= ne; k++) {
        const c = k < ne ? (kind[k] === LETTER ? (plain[k] as number) : 0x23) : 0x24; // '$'
        emit(mix(((a * 0x10000 + b) * 31 + c) >>> 0, SALT_TRI) & mask, i);
        a = b;
        b = c;
      }
    }
  }
}
