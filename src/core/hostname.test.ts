import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIpLiteral, normalizeHostname, parentDomains } from './hostname.ts';

const ok = (input: string) => {
  const r = normalizeHostname(input);
  if (!r.ok) throw new Error(`${input}: ${r.reason}`);
  return r.host;
};
const reason = (input: string) => {
  const r = normalizeHostname(input);
  if (r.ok) throw new Error(`${input} accepted as ${r.host}`);
  return r.reason;
};

describe('normalizeHostname', () => {
  it('lowercases, trims and strips a trailing dot', () => {
    expect(ok('  Example.COM. ')).toBe('example.com');
    expect(ok('a.b.example.com.')).toBe('a.b.example.com');
  });
  it('turns IDN into punycode', () => {
    expect(ok('bücher.de')).toBe('xn--bcher-kva.de');
    expect(ok('Tuổitrẻ.vn')).toBe(ok('tuổitrẻ.vn'));
    expect(ok('tuổitrẻ.vn').startsWith('xn--')).toBe(true);
  });
  it('reduces a pasted URL to its host', () => {
    expect(ok('https://User:pw@WWW.Example.com:8080/path?q=1#x')).toBe('www.example.com');
    expect(ok('example.com/some/page')).toBe('example.com');
    expect(ok('example.com:443')).toBe('example.com');
  });
  it('strips a leading *. wildcard and rejects inner ones', () => {
    expect(ok('*.example.com')).toBe('example.com');
    expect(reason('a.*.example.com')).toMatch(/wildcard/);
  });
  it('keeps IP literals, IPv4 and IPv6', () => {
    expect(ok('192.0.2.1')).toBe('192.0.2.1');
    expect(ok('2001:DB8::1')).toBe('[2001:db8::1]');
    expect(ok('[::1]')).toBe('[::1]');
    expect(ok('http://[2001:db8::1]:8080/')).toBe('[2001:db8::1]');
  });
  it('rejects bad entries with a reason', () => {
    expect(reason('')).toBe('empty');
    expect(reason('localhost')).toMatch(/single-label/);
    expect(reason('a..b.com')).toMatch(/empty label|not a valid/);
    expect(reason('exa mple.com')).toMatch(/whitespace/);
    expect(reason('1.2.3.4.5')).toMatch(/numeric/);
    expect(reason(`${'a'.repeat(64)}.com`)).toMatch(/label longer/);
    expect(reason(`${'a.'.repeat(130)}com`)).toMatch(/longer than 253/);
    expect(reason('exa%mple.com')).toBeDefined();
  });
  it('is idempotent (property)', () => {
    fc.assert(
      fc.property(fc.domain(), (domain) => {
        const first = normalizeHostname(domain);
        if (!first.ok) return true;
        const second = normalizeHostname(first.host);
        return second.ok && second.host === first.host;
      }),
    );
  });
  it('accepts every generated domain as its lowercase form (property)', () => {
    fc.assert(
      fc.property(fc.domain(), (domain) => {
        const r = normalizeHostname(domain.toUpperCase());
        return !r.ok || r.host === domain.toLowerCase().replace(/\.$/, '');
      }),
    );
  });
  it('reduces any web URL to the same host as its bare domain (property)', () => {
    fc.assert(
      fc.property(fc.webUrl(), (url) => {
        const host = new URL(url).hostname;
        const fromUrl = normalizeHostname(url);
        const fromHost = normalizeHostname(host);
        return (
          fromUrl.ok === fromHost.ok &&
          (!fromUrl.ok || !fromHost.ok || fromUrl.host === fromHost.host)
        );
      }),
    );
  });
  it('never throws and only returns ASCII without spaces (property)', () => {
    fc.assert(
      fc.property(fc.string(), (input) => {
        const r = normalizeHostname(input);
        return !r.ok || /^[\x21-\x7e]+$/.test(r.host);
      }),
    );
  });
});

describe('isIpLiteral', () => {
  it('tells IP literals from names', () => {
    expect(isIpLiteral('10.0.0.1')).toBe(true);
    expect(isIpLiteral('[::1]')).toBe(true);
    expect(isIpLiteral('2001:db8::1')).toBe(true);
    expect(isIpLiteral('example.com')).toBe(false);
    expect(isIpLiteral('256.1.1.1')).toBe(false);
    expect(isIpLiteral('1.2.3.com')).toBe(false);
  });
  it('recognises every IPv4 address (property)', () => {
    fc.assert(fc.property(fc.ipV4(), (ip) => isIpLiteral(ip) && normalizeHostname(ip).ok));
  });
});

describe('parentDomains', () => {
  it('lists proper parents nearest first', () => {
    expect(parentDomains('a.b.example.com')).toEqual(['b.example.com', 'example.com', 'com']);
  });
});
