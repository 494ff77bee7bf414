/** Tabs: open extension pages, and move a tab to the blocked or help page. */
import { browser } from './browser.ts';

export async function openTab(url: string): Promise<void> {
  await browser.tabs.create({ url });
}

export async function navigateTab(tabId: number, url: string): Promise<void> {
  await browser.tabs.update(tabId, { url });
}

/** The open tabs showing an http(s) page (their URL is visible through the host permissions). */
export async function webTabs(): Promise<{ id: number; url: string }[]> {
  const tabs = await browser.tabs.query({ url: ['http://*/*', 'https://*/*'] });
  return tabs.flatMap((tab) =>
    tab.id !== undefined && tab.url ? [{ id: tab.id, url: tab.url }] : [],
  );
}

export async function reloadTab(tabId: number): Promise<void> {
  await browser.tabs.reload(tabId);
}
