/**
 * Custom allow/block lists as an adult types or pastes them: one entry per line (or separated by
 * commas or spaces), whole URLs reduced to their domain, IDN turned into punycode, duplicates
 * dropped, and every bad entry named with its reason.
 */
import { normalizeHostname } from '../hostname.ts';

export interface InvalidDomain {
  entry: string;
  reason: string;
}

export interface DomainListResult {
  hosts: string[];
  invalid: InvalidDomain[];
}

/** Splits typed text into entries; lines starting with `#` are comments. */
export function splitDomainText(text: string): string[] {
  return text
    .split(/\r?\n/)
    .filter((line) => !line.trim().startsWith('#'))
    .flatMap((line) => line.split(/[\s,;]+/))
    .filter((entry) => entry.length > 0);
}

export function parseDomainList(input: string | readonly string[]): DomainListResult {
  const entries = typeof input === 'string' ? splitDomainText(input) : input;
  const hosts = new Set<string>();
  const invalid: InvalidDomain[] = [];
  for (const entry of entries) {
    const result = normalizeHostname(entry);
    if (result.ok) hosts.add(result.host);
    else invalid.push({ entry, reason: result.reason });
  }
  return { hosts: [...hosts], invalid };
}
