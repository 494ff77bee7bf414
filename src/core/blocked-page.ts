/**
 * The blocked page's address (stable API): `blocked.html?c=<category>&u=<original URL>`. `u` comes
 * last and is taken verbatim (Chromium's regexSubstitution inserts the raw URL, `&` and all).
 */
import { isBlockReason } from './block-reason.ts';
import type { BlockReason } from './block-reason.ts';

export interface BlockedPageQuery {
  category: BlockReason | undefined;
  url: string | undefined;
}

export function parseBlockedPageQuery(search: string): BlockedPageQuery {
  const query = search.startsWith('?') ? search.slice(1) : search;
  let head = query;
  let rawUrl: string | undefined;
  if (query.startsWith('u=')) {
    head = '';
    rawUrl = query.slice(2);
  } else {
    const at = query.indexOf('&u=');
    if (at >= 0) {
      head = query.slice(0, at);
      rawUrl = query.slice(at + 3);
    }
  }
  const category = new URLSearchParams(head).get('c') ?? undefined;
  return {
    category: isBlockReason(category) ? category : undefined,
    url: rawUrl ? decodeIfEncoded(rawUrl) : undefined,
  };
}

/** Accepts both the raw URL (regexSubstitution) and a percent-encoded one (our own links). */
function decodeIfEncoded(value: string): string | undefined {
  let url = value;
  if (/^https?%3A/i.test(value)) {
    try {
      url = decodeURIComponent(value);
    } catch {
      return undefined;
    }
  }
  return /^https?:\/\//i.test(url) ? url : undefined;
}

const MAX_SHOWN_ADDRESS = 120;

/**
 * The address as the blocked page shows it to a child: no user name or password (a pasted
 * `user:pass@` would otherwise be on screen), Unicode host names in their readable form left to
 * the browser, and cut to a readable length.
 */
export function displayAddress(url: string): string {
  let shown = url;
  try {
    const parsed = new URL(url);
    parsed.username = '';
    parsed.password = '';
    shown = parsed.href;
  } catch {
    // Not a URL: show it as it came, shortened.
  }
  return shown.length > MAX_SHOWN_ADDRESS ? `${shown.slice(0, MAX_SHOWN_ADDRESS - 1)}…` : shown;
}
