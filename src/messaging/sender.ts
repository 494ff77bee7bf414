/** Who sent a message: decided from the browser's own sender record, never from the payload. */
import type { SenderKind } from './protocol.ts';

export interface SenderRecord {
  id?: string;
  url?: string;
  tab?: unknown;
}

export interface OwnIdentity {
  id: string;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>` */
  origin: string;
}

const BACKGROUND_PAGES = ['/_generated_background_page.html', '/background.html'];

export function senderKind(sender: SenderRecord, self: OwnIdentity): SenderKind | undefined {
  if (sender.id !== self.id || !sender.url) return undefined;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return undefined;
  }
  if (url.origin !== self.origin) {
    // Our content scripts run only in http(s) pages, inside a tab.
    const web = url.protocol === 'http:' || url.protocol === 'https:';
    return web && sender.tab ? 'content' : undefined;
  }
  if (url.pathname === '/offscreen.html') return 'offscreen';
  if (BACKGROUND_PAGES.includes(url.pathname) || !url.pathname.endsWith('.html')) {
    return 'background';
  }
  return 'extension-page';
}
