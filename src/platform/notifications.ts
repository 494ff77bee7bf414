/** Desktop notifications for adults' alerts (title and a fixed message, never page text). */
import { browser } from './browser.ts';

export async function showNotification(
  id: string,
  content: { title: string; message: string; iconPath: string },
): Promise<void> {
  await browser.notifications.create(id, {
    type: 'basic',
    iconUrl: browser.runtime.getURL(content.iconPath),
    title: content.title,
    message: content.message,
  });
}

export async function clearNotification(id: string): Promise<void> {
  await browser.notifications.clear(id);
}

export function onNotificationClicked(listener: (id: string) => void): void {
  browser.notifications.onClicked.addListener(listener);
}
