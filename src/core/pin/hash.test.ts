import { describe, expect, it } from 'vitest';
import { PIN_HASH_PATTERN } from '../policy/schema.ts';
import { constantTimeEqual, hashPin, parsePinHash, PIN_ITERATIONS, verifyPin } from './hash.ts';

describe('PIN hashing', () => {
  it('stores PBKDF2-SHA256 with 600,000 iterations and a 16-byte random salt in the policy format', async () => {
    const a = await hashPin('2468');
    const b = await hashPin('2468');
    expect(a).toMatch(PIN_HASH_PATTERN);
    expect(PIN_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(a.split('$')[1]).toBe('600000');
    expect(parsePinHash(a)?.salt.length).toBe(16);
    expect(a).not.toBe(b); // fresh salt each time
    expect(a).not.toContain('2468');
  });

  it('accepts the right PIN and refuses a wrong one', async () => {
    const stored = await hashPin('1357');
    expect(await verifyPin('1357', stored)).toBe(true);
    expect(await verifyPin('1358', stored)).toBe(false);
    expect(await verifyPin('', stored)).toBe(false);
  });

  it('matches a hash made elsewhere (Node crypto) from the same salt', async () => {
    const { pbkdf2Sync } = await import('node:crypto');
    const salt = Buffer.from('0123456789abcdef');
    const hash = pbkdf2Sync('9999', salt, 600_000, 32, 'sha256');
    const stored = `pbkdf2-sha256$600000$${salt.toString('base64')}$${hash.toString('base64')}`;
    expect(await verifyPin('9999', stored)).toBe(true);
    expect(await hashPin('9999', 600_000, new Uint8Array(salt))).toBe(stored);
  });

  it('refuses fewer than 600,000 iterations when hashing, and unreadable or hostile hashes', async () => {
    await expect(hashPin('1234', 1000)).rejects.toThrow();
    expect(await verifyPin('1234', 'plain-text-1234')).toBe(false);
    expect(parsePinHash('pbkdf2-sha256$999999999999$AAAAAAAAAAA=$AAAA')).toBeUndefined();
    expect(parsePinHash('pbkdf2-sha256$600000$AAAAAAAAAAAAAAAA$AAAA')).toBeUndefined(); // short hash
  });

  it('compares in constant time over the whole length', () => {
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 3]))).toBe(true);
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4]))).toBe(false);
    expect(constantTimeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2, 0]))).toBe(false);
  });
});
