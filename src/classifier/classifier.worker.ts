/**
 * Runs in a dedicated Web Worker (started by the offscreen document on Chromium, by the background
 * page on Firefox). Owns the loaded model; exposes `classify` over comlink.
 */
import { expose } from 'comlink';
import { loadClassifier } from './index.ts';
import type { ClassificationResult } from '../core/classification.ts';

const api = {
  classify(text: string, kind: 'page' | 'query'): ClassificationResult {
    return loadClassifier().classify(text, { kind });
  },
  ping(): string {
    return 'pong';
  },
};

export type ClassifierWorkerApi = typeof api;

expose(api);
