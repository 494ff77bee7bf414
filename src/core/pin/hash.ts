/**
 * The adult PIN, stored only as `pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>` (DESIGN.md):
 * PBKDF2-SHA256 through WebCrypto, a random 16-byte salt, at least 600,000 iterations, and a
 * constant-time comparison. Pure: WebCrypto is a web-platform global in browsers and Node.
 */
import { PIN_HASH_PATTERN } from '../policy/schema.ts';

export const PIN_ITERATIONS = 600_000;
export const MIN_PIN_ITERATIONS = 600_000;
/** Refuse absurd iteration counts from a hostile policy (a hash would hang the worker). */
export const MAX_PIN_ITERATIONS = 10_000_000;
const SALT_BYTES = 16;
const HASH_BITS = 256;

/** A PIN is 4 to 32 characters with no spaces: digits are easiest for a parent or teacher. */
export const PIN_PATTERN = /^\S{4,32}$/;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(pin.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    key,
    HASH_BITS,
  );
  return new Uint8Array(bits);
}

/** Hashes a PIN with a fresh random salt (or the one given, for tests). */
export async function hashPin(
  pin: string,
  iterations = PIN_ITERATIONS,
  salt: Uint8Array = crypto.getRandomValues(new Uint8Array(SALT_BYTES)),
): Promise<string> {
  if (iterations < MIN_PIN_ITERATIONS) throw new Error(`at least ${MIN_PIN_ITERATIONS} iterations`);
  const hash = await derive(pin, salt, iterations);
  return `pbkdf2-sha256$${iterations}$${toBase64(salt)}$${toBase64(hash)}`;
}

/** Same length and bytes, in time that does not depend on where they first differ. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

export interface ParsedPinHash {
  iterations: number;
  salt: Uint8Array;
  hash: Uint8Array;
}

/** Reads a stored hash; undefined when it is not in the format or its numbers are out of range. */
export function parsePinHash(stored: string): ParsedPinHash | undefined {
  const match = PIN_HASH_PATTERN.exec(stored);
  if (!match) return undefined;
  const iterations = Number(match[1]);
  if (!Number.isSafeInteger(iterations) || iterations < 1 || iterations > MAX_PIN_ITERATIONS) {
    return undefined;
  }
  try {
    const salt = fromBase64(match[2] as string);
    const hash = fromBase64(match[3] as string);
    if (salt.length < 8 || hash.length !== HASH_BITS / 8) return undefined;
    return { iterations, salt, hash };
  } catch {
    return undefined;
  }
}

/** True when `pin` matches `stored`; false for a wrong PIN or an unreadable hash. */
export async function verifyPin(pin: string, stored: string): Promise<boolean> {
  const parsed = parsePinHash(stored);
  if (!parsed) return false;
  const candidate = await derive(pin, parsed.salt, parsed.iterations);
  return constantTimeEqual(candidate, parsed.hash);
}
