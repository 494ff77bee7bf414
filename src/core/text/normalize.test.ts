import { describe, expect, it } from 'vitest';
import { foldedString, normalizeText, plainString } from './normalize.ts';

const folded = (s: string): string => foldedString(normalizeText(s));
const plain = (s: string): string => plainString(normalizeText(s));

describe('normalizeText', () => {
  it('folds case and keeps a parallel diacritic-free stream (đ -> d)', () => {
    expect(folded('Kèo NHÀ Cái')).toBe('kèo nhà cái');
    expect(plain('Kèo NHÀ Cái Đá')).toBe('keo nha cai da');
    expect(plain('keo nha cai')).toBe(plain('kèo nhà cái'));
  });

  it('composes decomposed (NFD) Vietnamese into NFC', () => {
    const nfd = 'cá độ'.normalize('NFD');
    expect(nfd.length).toBeGreaterThan(5);
    expect(folded(nfd)).toBe('cá độ');
    expect(plain(nfd)).toBe('ca do');
  });

  it('drops stray combining marks (zalgo) but keeps the letters', () => {
    expect(plain('s\u0336\u0334e\u0337x')).toBe('sex');
    expect(plain('\u0301abc')).toBe('abc');
  });

  it('maps Cyrillic/Greek homoglyphs and full-width letters to Latin', () => {
    expect(plain('ѕех')).toBe('sex');
    expect(plain('ΡΟRΝ')).toBe('porn');
    expect(plain('ｃａｓｉｎｏ')).toBe('casino');
    expect(plain('𝐬𝐞𝐱')).toBe('sex');
  });

  it('removes zero-width characters', () => {
    expect(plain('s\u200be\u200dx\ufeff')).toBe('sex');
  });

  it('collapses letters repeated three or more times, keeps doubles', () => {
    expect(plain('nguuuuu')).toBe('ngu');
    expect(plain('fuuuuck')).toBe('fuck');
    expect(plain('good')).toBe('good');
    expect(plain('1000')).toBe('1000');
  });

  it('reads @ and $ as letters only in word context', () => {
    expect(plain('c@sino')).toBe('casino');
    expect(plain('a$$hole')).toBe('asshole');
    expect(plain('$100 @ 5')).toBe('$100 @ 5');
  });

  it('maps every normalised char back to its original UTF-16 range', () => {
    const src = 'X\u200bNguuuu cá'.normalize('NFD') + ' 😀 ok';
    const n = normalizeText(src);
    const f = foldedString(n);
    const at = f.indexOf('ngu');
    expect(at).toBeGreaterThan(0);
    // 'ngu' spans the original "Nguuuu"
    expect(src.slice(n.start[at], n.end[at + 2])).toBe('Nguuuu');
    const ca = f.indexOf('cá');
    expect(src.slice(n.start[ca], n.end[ca + 1])).toBe('cá'.normalize('NFD'));
    const ok = f.indexOf('ok');
    expect(src.slice(n.start[ok], n.end[ok + 1])).toBe('ok');
    // the zero-width space is absorbed by the previous character
    expect(src.slice(n.start[0], n.end[0])).toBe('X\u200b');
  });
});
