/**
 * Helpers for the adults' end-to-end tests: real listed domains from the build, and messages to
 * the background sent from an extension page (the only kind of sender allowed to send them).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { URL_CATEGORIES } from '../../../src/core/taxonomy.ts';

function domainsOf(category: string): string[] {
  const rules = JSON.parse(readFileSync(`dist/chrome/rulesets/${category}.json`, 'utf8')) as {
    condition: { requestDomains?: string[] };
  }[];
  return rules.flatMap((r) => r.condition.requestDomains ?? []);
}

/** A domain the build lists under `category` and under no other category (so one rule decides). */
export function onlyListedIn(category: string): string {
  const others = new Set(URL_CATEGORIES.filter((c) => c !== category).flatMap(domainsOf));
  const parentListed = (d: string) =>
    d.split('.').some((_, i, all) => others.has(all.slice(i).join('.')));
  const found = domainsOf(category).find((d) => /^[a-z0-9.-]+$/.test(d) && !parentListed(d));
  if (!found) throw new Error(`no domain listed only under ${category}`);
  return found;
}

export interface Reply<T> {
  ok: boolean;
  value?: T;
  error?: string;
}

/** Sends a typed message to the background from an extension page; returns the raw reply. */
export function ask<T = unknown>(
  page: Page,
  kind: string,
  payload: unknown = {},
): Promise<Reply<T>> {
  return page.evaluate(
    (k, p) => chrome.runtime.sendMessage({ target: 'background', kind: k, payload: p }),
    kind,
    payload as never,
  ) as Promise<Reply<T>>;
}

/** Clicks an element by `data-testid`, through the DOM (as a tap would, without input emulation). */
export async function tap(page: Page, testid: string): Promise<void> {
  const selector = `[data-testid="${testid}"]`;
  await page.waitForSelector(selector, { timeout: 30_000 });
  await page.$eval(selector, (el) => (el as HTMLElement).click());
}

/** Fills a field by `data-testid` and fires the events typing would. */
export async function fill(page: Page, testid: string, value: string): Promise<void> {
  const selector = `[data-testid="${testid}"]`;
  await page.waitForSelector(selector, { timeout: 30_000 });
  await page.$eval(
    selector,
    (el, v) => {
      const field = el as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
      field.value = v;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      field.dispatchEvent(new Event('change', { bubbles: true }));
    },
    value,
  );
}
