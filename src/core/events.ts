/** An entry of the adults' log: what happened, when, under which profile, and why. */
import type { Action } from './taxonomy.ts';
import type { BlockReason } from './block-reason.ts';

export const EVENT_KINDS = ['block', 'flag', 'request', 'report', 'help', 'system'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export interface KidShieldEvent {
  id?: number;
  /** Milliseconds since the epoch. */
  ts: number;
  kind: EventKind;
  profileId: string;
  category?: BlockReason;
  action?: Action;
  score?: number;
  /** Origin and path only: query strings are dropped unless the adult turns them on. */
  url?: string;
  domain?: string;
  title?: string;
  excerpt?: string;
  /** Where the flagged words sit in `excerpt`: [start, end) offsets. */
  mark?: [number, number];
  /** For `request` events: the adult's answer, once given. */
  decision?: 'approved' | 'denied';
  /** 1 once an adult has reviewed it (a number, so IndexedDB can index it). */
  reviewed: 0 | 1;
  alert: 0 | 1;
}

/** Origin and path of a URL, without query or fragment; undefined for a non-URL. */
export function redactUrl(
  raw: string,
  keepQuery = false,
): { url: string; domain: string } | undefined {
  try {
    const parsed = new URL(raw);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
    const url = parsed.origin + parsed.pathname + (keepQuery ? parsed.search : '');
    return { url, domain: parsed.hostname };
  } catch {
    return undefined;
  }
}
