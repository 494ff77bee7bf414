import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BLOCK_REASONS } from '../../src/core/block-reason.ts';

type Messages = Record<string, { message: string }>;
const load = (lang: string) =>
  JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Messages;

describe('the blocked page has words for every reason', () => {
  for (const lang of ['vi', 'en']) {
    it(`${lang}: a category name and a short reason for every URL category, text category and own reason`, () => {
      const messages = load(lang);
      const missing = BLOCK_REASONS.flatMap((r) =>
        [`category_${r}`, `reason_${r}`].filter((key) => !messages[key]?.message),
      );
      expect(missing).toEqual([]);
      for (const r of BLOCK_REASONS) {
        // Kind and short: one or two sentences a child reads at a glance.
        expect(
          (messages[`reason_${r}`] as { message: string }).message.length,
          r,
        ).toBeLessThanOrEqual(160);
      }
    });
  }

  it('self-harm points to 111 in both languages', () => {
    expect(load('vi').reason_self_harm?.message).toContain('111');
    expect(load('en').reason_self_harm?.message).toContain('111');
  });
});

describe('localeLanguage', () => {
  it('names the language of its own locale file (the page follows the strings the browser picked)', () => {
    expect(load('vi').localeLanguage?.message).toBe('vi');
    expect(load('en').localeLanguage?.message).toBe('en');
  });
});
