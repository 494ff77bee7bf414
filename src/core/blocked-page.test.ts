import { describe, expect, it } from 'vitest';
import { displayAddress, parseBlockedPageQuery } from './blocked-page.ts';

describe('blocked page query', () => {
  it('reads the category and a raw URL with its own query string', () => {
    expect(parseBlockedPageQuery('?c=gambling&u=http://go88.vin/a?x=1&y=2')).toEqual({
      category: 'gambling',
      url: 'http://go88.vin/a?x=1&y=2',
    });
  });
  it('accepts a percent-encoded URL', () => {
    expect(parseBlockedPageQuery('?c=adult&u=https%3A%2F%2Fx.test%2F%3Fq%3D1').url).toBe(
      'https://x.test/?q=1',
    );
  });
  it('rejects unknown categories and non-web URLs', () => {
    expect(parseBlockedPageQuery('?c=evil&u=javascript:alert(1)')).toEqual({
      category: undefined,
      url: undefined,
    });
  });
  it('works without u (Firefox redirects)', () => {
    expect(parseBlockedPageQuery('?c=lesson')).toEqual({ category: 'lesson', url: undefined });
  });
});

describe('displayAddress', () => {
  it('drops a user name and password', () => {
    expect(displayAddress('http://hocsinh:123@go88.vin/a?x=1')).toBe('http://go88.vin/a?x=1');
  });
  it('keeps an ordinary address as it is', () => {
    expect(displayAddress('https://0-casino.info./bypass')).toBe('https://0-casino.info./bypass');
  });
  it('cuts a very long address', () => {
    const shown = displayAddress(`https://x.test/${'a'.repeat(500)}`);
    expect(shown).toHaveLength(120);
    expect(shown.endsWith('…')).toBe(true);
  });
});
