import { describe, expect, it } from 'vitest';
import { tokenize } from '../core/text/index.ts';
import { forEachFeature } from './features.ts';
import { LONG_TEXT_FEATURES, LinearModel, encodeBase64 } from './model.ts';
import type { ModelArtifact } from './model.ts';

const BUCKETS = 1 << 10;

function artifact(heads: number): ModelArtifact {
  const q = new Int8Array(BUCKETS * heads);
  for (let i = 0; i < q.length; i++) q[i] = ((i * 37) % 255) - 127;
  return {
    version: 1,
    buckets: BUCKETS,
    heads: Array.from({ length: heads }, (_, k) => `h${k}`),
    bias: Array.from({ length: heads }, (_, k) => k / 10),
    scale: Array.from({ length: heads }, (_, k) => 0.01 * (k + 1)),
    weights: encodeBase64(new Uint8Array(q.buffer)),
  };
}

/** The logits as training defines them: every feature's weight, summed, then normalised. */
function reference(a: ModelArtifact, text: string): number[] {
  const h = a.heads.length;
  const q = new Int8Array(Uint8Array.from(atob(a.weights), (c) => c.charCodeAt(0)).buffer);
  const sums = new Array<number>(h).fill(0);
  let n = 0;
  forEachFeature(tokenize(text), a.buckets, (b) => {
    n++;
    for (let k = 0; k < h; k++) sums[k] = (sums[k] as number) + (q[b * h + k] as number);
  });
  const norm = n <= LONG_TEXT_FEATURES ? 1 / Math.sqrt(n) : Math.sqrt(LONG_TEXT_FEATURES) / n;
  return sums.map((s, k) => (a.bias[k] as number) + s * (a.scale[k] as number) * norm);
}

describe('LinearModel', () => {
  const text = 'Kèo nhà cái uy tín hôm nay, what the fuck is this, s.e.x vcl '.repeat(30);

  it('scores like the feature definition, for three heads and for other head counts', () => {
    for (const heads of [1, 2, 3, 4]) {
      const a = artifact(heads);
      const logits = Array.from(new LinearModel(a).score(tokenize(text)).logits);
      expect(logits).toEqual(reference(a, text));
    }
  });
});
