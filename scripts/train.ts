/**
 * `npm run train`: trains the hate / harassment / profanity heads (logistic regression over
 * hashed n-grams, see src/classifier/features.ts) on ViHOS + Davidson with Wikipedia and NIH
 * health text as negatives, and writes src/classifier/model/model.json. Deterministic: seeded
 * shuffle, fixed iteration order and float formatting, so the artifact is byte-identical.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tokenize } from '../src/core/text/index.ts';
import { forEachFeature } from '../src/classifier/features.ts';
import { encodeBase64 } from '../src/classifier/model.ts';
import type { ModelArtifact } from '../src/classifier/model.ts';
import { HEADS, loadSplits } from './classifier-data.ts';

const BUCKETS = 1 << 18;
const EPOCHS = 4;
const LR0 = 0.4;
const SEED = 20240601;
const OUT = join(import.meta.dirname, '..', 'src', 'classifier', 'model', 'model.json');

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function main(): void {
  const t0 = Date.now();
  const { train } = loadSplits();
  const H = HEADS.length;
  // Featurise once into flat typed arrays.
  const offsets = new Int32Array(train.length + 1);
  const labels = new Uint8Array(train.length * H);
  let feats = new Int32Array(1 << 22);
  let nf = 0;
  train.forEach((ex, i) => {
    forEachFeature(tokenize(ex.text), BUCKETS, (b) => {
      if (nf === feats.length) {
        const g = new Int32Array(feats.length * 2);
        g.set(feats);
        feats = g;
      }
      feats[nf++] = b;
    });
    offsets[i + 1] = nf;
    for (const l of ex.labels) labels[i * H + HEADS.indexOf(l)] = 1;
  });
  const pos = HEADS.map((_, k) => train.filter((_e, i) => labels[i * H + k] === 1).length);
  const posWeight = pos.map((p) => Math.min(4, Math.sqrt((train.length - p) / Math.max(1, p))));
  console.error(
    `train: ${train.length} examples, ${nf} features, positives ${pos.join('/')}, ${Date.now() - t0} ms`,
  );

  const w = new Float64Array(BUCKETS * H);
  const bias = new Float64Array(H);
  const order = Int32Array.from({ length: train.length }, (_, i) => i);
  const rand = mulberry32(SEED);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      const t = order[i] as number;
      order[i] = order[j] as number;
      order[j] = t;
    }
    const lr = LR0 / (1 + epoch);
    for (let o = 0; o < order.length; o++) {
      const ex = order[o] as number;
      const a = offsets[ex] as number;
      const b = offsets[ex + 1] as number;
      if (b === a) continue;
      const norm = 1 / Math.sqrt(b - a);
      for (let k = 0; k < H; k++) {
        let z = bias[k] as number;
        for (let f = a; f < b; f++) z += w[(feats[f] as number) * H + k] as number;
        z = (bias[k] as number) + (z - (bias[k] as number)) * norm;
        const y = labels[ex * H + k] as number;
        const p = 1 / (1 + Math.exp(-z));
        const g = (y - p) * (y === 1 ? (posWeight[k] as number) : 1) * lr;
        bias[k] = (bias[k] as number) + g * 0.1;
        const step = g * norm;
        for (let f = a; f < b; f++) {
          const idx = (feats[f] as number) * H + k;
          w[idx] = (w[idx] as number) + step;
        }
      }
    }
    console.error(`epoch ${epoch + 1}/${EPOCHS} done, ${Date.now() - t0} ms`);
  }
  // Quantise to int8 with one scale per head.
  const scale = HEADS.map((_, k) => {
    let max = 0;
    for (let i = k; i < w.length; i += H) max = Math.max(max, Math.abs(w[i] as number));
    return Number((max / 127 || 1).toPrecision(8));
  });
  const q = new Int8Array(w.length);
  for (let i = 0; i < w.length; i++) {
    q[i] = Math.max(-127, Math.min(127, Math.round((w[i] as number) / (scale[i % H] as number))));
  }
  const artifact: ModelArtifact = {
    version: 1,
    buckets: BUCKETS,
    heads: [...HEADS],
    bias: Array.from(bias, (b) => Number(b.toPrecision(8))),
    scale,
    weights: encodeBase64(new Uint8Array(q.buffer)),
  };
  mkdirSync(join(OUT, '..'), { recursive: true });
  writeFileSync(OUT, `${JSON.stringify(artifact)}\n`);
  console.error(`wrote ${OUT} (${JSON.stringify(artifact).length} bytes) in ${Date.now() - t0} ms`);
}

main();
