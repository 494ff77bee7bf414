/**
 * Classifier entry point: `loadClassifier()` returns the memoised on-device classifier (lexicons
 * and the trained model are static JSON imports, so Vite bundles them into the worker and tsx
 * runs them under Node; no fetch, no Node APIs).
 */
import { createClassifier } from './engine.ts';
import { LEXICONS } from './lexicons/index.ts';
import type { ModelArtifact } from './model.ts';
import artifact from './model/model.json';
import type { Classifier } from './types.ts';

export type {
  Classifier,
  ClassificationResult,
  ClassifyOptions,
  EvidenceSpan,
  Lang,
} from './types.ts';
export { decide } from './decide.ts';
export type { Verdict } from './decide.ts';

let instance: Classifier | undefined;

/** The classifier, built on first call and shared afterwards. */
export function loadClassifier(): Classifier {
  instance ??= createClassifier(LEXICONS, artifact as ModelArtifact);
  return instance;
}
