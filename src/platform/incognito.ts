/** Whether the adult let the extension run in private (incognito) windows. */
import { browser } from './browser.ts';

/** False when private windows open without KidShield; undefined when the browser cannot tell. */
export async function allowedInPrivateWindows(): Promise<boolean | undefined> {
  const api = (
    browser as unknown as { extension?: { isAllowedIncognitoAccess?: () => Promise<boolean> } }
  ).extension;
  if (typeof api?.isAllowedIncognitoAccess !== 'function') return undefined;
  try {
    return await api.isAllowedIncognitoAccess();
  } catch {
    return undefined;
  }
}
