/**
 * Chromium: starts the page reader in each page the child stays on. A page left within
 * READ_AFTER_LOAD_MS of its load event is never touched, and no page pays for the reader while
 * it loads.
 */
import { READ_AFTER_LOAD_MS } from '../core/page-reading.ts';
import { injectPageReader, onPageLoaded } from '../platform/page-reader.ts';

export function startPageReader(): void {
  onPageLoaded((page) => {
    setTimeout(() => {
      injectPageReader(page).catch((error: unknown) => {
        // The tab moved on, the page is not ours to read (host access withdrawn), or the tab
        // closed: nothing to read there.
        console.debug('[KidShield] page reader not injected', error);
      });
    }, READ_AFTER_LOAD_MS);
  });
}
