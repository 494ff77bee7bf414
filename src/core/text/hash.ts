/** FNV-1a 32-bit hashing of UTF-16 code units, shared by the normaliser, lexicons and model. */

export const FNV_OFFSET = 0x811c9dc5;

/** Folds one UTF-16 code unit into a running FNV-1a hash. */
export function fnvStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193) >>> 0;
}

/** FNV-1a hash of a whole string (as UTF-16 code units). */
export function hashString(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = fnvStep(h, s.charCodeAt(i));
  return h;
}
