/**
 * Chromium: the page reader (content.js) is injected by the background after a page has loaded,
 * into that very document (`documentIds`), instead of being declared in the manifest: any
 * declared content script costs every page's load, read or not (docs/CLASSIFIER.md). Firefox
 * declares it in the manifest (no `documentIds` there, see docs/BROWSERS.md).
 */
import { PAGE_READER_FILE } from '../core/page-reading.ts';

export interface LoadedPage {
  tabId: number;
  documentId: string;
}

/** Calls `listener` when the top document of a tab has finished loading an http(s) page. */
export function onPageLoaded(listener: (page: LoadedPage) => void): void {
  chrome.webNavigation.onCompleted.addListener(
    (details) => {
      if (details.frameId !== 0 || !details.documentId) return;
      listener({ tabId: details.tabId, documentId: details.documentId });
    },
    { url: [{ schemes: ['http', 'https'] }] },
  );
}

/**
 * Injects the page reader into `page`'s document. Rejects when that document is gone (the tab
 * moved on) or the extension may not run there: nothing is injected anywhere else.
 */
export async function injectPageReader(page: LoadedPage): Promise<void> {
  await chrome.scripting.executeScript({
    target: { tabId: page.tabId, documentIds: [page.documentId] },
    files: [PAGE_READER_FILE],
  });
}
