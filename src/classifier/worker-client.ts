/**
 * Starts the classifier worker on demand, reuses it, and starts a new one if it dies or stops
 * answering; after `idleMs` without work it stops the worker (its model and buffers are memory a
 * browser at rest should not hold) and tells `onIdle`. Used by whichever context may start
 * Workers (offscreen document, Firefox background).
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

export interface IdleOptions {
  /** Stop the worker after this long without a call (never when absent). */
  idleMs?: number;
  /** Called once the idle worker has been stopped. */
  onIdle?: () => void;
}

export class ClassifierWorkerClient {
  private worker: Worker | undefined;
  private remote: Remote<ClassifierWorkerApi> | undefined;
  private inFlight = 0;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly spawn: () => Worker = spawnWorker,
    private readonly timeoutMs = CALL_TIMEOUT_MS,
    private readonly idle: IdleOptions = {},
  ) {}

  /** True while a worker is running. */
  get running(): boolean {
    return this.worker !== undefined;
  }

  async classify(text: string, kind: 'page' | 'query'): Promise<ClassificationResult> {
    clearTimeout(this.idleTimer);
    const remote = this.ensure();
    this.inFlight += 1;
    try {
      return await withTimeout(remote.classify(text, kind), this.timeoutMs);
    } catch (error) {
      this.restart();
      throw error;
    } finally {
      this.inFlight -= 1;
      this.armIdleTimer();
    }
  }

  private armIdleTimer(): void {
    const { idleMs, onIdle } = this.idle;
    if (idleMs === undefined || this.inFlight > 0) return;
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      if (this.inFlight > 0) return;
      this.restart();
      onIdle?.();
    }, idleMs);
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
