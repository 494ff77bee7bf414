/** Helpers for the monitoring tests: read the log from IndexedDB through an extension page. */
import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';

/** A domain the shipped ruleset of `category` really lists (read from the build). */
export function listedDomain(category: string, index = 0): string {
  const rules = JSON.parse(readFileSync(`dist/chrome/rulesets/${category}.json`, 'utf8')) as {
    condition: { requestDomains?: string[] };
  }[];
  const domain = rules.flatMap((r) => r.condition.requestDomains ?? [])[index];
  if (!domain) throw new Error(`no ${category} domain in the build`);
  return domain;
}

export interface StoredEvent {
  id: number;
  ts: number;
  kind: string;
  category?: string;
  domain?: string;
  url?: string;
  title?: string;
  excerpt?: string;
  alert: number;
  reviewed: number;
}

/** Every stored event (or those of `domain`), read with the raw IndexedDB API in `page`. */
export function storedEvents(page: Page, domain?: string): Promise<StoredEvent[]> {
  return page.evaluate(
    (d) =>
      new Promise<StoredEvent[]>((resolve, reject) => {
        const open = indexedDB.open('kidshield');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const store = db.transaction('events').objectStore('events');
          const request = d ? store.index('domain').getAll(d) : store.getAll();
          request.onsuccess = () => {
            db.close();
            resolve(request.result as StoredEvent[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    domain,
  );
}

/** Adds rows to a store of the extension's database (test set-up of old data). */
export function putRows(page: Page, store: string, rows: unknown[]): Promise<void> {
  return page.evaluate(
    (name, items) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('kidshield');
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(name, 'readwrite');
          for (const item of items) tx.objectStore(name).put(item);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    store,
    rows,
  );
}

export function getRow<T>(page: Page, store: string, key: number): Promise<T | undefined> {
  return page.evaluate(
    (name, id) =>
      new Promise<T | undefined>((resolve, reject) => {
        const open = indexedDB.open('kidshield');
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction(name).objectStore(name).get(id);
          request.onsuccess = () => {
            db.close();
            resolve(request.result as T | undefined);
          };
          request.onerror = () => reject(request.error);
        };
        open.onerror = () => reject(open.error);
      }),
    store,
    key,
  );
}

/** Sends a raw message to the background from an extension page, as the pages do. */
export function sendFromPage(page: Page, kind: string, payload: unknown): Promise<unknown> {
  return page.evaluate(
    (k, p) => chrome.runtime.sendMessage({ target: 'background', kind: k, payload: p }),
    kind,
    payload,
  );
}
