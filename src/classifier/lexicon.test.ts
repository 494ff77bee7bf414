import { describe, expect, it } from 'vitest';
import { tokenize } from '../core/text/index.ts';
import { Lexicon } from './lexicon.ts';

const GAMBLING = 4; // index of 'gambling' in TEXT_CATEGORIES
const PROFANITY = 7;

const lexicon = new Lexicon([
  {
    category: 'gambling',
    phrases: { 'nhà cái': 30, 'nạp tiền': 10, 'công an': -25 },
    pairs: [['nhà cái', 'khuyến mãi', 40]],
    patterns: { '^go88$': 45 },
  },
  { category: 'profanity', phrases: {}, exact: { cặc: 60 } },
]);
const sums = (text: string): Float64Array => lexicon.match(tokenize(text)).sums;

describe('Lexicon', () => {
  it('counts each phrase once per text', () => {
    expect(sums('nhà cái')[GAMBLING]).toBe(30);
    expect(sums('nhà cái nhà cái NHA CAI nhacai')[GAMBLING]).toBe(30);
  });

  it('applies negative context weights', () => {
    expect(sums('công an bắt nhà cái')[GAMBLING]).toBe(5);
  });

  it('adds a pair weight only when both phrases occur', () => {
    expect(sums('nhà cái khuyến mãi')[GAMBLING]).toBe(70);
    expect(sums('khuyến mãi')[GAMBLING]).toBe(0);
  });

  it('matches brand patterns on the token as written', () => {
    expect(sums('go88')[GAMBLING]).toBe(45);
    expect(sums('go88 go88')[GAMBLING]).toBe(45);
    expect(sums('go99')[GAMBLING]).toBe(0);
  });

  it('matches exact phrases only with their diacritics', () => {
    expect(sums('cặc')[PROFANITY]).toBe(60);
    expect(sums('các bạn')[PROFANITY]).toBe(0);
    expect(sums('cac ban')[PROFANITY]).toBe(0);
  });

  it('reports hits in original-text offsets', () => {
    const text = 'Xin chào, NHÀ  CÁI đây';
    const hit = lexicon.match(tokenize(text)).hits[0];
    expect(hit && text.slice(hit.start, hit.end)).toBe('NHÀ  CÁI');
  });
});
