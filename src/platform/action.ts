/** The toolbar button: badge text and colour. */
import { browser } from './browser.ts';

export async function setBadge(text: string, color = '#c62828'): Promise<void> {
  await browser.action.setBadgeText({ text });
  await browser.action.setBadgeBackgroundColor({ color });
}
