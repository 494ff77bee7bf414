/**
 * Growable typed arrays for the normaliser and tokenizer. A `TextScratch` passed to `tokenize`
 * (or `normalizeText`) is reused from call to call, so a caller that processes one text after
 * another (the classifier) does not allocate, page in and garbage-collect ~20 bytes per character
 * each time. A result computed into a scratch is valid until the next call with the same scratch.
 */

// Shared placeholders until the first reset/reserve (typed arrays are slow to create).
const NO_I32 = new Int32Array(0);
const NO_U32 = new Uint32Array(0);
const NO_U16 = new Uint16Array(0);
const NO_U8 = new Uint8Array(0);

/** Token arrays under construction (index = token number), grown by doubling. */
export class TokenBuilder {
  cap = 0;
  n = 0;
  start = NO_I32;
  end = NO_I32;
  hash = NO_U32;
  foldHash = NO_U32;
  rawHash = NO_U32;
  flags = NO_U8;
  normStart = NO_I32;
  normEnd = NO_I32;

  /** Empties the builder and makes room for at least `cap` tokens (arrays are kept when big enough). */
  reset(cap: number): void {
    this.n = 0;
    const want = Math.max(16, cap);
    if (this.cap >= want) return;
    this.cap = want;
    this.start = new Int32Array(want);
    this.end = new Int32Array(want);
    this.hash = new Uint32Array(want);
    this.foldHash = new Uint32Array(want);
    this.rawHash = new Uint32Array(want);
    this.flags = new Uint8Array(want);
    this.normStart = new Int32Array(want);
    this.normEnd = new Int32Array(want);
  }

  grow(): void {
    this.cap = Math.max(16, this.cap * 2);
    const g = <T extends Int32Array | Uint32Array | Uint8Array>(
      a: T,
      make: (n: number) => T,
    ): T => {
      const b = make(this.cap);
      b.set(a);
      return b;
    };
    this.start = g(this.start, (n) => new Int32Array(n));
    this.end = g(this.end, (n) => new Int32Array(n));
    this.hash = g(this.hash, (n) => new Uint32Array(n));
    this.foldHash = g(this.foldHash, (n) => new Uint32Array(n));
    this.rawHash = g(this.rawHash, (n) => new Uint32Array(n));
    this.flags = g(this.flags, (n) => new Uint8Array(n));
    this.normStart = g(this.normStart, (n) => new Int32Array(n));
    this.normEnd = g(this.normEnd, (n) => new Int32Array(n));
  }

  push(
    start: number,
    end: number,
    hash: number,
    foldHash: number,
    rawHash: number,
    flags: number,
    ns: number,
    ne: number,
  ): void {
    if (this.n === this.cap) this.grow();
    const i = this.n++;
    this.start[i] = start;
    this.end[i] = end;
    this.hash[i] = hash;
    this.foldHash[i] = foldHash;
    this.rawHash[i] = rawHash;
    this.flags[i] = flags;
    this.normStart[i] = ns;
    this.normEnd[i] = ne;
  }
}

/** Reusable buffers of one normalise + tokenize at a time (see the module comment). */
export class TextScratch {
  /** Capacity of the normalised-character arrays. */
  private chars = 0;
  folded = NO_U16;
  plain = NO_U16;
  kind = NO_U8;
  start = NO_I32;
  end = NO_I32;
  /** The tokenizer's output. */
  readonly tokens = new TokenBuilder();
  /** Single letters the tokenizer holds back while they may still be joined (`s.e.x`). */
  readonly singles = new TokenBuilder();

  /** Makes room for `len` normalised characters. */
  reserve(len: number): void {
    if (this.chars >= len) return;
    this.chars = len;
    this.folded = new Uint16Array(len);
    this.plain = new Uint16Array(len);
    this.kind = new Uint8Array(len);
    this.start = new Int32Array(len);
    this.end = new Int32Array(len);
  }
}
