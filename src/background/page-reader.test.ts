import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LoadedPage } from '../platform/page-reader.ts';
import { READ_AFTER_LOAD_MS } from '../core/page-reading.ts';

const platform = vi.hoisted(() => ({
  listener: undefined as ((page: LoadedPage) => void) | undefined,
  injected: [] as LoadedPage[],
  fail: false,
}));

vi.mock('../platform/page-reader.ts', () => ({
  onPageLoaded: (listener: (page: LoadedPage) => void) => {
    platform.listener = listener;
  },
  injectPageReader: (page: LoadedPage) => {
    platform.injected.push(page);
    return platform.fail ? Promise.reject(new Error('No frame with id')) : Promise.resolve();
  },
}));

const { startPageReader } = await import('./page-reader.ts');

describe('startPageReader', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    platform.injected = [];
    platform.fail = false;
    startPageReader();
  });
  afterEach(() => vi.useRealTimers());

  const load = (page: LoadedPage) => platform.listener?.(page);

  it('injects into the loaded document only after READ_AFTER_LOAD_MS', () => {
    load({ tabId: 3, documentId: 'doc-a' });
    vi.advanceTimersByTime(READ_AFTER_LOAD_MS - 1);
    expect(platform.injected).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(platform.injected).toEqual([{ tabId: 3, documentId: 'doc-a' }]);
  });

  it('targets each document by its own id', () => {
    load({ tabId: 3, documentId: 'doc-a' });
    load({ tabId: 3, documentId: 'doc-b' });
    vi.advanceTimersByTime(READ_AFTER_LOAD_MS);
    expect(platform.injected.map((p) => p.documentId)).toEqual(['doc-a', 'doc-b']);
  });

  it('shrugs off a document that is gone by then', async () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    platform.fail = true;
    load({ tabId: 3, documentId: 'gone' });
    await vi.advanceTimersByTimeAsync(READ_AFTER_LOAD_MS);
    expect(platform.injected).toHaveLength(1);
    expect(debug).toHaveBeenCalledWith('[KidShield] page reader not injected', expect.any(Error));
    debug.mockRestore();
  });
});
