/** Settings storage: local (the console's own policy), managed (school IT), session (unlock state). */
import { browser } from './browser.ts';

export async function readLocal<T>(key: string): Promise<T | undefined> {
  const found = await browser.storage.local.get(key);
  return found[key] as T | undefined;
}

export async function writeLocal(values: Record<string, unknown>): Promise<void> {
  await browser.storage.local.set(values);
}

export async function removeLocal(keys: string[]): Promise<void> {
  await browser.storage.local.remove(keys);
}

export interface ManagedRead {
  values: Record<string, unknown>;
  /** False when the browser had not answered in time: `values` is empty for now. */
  settled: boolean;
  /** Resolves with the real values once the browser answers. */
  later: Promise<Record<string, unknown>>;
}

/**
 * Managed policy; an empty object where the browser has none or does not support it. Chromium
 * can take seconds to answer right after start-up, so callers get an answer in `timeoutMs` and a
 * promise of the real values.
 */
export async function readManaged(timeoutMs = 3000): Promise<ManagedRead> {
  const later = Promise.resolve()
    .then(() => browser.storage.managed.get())
    .then(
      (values) => values ?? {},
      () => ({}),
    );
  const timedOut = Symbol('timeout');
  const first = await Promise.race([
    later,
    new Promise<typeof timedOut>((resolve) => setTimeout(() => resolve(timedOut), timeoutMs)),
  ]);
  return first === timedOut
    ? { values: {}, settled: false, later }
    : { values: first, settled: true, later };
}

export async function readSession<T>(key: string): Promise<T | undefined> {
  const area = browser.storage.session ?? browser.storage.local;
  const found = await area.get(key);
  return found[key] as T | undefined;
}

export async function writeSession(values: Record<string, unknown>): Promise<void> {
  const area = browser.storage.session ?? browser.storage.local;
  await area.set(values);
}

export type StorageAreaName = 'local' | 'managed' | 'session' | 'sync';

export function onStorageChanged(listener: (keys: string[], area: StorageAreaName) => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    listener(Object.keys(changes), area as StorageAreaName);
  });
}

export async function removeSession(keys: string[]): Promise<void> {
  const area = browser.storage.session ?? browser.storage.local;
  await area.remove(keys);
}
