/**
 * The page reader (content script), in http(s) pages: reads the page's text under a budget at
 * idle time, watches for new text (single-page apps, chats, infinite scroll), asks the background
 * for a verdict and applies it. It never blocks the page's own work. On Chromium the background
 * injects it once the page has loaded and stayed READ_AFTER_LOAD_MS (any content script in a
 * page costs its load time, docs/CLASSIFIER.md); on Firefox the manifest declares it.
 */
import type { PageVerdict } from '../core/classification.ts';
import { readDelayMs } from '../core/page-reading.ts';
import { ACTIONS } from '../core/taxonomy.ts';
import { createClient } from '../messaging/client.ts';
import { sendFromContent } from '../platform/content-runtime.ts';
import { pageHeader, searchQueryOf, visibleText } from './extract.ts';
import { applyVerdict } from './verdict-actions.ts';

/** Characters of page text sent per message, and in all for one page. */
const CHUNK_CHARS = 64 * 1024;
const PAGE_BUDGET_CHARS = 1024 * 1024;
const MUTATION_DELAY_MS = 800;
/** Set in this script's own world: a second injection into the same page does nothing. */
const ALREADY_READING = 'kidshieldPageReader';
const MAX_PENDING_NODES = 500;

const send = createClient(sendFromContent);
const seen = new WeakSet<Node>();
let spent = 0;
let strongest: PageVerdict = { action: 'none', score: 0 };
let stopped = false;

function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout: 2000 });
    else setTimeout(resolve, 50);
  });
}

async function classify(text: string, kind: 'page' | 'query'): Promise<void> {
  if (stopped || !text.trim()) return;
  try {
    const verdict = await send('classify/page', {
      url: location.href,
      title: document.title.slice(0, 1000),
      text,
      kind,
    });
    if (ACTIONS.indexOf(verdict.action) > ACTIONS.indexOf(strongest.action)) {
      strongest = verdict;
      if (verdict.action === 'block' || verdict.category === 'self_harm') stopped = true;
      applyVerdict(verdict);
    }
  } catch (error) {
    // The extension was reloaded or the page is closing; nothing to show the child.
    console.debug('[KidShield] classify failed', error);
  }
}

async function sendInChunks(text: string): Promise<void> {
  for (let at = 0; at < text.length && !stopped; at += CHUNK_CHARS) {
    await whenIdle();
    await classify(text.slice(at, at + CHUNK_CHARS), 'page');
  }
}

async function scanRoot(root: Node, header = ''): Promise<void> {
  const budget = PAGE_BUDGET_CHARS - spent;
  if (budget <= 0) return;
  const body = visibleText(root, budget, seen);
  const text = header ? `${header}\n${body}` : body;
  spent += text.length;
  await sendInChunks(text);
}

/**
 * Rescans what pages add (single-page apps, chats, infinite scroll). A throttle, not a debounce:
 * a page that changes every few milliseconds must still be read, every MUTATION_DELAY_MS.
 */
function watchMutations(): void {
  let pending: Node[] = [];
  let overflow = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    const nodes = overflow ? [document.body ?? document.documentElement] : pending;
    pending = [];
    overflow = false;
    void (async () => {
      for (const node of nodes) if (node.isConnected) await scanRoot(node);
    })();
  };
  const observer = new MutationObserver((records) => {
    if (stopped || spent >= PAGE_BUDGET_CHARS) {
      observer.disconnect();
      return;
    }
    for (const record of records) {
      const added = record.type === 'characterData' ? [record.target] : [...record.addedNodes];
      for (const node of added) {
        if (pending.length < MAX_PENDING_NODES) pending.push(node);
        else overflow = true; // too many to list: rescan the body, already-read text is skipped
      }
    }
    timer ??= setTimeout(flush, MUTATION_DELAY_MS);
  });
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
  });
}

/** The page's own loading comes first: our reading starts after its load event. */
function pageLoaded(): Promise<void> {
  if (document.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => window.addEventListener('load', () => resolve(), { once: true }));
}

/** Reading starts READ_AFTER_LOAD_MS after the load event (src/core/page-reading.ts). */
function readTime(): Promise<void> {
  const nav = performance.getEntriesByType('navigation')[0] as
    | PerformanceNavigationTiming
    | undefined;
  const delay = readDelayMs(nav?.loadEventEnd ?? 0, performance.now());
  return new Promise((resolve) => setTimeout(resolve, delay));
}

async function start(): Promise<void> {
  await pageLoaded();
  await readTime();
  const query = searchQueryOf(location.href);
  if (query) await classify(query, 'query');
  await whenIdle();
  await scanRoot(document.body ?? document.documentElement, pageHeader(document));
  if (!stopped) watchMutations();
}

const world = window as unknown as Record<string, unknown>;
if (!world[ALREADY_READING]) {
  world[ALREADY_READING] = true;
  void start();
}
