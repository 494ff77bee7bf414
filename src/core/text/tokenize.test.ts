import { describe, expect, it } from 'vitest';
import { hashString } from './hash.ts';
import { TextScratch } from './scratch.ts';
import { EXPANDED, JOINED, LEET_READ, tokenize, tokenRawText, tokenText } from './tokenize.ts';

const words = (s: string): string[] => {
  const ts = tokenize(s);
  return Array.from({ length: ts.count }, (_, i) => tokenText(ts, i));
};
const spans = (s: string): string[] => {
  const ts = tokenize(s);
  return Array.from({ length: ts.count }, (_, i) => s.slice(ts.start[i], ts.end[i]));
};

describe('tokenize', () => {
  it('matches with and without diacritics on the same hash', () => {
    const a = tokenize('Kèo nhà cái');
    const b = tokenize('keo nha cai');
    expect(Array.from(a.hash.subarray(0, 3))).toEqual(Array.from(b.hash.subarray(0, 3)));
    expect(a.foldHash[0]).not.toBe(b.foldHash[0]);
    expect(a.hash[0]).toBe(hashString('keo'));
  });

  it('expands Vietnamese teencode', () => {
    expect(words('ko dc j z')).toEqual(['khong', 'duoc', 'gi', 'vay']);
    expect(words('đm vcl')).toEqual(['dit', 'me', 'vai', 'ca', 'lon']);
    expect(words('ib sdt stk in4')).toEqual([
      'inbox',
      'so',
      'dien',
      'thoai',
      'so',
      'tai',
      'khoan',
      'info',
    ]);
    const ts = tokenize('vcl');
    expect((ts.flags[0] ?? 0) & EXPANDED).toBe(EXPANDED);
    expect(spans('ok vcl')).toEqual(['ok', 'vcl', 'vcl', 'vcl']);
  });

  it('does not expand dm (English "direct message") but does expand đm', () => {
    expect(words('dm me')).toEqual(['dm', 'me']);
    expect(words('đm')).toEqual(['dit', 'me']);
  });

  it('reads digits as letters inside words (leetspeak) but keeps brand names as written', () => {
    expect(words('s3x c0c4in3 h4ck')).toEqual(['sex', 'cocaine', 'hack']);
    const ts = tokenize('789bet go88 2024');
    expect(tokenRawText(ts, 0)).toBe('789bet');
    expect(tokenRawText(ts, 1)).toBe('go88');
    expect(tokenText(ts, 2)).toBe('2024');
    expect((ts.flags[2] ?? 0) & LEET_READ).toBe(0);
  });

  it('re-joins letters split by dots, spaces or dashes', () => {
    expect(words('c.ờ.b.ạ.c online')).toEqual(['cobac', 'online']);
    expect(words('xem s e x')).toEqual(['xem', 'sex']);
    expect(words('p-o-r-n')).toEqual(['porn']);
    expect((tokenize('s.e.x').flags[0] ?? 0) & JOINED).toBe(JOINED);
    expect(spans('xem s e x nhé')).toEqual(['xem', 's e x', 'nhé']);
    expect(words('a b')).toEqual(['a', 'b']);
  });

  it('keeps original offsets through all tricks', () => {
    const s = 'Ｃá  ＣƯỢC  s3x  nguuuu';
    expect(spans(s)).toEqual(['Ｃá', 'ＣƯỢC', 's3x', 'nguuuu']);
  });

  it('keeps every token in order when expansions, joins and plain words mix (written in place)', () => {
    expect(words('vcl s.e.x ko hoc k vcl ban')).toEqual([
      'vai',
      'ca',
      'lon',
      'sex',
      'khong',
      'hoc',
      'khong',
      'vai',
      'ca',
      'lon',
      'ban',
    ]);
    expect(words('xin c.h.a.o vcl nhe')).toEqual(['xin', 'chao', 'vai', 'ca', 'lon', 'nhe']);
  });

  it('gives the same tokens with a reused scratch, longer text first', () => {
    const texts = ['vcl s.e.x ko hoc k vcl ban '.repeat(40), 'Ｃá  ＣƯỢC  s3x  nguuuu', 'đm', ''];
    const scratch = new TextScratch();
    const view = (s: string, reuse?: TextScratch): unknown => {
      const ts = tokenize(s, reuse);
      const n = ts.count;
      const m = ts.norm.length;
      return {
        norm: [ts.norm.folded, ts.norm.plain, ts.norm.kind, ts.norm.start, ts.norm.end].map((a) =>
          Array.from(a.subarray(0, m)),
        ),
        tokens: [ts.start, ts.end, ts.hash, ts.foldHash, ts.rawHash, ts.flags].map((a) =>
          Array.from(a.subarray(0, n)),
        ),
        words: Array.from({ length: n }, (_, i) => tokenText(ts, i)),
      };
    };
    for (const s of texts) expect(view(s, scratch)).toEqual(view(s));
  });
});
