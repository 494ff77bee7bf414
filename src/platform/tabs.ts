/** Tabs: open extension pages, and move a tab to the blocked or help page. */
import { browser } from './browser.ts';

export async function openTab(url: string): Promise<void> {
  await browser.tabs.create({ url });
}

export async function navigateTab(tabId: number, url: string): Promise<void> {
  await browser.tabs.update(tabId, { url });
}
