import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

type Messages = Record<string, { message: string; placeholders?: Record<string, unknown> }>;
const load = (lang: string) =>
  JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Messages;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|html)$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('_locales', () => {
  const vi = load('vi');
  const en = load('en');

  it('has the same keys in Vietnamese and English, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const messages of [vi, en]) {
      for (const [key, value] of Object.entries(messages)) expect(value.message, key).not.toBe('');
    }
  });

  it('has every literal key the code asks for', () => {
    const used = new Set<string>();
    for (const file of [
      ...sourceFiles('src'),
      ...readdirSync('.').filter((f) => f.endsWith('.html')),
    ]) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\('([A-Za-z0-9_]+)'/g)) used.add(m[1] as string);
      for (const m of text.matchAll(/data-i18n="([A-Za-z0-9_]+)"/g)) used.add(m[1] as string);
      for (const m of text.matchAll(/labelKey: '([A-Za-z0-9_]+)'/g)) used.add(m[1] as string);
    }
    const missing = [...used].filter((key) => !(key in vi));
    expect(missing).toEqual([]);
  });
});
