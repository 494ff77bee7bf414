/**
 * When a page gets read for the classifier: not while it loads, and not at all when the child
 * leaves it at once (a redirect, a quick click through search results, the back button). Shared
 * by the background (which injects the page reader on Chromium) and the page reader itself.
 */

/** The page reader's file in the built extension (one classic script). */
export const PAGE_READER_FILE = 'content.js';

/** Reading starts this long after the page's load event. */
export const READ_AFTER_LOAD_MS = 500;

/**
 * How long to wait now so that reading starts `READ_AFTER_LOAD_MS` after the load event.
 * `loadEventEnd` is 0 while the load event is still being handled: then the whole delay is left.
 */
export function readDelayMs(loadEventEnd: number, now: number): number {
  if (loadEventEnd <= 0) return READ_AFTER_LOAD_MS;
  return Math.max(0, loadEventEnd + READ_AFTER_LOAD_MS - now);
}
