import { expose } from 'comlink';
import { describe, expect, it } from 'vitest';
import { TEXT_CATEGORIES } from '../core/taxonomy.ts';
import type { ClassificationResult } from '../core/classification.ts';
import { ClassifierWorkerClient } from './worker-client.ts';

const zeroScores = Object.fromEntries(
  TEXT_CATEGORIES.map((c) => [c, 0]),
) as ClassificationResult['scores'];

/** A stand-in Worker on a MessageChannel, with the worker's API exposed on the other end. */
function fakeWorker(
  classify: (text: string) => ClassificationResult | Promise<ClassificationResult>,
) {
  const { port1, port2 } = new MessageChannel();
  expose({ classify, ping: () => 'pong' }, port2 as unknown as Parameters<typeof expose>[1]);
  const target = new EventTarget();
  let terminated = false;
  const worker = {
    postMessage: (message: unknown, transfer?: Transferable[]) =>
      port1.postMessage(message, transfer as never),
    addEventListener: (type: string, listener: EventListener) => {
      if (type === 'message') port1.addEventListener('message', listener);
      else target.addEventListener(type, listener);
      port1.start();
    },
    removeEventListener: (type: string, listener: EventListener) => {
      if (type === 'message') port1.removeEventListener('message', listener);
      else target.removeEventListener(type, listener);
    },
    terminate: () => {
      terminated = true;
      port1.close();
      port2.close();
    },
    die: () => target.dispatchEvent(new Event('error')),
    get terminated() {
      return terminated;
    },
  };
  return worker;
}

describe('ClassifierWorkerClient', () => {
  it('starts the worker on demand and reuses it', async () => {
    const spawned: ReturnType<typeof fakeWorker>[] = [];
    const client = new ClassifierWorkerClient(() => {
      const w = fakeWorker((text) => ({
        scores: { ...zeroScores, gambling: text.length / 100 },
        evidence: [],
        lang: 'vi',
      }));
      spawned.push(w);
      return w as unknown as Worker;
    });
    expect(spawned).toHaveLength(0);
    expect((await client.classify('x'.repeat(50), 'page')).scores.gambling).toBe(0.5);
    await client.classify('again', 'page');
    expect(spawned).toHaveLength(1);
  });

  it('starts a new worker after the old one dies', async () => {
    const spawned: ReturnType<typeof fakeWorker>[] = [];
    const client = new ClassifierWorkerClient(() => {
      const w = fakeWorker(() => ({ scores: zeroScores, evidence: [], lang: 'en' }));
      spawned.push(w);
      return w as unknown as Worker;
    });
    await client.classify('hello', 'page');
    spawned[0]?.die();
    expect(spawned[0]?.terminated).toBe(true);
    await client.classify('hello', 'page');
    expect(spawned).toHaveLength(2);
  });

  it('gives up on a worker that stops answering, and the next call gets a fresh one', async () => {
    let calls = 0;
    const client = new ClassifierWorkerClient(() => {
      calls += 1;
      const hang = calls === 1;
      return fakeWorker(() =>
        hang
          ? new Promise<ClassificationResult>(() => undefined)
          : { scores: zeroScores, evidence: [], lang: 'en' },
      ) as unknown as Worker;
    }, 200);
    await expect(client.classify('stuck', 'page')).rejects.toThrow(/did not answer/);
    expect((await client.classify('fine', 'page')).lang).toBe('en');
    expect(calls).toBe(2);
  });

  it('stops an idle worker, says so once, and starts a fresh one for the next call', async () => {
    const spawned: ReturnType<typeof fakeWorker>[] = [];
    let idle = 0;
    const client = new ClassifierWorkerClient(
      () => {
        const w = fakeWorker(() => ({ scores: zeroScores, evidence: [], lang: 'en' }));
        spawned.push(w);
        return w as unknown as Worker;
      },
      1000,
      { idleMs: 50, onIdle: () => (idle += 1) },
    );
    await client.classify('one', 'page');
    await client.classify('two', 'page');
    expect(client.running).toBe(true);
    await new Promise((r) => setTimeout(r, 120));
    expect(spawned[0]?.terminated).toBe(true);
    expect(client.running).toBe(false);
    expect(idle).toBe(1);
    expect((await client.classify('three', 'page')).lang).toBe('en');
    expect(spawned).toHaveLength(2);
  });

  it('never stops a worker in the middle of a call', async () => {
    let release: (() => void) | undefined;
    let idle = 0;
    const worker = fakeWorker(
      () =>
        new Promise<ClassificationResult>((resolve) => {
          release = () => resolve({ scores: zeroScores, evidence: [], lang: 'vi' });
        }),
    );
    const client = new ClassifierWorkerClient(() => worker as unknown as Worker, 1000, {
      idleMs: 20,
      onIdle: () => (idle += 1),
    });
    const pending = client.classify('slow', 'page');
    await new Promise((r) => setTimeout(r, 80));
    expect(worker.terminated).toBe(false);
    release?.();
    expect((await pending).lang).toBe('vi');
    expect(idle).toBe(0);
    await new Promise((r) => setTimeout(r, 80));
    expect(idle).toBe(1);
  });
});
