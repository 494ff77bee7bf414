/** Runtime events and messaging transport (typed and checked one level up, in src/messaging). */
import { browser } from './browser.ts';
import type { Runtime } from './browser.ts';

export type MessageSender = Runtime.MessageSender;

export function onRuntimeMessage(
  listener: (message: unknown, sender: MessageSender) => Promise<unknown> | undefined,
): void {
  browser.runtime.onMessage.addListener(
    listener as Parameters<typeof browser.runtime.onMessage.addListener>[0],
  );
}

export async function sendRuntimeMessage(message: unknown): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

export function extensionId(): string {
  return browser.runtime.id;
}

export function onInstalled(listener: (reason: string) => void): void {
  browser.runtime.onInstalled.addListener((details) => listener(details.reason));
}

export function onStartup(listener: () => void): void {
  browser.runtime.onStartup.addListener(listener);
}

export async function openOptionsPage(): Promise<void> {
  await browser.runtime.openOptionsPage();
}
