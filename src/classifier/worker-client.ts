/**
 * Starts the classifier worker on demand, reuses it, and starts a new one if it dies or stops
 * answering. Used by whichever context may start Workers (offscreen document, Firefox background).
 */
import { wrap } from 'comlink';
import type { Remote } from 'comlink';
import type { ClassificationResult } from '../core/classification.ts';
import type { ClassifierWorkerApi } from './classifier.worker.ts';

const CALL_TIMEOUT_MS = 30_000;

function spawnWorker(): Worker {
  return new Worker(new URL('./classifier.worker.ts', import.meta.url), {
    type: 'module',
    name: 'kidshield-classifier',
  });
}

export class ClassifierWorkerClient {
  private worker: Worker | undefined;
  private remote: Remote<ClassifierWorkerApi> | undefined;

  constructor(
    private readonly spawn: () => Worker = spawnWorker,
    private readonly timeoutMs = CALL_TIMEOUT_MS,
  ) {}

  async classify(text: string, kind: 'page' | 'query'): Promise<ClassificationResult> {
    const remote = this.ensure();
    try {
      return await withTimeout(remote.classify(text, kind), this.timeoutMs);
    } catch (error) {
      this.restart();
      throw error;
    }
  }

  private ensure(): Remote<ClassifierWorkerApi> {
    if (!this.remote) {
      const worker = this.spawn();
      worker.addEventListener('error', () => this.restart());
      this.worker = worker;
      this.remote = wrap<ClassifierWorkerApi>(worker);
    }
    return this.remote;
  }

  private restart(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.remote = undefined;
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`classifier did not answer in ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
