/**
 * Page text -> classifier -> the tier's verdict -> a log entry. The classifier runs in a worker
 * owned by the offscreen document (Chromium) or started here (Firefox's background page).
 */
import { decide } from '../classifier/decide.ts';
import { CLASSIFIER_IDLE_MS } from '../classifier/idle.ts';
import { ClassifierWorkerClient } from '../classifier/worker-client.ts';
import type { ClassificationResult, PageVerdict } from '../core/classification.ts';
import type { EffectiveProfile } from '../core/policy/resolve.ts';
import type { Send } from '../messaging/client.ts';
import {
  closeOffscreenDocument,
  ensureOffscreenDocument,
  hasOffscreenApi,
} from '../platform/offscreen.ts';
import { logEvent } from './event-log.ts';

const EXCERPT_RADIUS = 60;

let localWorker: ClassifierWorkerClient | undefined;
/** Texts sent to the offscreen document and not answered yet. */
let offscreenCalls = 0;

async function classifyText(
  send: Send,
  text: string,
  kind: 'page' | 'query',
): Promise<ClassificationResult> {
  // Firefox builds drop the offscreen branch entirely (no offscreen API there, and the linter
  // flags any offscreen.* call); its event page may start a Worker itself.
  if (__BROWSER__ === 'chrome' && hasOffscreenApi()) {
    offscreenCalls += 1;
    try {
      await ensureOffscreenDocument();
      return await send('classify/text', { text, kind });
    } finally {
      offscreenCalls -= 1;
    }
  }
  localWorker ??= new ClassifierWorkerClient(undefined, undefined, {
    idleMs: CLASSIFIER_IDLE_MS,
  });
  return localWorker.classify(text, kind);
}

/** The offscreen document's worker went idle: close the document unless a page is on its way. */
export async function closeIdleClassifier(): Promise<{ closed: boolean }> {
  if (__BROWSER__ !== 'chrome' || !hasOffscreenApi() || offscreenCalls > 0)
    return { closed: false };
  await closeOffscreenDocument();
  return { closed: true };
}

/** A short excerpt around the evidence, and where the evidence sits in it (for `<mark>`). */
function excerptOf(
  text: string,
  result: ClassificationResult,
  verdict: PageVerdict,
): { excerpt: string; mark?: [number, number] } {
  const span = result.evidence.find((e) => e.category === verdict.category);
  if (!span) return { excerpt: '' };
  const squash = (s: string) => s.replace(/\s+/g, ' ');
  const before = squash(
    text.slice(Math.max(0, span.start - EXCERPT_RADIUS), span.start),
  ).trimStart();
  const hit = squash(text.slice(span.start, span.end));
  const after = squash(
    text.slice(span.end, Math.min(text.length, span.end + EXCERPT_RADIUS)),
  ).trimEnd();
  return { excerpt: before + hit + after, mark: [before.length, before.length + hit.length] };
}

export async function classifyPage(
  send: Send,
  profile: EffectiveProfile,
  page: { url: string; title?: string; text: string; kind: 'page' | 'query' },
): Promise<PageVerdict> {
  const result = await classifyText(send, page.text, page.kind);
  const verdict = decide(result, profile.tier, page.kind);
  if (verdict.action === 'none') return verdict;
  const { excerpt, mark } = excerptOf(page.text, result, verdict);
  await logEvent({
    kind: verdict.action === 'block' ? 'block' : 'flag',
    profileId: profile.id,
    ...(verdict.category ? { category: verdict.category } : {}),
    action: verdict.action,
    score: verdict.score,
    rawUrl: page.url,
    ...(page.title ? { title: page.title.slice(0, 300) } : {}),
    excerpt,
    ...(mark ? { mark } : {}),
    alert: verdict.category === 'self_harm' || verdict.category === 'grooming',
  });
  return { ...verdict, excerpt };
}
