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
  // Compare as text: `new URL('chrome-extension://…').origin` is "null" outside a browser.
  if (!sender.url.startsWith(`${self.origin}/`)) {
    let protocol: string;
    try {
      protocol = new URL(sender.url).protocol;
    } catch {
      return undefined;
    }
    // Our content scripts run only in http(s) pages, inside a tab.
    const web = protocol === 'http:' || protocol === 'https:';
    return web && sender.tab ? 'content' : undefined;
  }
  const pathname = sender.url.slice(self.origin.length).split(/[?#]/)[0] ?? '/';
  if (pathname === '/offscreen.html') return 'offscreen';
  if (BACKGROUND_PAGES.includes(pathname) || !pathname.endsWith('.html')) return 'background';
  return 'extension-page';
}
