/**
 * Batched event writes. Events written in the same moment share one `bulkAdd` transaction; the
 * caller's promise resolves once its event is committed, so a caller that awaits it knows the
 * event survives a service-worker restart. A full disk (QuotaExceededError) prunes the oldest
 * routine events, keeps alerts, and retries.
 */
import type { KidShieldEvent } from '../core/events.ts';
import type { KidShieldDatabase } from './database.ts';
import { pruneRoutineEvents } from './events-repository.ts';

export interface EventWriterOptions {
  /** Flush when this many events wait. */
  maxBatch?: number;
  /** Longest wait of a non-urgent event before its batch is written. */
  maxDelayMs?: number;
  /** Routine events pruned per attempt when storage is full. */
  pruneCount?: number;
  /** Attempts after the first when storage is full. */
  quotaRetries?: number;
}

interface Pending {
  event: KidShieldEvent;
  resolve(id: number): void;
  reject(error: unknown): void;
}

export interface EventWriter {
  /** Queues an event; resolves with its id once committed. `urgent` flushes on the next tick. */
  write(event: KidShieldEvent, urgent?: boolean): Promise<number>;
  /** Writes whatever waits now. */
  flush(): Promise<void>;
}

/** Dexie wraps the browser's error (AbortError.inner, BulkError.failures): look inside. */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const e = error as { name?: string; inner?: unknown; failures?: unknown[] };
  if (e.name === 'QuotaExceededError') return true;
  if (isQuotaError(e.inner, depth + 1)) return true;
  return Array.isArray(e.failures) && e.failures.some((f) => isQuotaError(f, depth + 1));
}

export function createEventWriter(
  db: () => KidShieldDatabase,
  options: EventWriterOptions = {},
): EventWriter {
  const maxBatch = options.maxBatch ?? 200;
  const maxDelayMs = options.maxDelayMs ?? 100;
  const pruneCount = options.pruneCount ?? 1000;
  const quotaRetries = options.quotaRetries ?? 3;
  const queue: Pending[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timerDue = Infinity;
  let writing: Promise<void> = Promise.resolve();

  async function commit(batch: Pending[]): Promise<void> {
    const events = batch.map((p) => p.event);
    for (let attempt = 0; ; attempt++) {
      try {
        const ids = (await db().events.bulkAdd(events, { allKeys: true })) as number[];
        batch.forEach((p, i) => p.resolve(ids[i] as number));
        return;
      } catch (error) {
        if (!isQuotaError(error) || attempt >= quotaRetries) {
          for (const p of batch) p.reject(error);
          return;
        }
        const pruned = await pruneRoutineEvents(db(), pruneCount).catch(() => 0);
        console.warn(`[KidShield] storage full: pruned ${pruned} routine events, retrying`);
        if (pruned === 0 && attempt > 0) {
          for (const p of batch) p.reject(error);
          return;
        }
      }
    }
  }

  let busy = false;

  /**
   * Group commit: while one transaction runs, new events wait and go together in the next one,
   * so a burst of writes costs a few transactions instead of one each.
   */
  async function drain(): Promise<void> {
    busy = true;
    try {
      while (queue.length) {
        const batch = queue.splice(0, maxBatch);
        await commit(batch);
      }
    } finally {
      busy = false;
    }
  }

  function flushNow(): Promise<void> {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    timerDue = Infinity;
    if (!busy && queue.length) writing = drain();
    return writing;
  }

  function schedule(delay: number): void {
    const due = Date.now() + delay;
    if (due >= timerDue) return;
    if (timer !== undefined) clearTimeout(timer);
    timerDue = due;
    timer = setTimeout(() => void flushNow(), delay);
  }

  return {
    write(event, urgent = true) {
      return new Promise<number>((resolve, reject) => {
        queue.push({ event, resolve, reject });
        if (queue.length >= maxBatch) void flushNow();
        else schedule(urgent ? 0 : maxDelayMs);
      });
    },
    flush: flushNow,
  };
}
