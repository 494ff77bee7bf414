/**
 * The learned linear model: logistic regression heads over hashed features (features.ts), with
 * L2-normalised binary feature vectors so long pages do not add up to a high score. Weights are
 * stored quantised to int8 (base64) with one scale per head in `model/model.json`.
 */
import type { TokenStream } from '../core/text/index.ts';
import { MAX_TOKEN_FEATURES, tokenFeatures } from './features.ts';

/** The JSON artifact written by `npm run train`. */
export interface ModelArtifact {
  version: number;
  buckets: number;
  heads: string[];
  bias: number[];
  scale: number[];
  weights: string;
}

/** Per-head logits and, per head, the tokens with the largest positive contributions. */
export interface ModelOutput {
  logits: Float64Array;
  top: { token: number; weight: number }[][];
}

const TOP = 3;
/**
 * Feature count of a typical training chunk. Up to it the feature vector is L2-normalised (as in
 * training); beyond it the page is scored like an average chunk of this size (mean weight), so a
 * long page does not drift upwards with sqrt(length).
 */
export const LONG_TEXT_FEATURES = 256;

/** Decodes base64 into bytes without Node APIs. */
export function decodeBase64(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Encodes bytes as base64 without Node APIs. */
export function encodeBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    bin += String.fromCharCode.apply(null, Array.from(bytes.subarray(i, i + 8192)));
  }
  return btoa(bin);
}

/** A loaded model, ready to score. */
export class LinearModel {
  readonly heads: readonly string[];
  readonly buckets: number;
  /** int8 weights, bucket-major: one cache line holds the heads of ~20 buckets. */
  private readonly weights: Int8Array;
  private readonly scale: Float64Array;
  private readonly bias: Float64Array;
  private readonly buffer = new Int32Array(MAX_TOKEN_FEATURES);

  constructor(artifact: ModelArtifact) {
    this.heads = artifact.heads;
    this.buckets = artifact.buckets;
    const h = artifact.heads.length;
    const q = new Int8Array(decodeBase64(artifact.weights).buffer);
    if (q.length !== artifact.buckets * h)
      throw new Error('model: weight table has the wrong size');
    this.weights = q;
    this.scale = Float64Array.from(artifact.scale);
    this.bias = Float64Array.from(artifact.bias);
  }

  /** Size of the weight table in bytes (as loaded). */
  get bytes(): number {
    return this.weights.byteLength;
  }

  score(ts: TokenStream): ModelOutput {
    const h = this.heads.length;
    const w = this.weights;
    const scale = this.scale;
    const acc = new Float64Array(h);
    const top = Array.from({ length: h }, () => [] as { token: number; weight: number }[]);
    const floor = new Float64Array(h); // smallest weight in a full top list
    const tokenSum = new Float64Array(h);
    const buf = this.buffer;
    const buckets = this.buckets;
    let n = 0;
    for (let i = 0; i < ts.count; i++) {
      const m = tokenFeatures(ts, i, buckets, buf);
      n += m;
      sumWeights(w, h, buf, m, tokenSum);
      for (let k = 0; k < h; k++) {
        const sum = tokenSum[k] as number;
        acc[k] = (acc[k] as number) + sum;
        const v = sum * (scale[k] as number);
        if (v <= (floor[k] as number)) continue;
        insertTop(top[k] as { token: number; weight: number }[], i, v);
        const list = top[k] as { token: number; weight: number }[];
        if (list.length === TOP) floor[k] = (list[TOP - 1] as { weight: number }).weight;
      }
    }
    const norm =
      n === 0 ? 0 : n <= LONG_TEXT_FEATURES ? 1 / Math.sqrt(n) : Math.sqrt(LONG_TEXT_FEATURES) / n;
    const logits = new Float64Array(h);
    for (let k = 0; k < h; k++)
      logits[k] = (this.bias[k] as number) + (acc[k] as number) * (scale[k] as number) * norm;
    return { logits, top };
  }
}

/**
 * out[k] = the sum of head k's weights over the first `m` buckets of `buf`. Summed in locals for
 * the trained model's three heads (a running sum in the `out` array was a third of the scoring
 * time); integers, so exact in any order.
 */
function sumWeights(w: Int8Array, h: number, buf: Int32Array, m: number, out: Float64Array): void {
  if (h === 3) {
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    for (let f = 0; f < m; f++) {
      const base = (buf[f] as number) * 3;
      s0 += w[base] as number;
      s1 += w[base + 1] as number;
      s2 += w[base + 2] as number;
    }
    out[0] = s0;
    out[1] = s1;
    out[2] = s2;
    return;
  }
  for (let k = 0; k < h; k++) {
    let sum = 0;
    for (let f = 0; f < m; f++) sum += w[(buf[f] as number) * h + k] as number;
    out[k] = sum;
  }
}

/**
 * Keeps `list` the TOP largest weights, largest first; a new weight goes after equal ones (as a
 * stable sort of the list with the new item appended would place it).
 */
function insertTop(list: { token: number; weight: number }[], token: number, weight: number): void {
  let at = list.length;
  while (at > 0 && (list[at - 1] as { weight: number }).weight < weight) at--;
  if (at >= TOP) return;
  list.splice(at, 0, { token, weight });
  if (list.length > TOP) list.pop();
}
