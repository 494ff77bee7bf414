/**
 * Firefox: remembers, per tab, the last top-level address the tab tried to open, so the blocked
 * page (reached by a static redirect that cannot carry the URL there) can show it and log it.
 * Kept in memory and in session storage (the event page may be unloaded between the request and
 * the blocked page's question); never written to disk, forgotten when the tab closes.
 */
import { canWatchNavigations, onMainFrameRequest, onTabRemoved } from '../platform/navigation.ts';
import { readSession, writeSession } from '../platform/storage.ts';

const SESSION_KEY = 'lastNavigation';
/** Enough for every open tab of a lab machine; the oldest entries go first. */
const MAX_TABS = 200;

let memory: Map<number, string> | undefined;

async function loaded(): Promise<Map<number, string>> {
  if (!memory) {
    const saved = (await readSession<[number, string][]>(SESSION_KEY)) ?? [];
    // Entries recorded while loading win over the saved ones.
    memory = new Map([...saved, ...(memory ?? [])]);
  }
  return memory;
}

async function remember(tabId: number, url: string): Promise<void> {
  const tabs = await loaded();
  tabs.delete(tabId);
  tabs.set(tabId, url);
  while (tabs.size > MAX_TABS) tabs.delete(tabs.keys().next().value as number);
  await writeSession({ [SESSION_KEY]: [...tabs] });
}

async function forget(tabId: number): Promise<void> {
  const tabs = await loaded();
  if (tabs.delete(tabId)) await writeSession({ [SESSION_KEY]: [...tabs] });
}

/** Starts watching top-level navigations; returns false where the browser gives no webRequest. */
export function watchNavigations(): boolean {
  if (!canWatchNavigations()) return false;
  onMainFrameRequest((tabId, url) => void remember(tabId, url));
  onTabRemoved((tabId) => void forget(tabId));
  return true;
}

/** The last http(s) address tab `tabId` tried to open, if known. */
export async function lastNavigation(tabId: number): Promise<string | undefined> {
  return (await loaded()).get(tabId);
}
