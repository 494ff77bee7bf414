/**
 * The few extension APIs the content script needs, straight from the `chrome` namespace (promise-
 * based in MV3 on Chromium and Firefox), so the script injected into every page does not carry
 * webextension-polyfill.
 */

export function sendFromContent(message: unknown): Promise<unknown> {
  return chrome.runtime.sendMessage(message);
}

export function contentExtensionUrl(path: string): string {
  return chrome.runtime.getURL(path);
}

export function contentT(key: string, substitutions?: string | string[]): string {
  return chrome.i18n.getMessage(key, substitutions) || key;
}
