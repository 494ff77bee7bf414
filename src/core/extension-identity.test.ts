import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CHROME_EXTENSION_ID, EXTENSION_PUBLIC_KEY } from './extension-identity.ts';

describe('extension identity', () => {
  it('derives the Chromium extension id from the manifest key', () => {
    const der = Buffer.from(EXTENSION_PUBLIC_KEY, 'base64');
    const hex = createHash('sha256').update(der).digest('hex').slice(0, 32);
    const id = [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
    expect(id).toBe(CHROME_EXTENSION_ID);
  });
});
