/**
 * A trie over 32-bit token hashes, stored in typed arrays: the edges (parent, key) -> child in
 * one open-addressing table, and each node's phrase ids in one list. Lookups allocate nothing
 * (a Map keyed by hashes above 2^30 boxes every key). Built with `insert`, then `freeze`.
 */
export class HashTrie {
  /** Phrase ids per node while building; node 0 is the root. */
  private building: number[][] | undefined = [[]];
  /** parent * 2^32 + key -> child, while building. */
  private readonly edgeMap = new Map<number, number>();
  private edgeParent = new Int32Array(0);
  private edgeKey = new Int32Array(0);
  /** Child node + 1; 0 marks an empty slot. */
  private edgeChild = new Int32Array(0);
  private mask = 0;
  /** Phrase ids of node n: list[start[n]] .. list[start[n + 1] - 1], in insertion order. */
  private phraseStart = new Int32Array(1);
  private phraseList = new Int32Array(0);
  /** Keys of the root's children. */
  readonly rootKeys: number[] = [];

  /** The node reached from `node` by `key`, created if missing (before `freeze`). */
  insert(node: number, key: number): number {
    const nodes = this.building;
    if (nodes === undefined) throw new Error('trie: insert after freeze');
    const edge = node * 0x100000000 + (key >>> 0);
    let child = this.edgeMap.get(edge);
    if (child === undefined) {
      child = nodes.length;
      nodes.push([]);
      this.edgeMap.set(edge, child);
      if (node === 0) this.rootKeys.push(key >>> 0);
    }
    return child;
  }

  /** Adds a phrase id to a node (before `freeze`). */
  addPhrase(node: number, id: number): void {
    this.building?.[node]?.push(id);
  }

  /** Packs the trie into its lookup tables. */
  freeze(): void {
    const nodes = this.building ?? [];
    let size = 16;
    while (size < this.edgeMap.size * 2) size *= 2;
    this.mask = size - 1;
    this.edgeParent = new Int32Array(size);
    this.edgeKey = new Int32Array(size);
    this.edgeChild = new Int32Array(size);
    for (const [edge, child] of this.edgeMap) {
      const parent = Math.floor(edge / 0x100000000);
      const key = edge % 0x100000000;
      let s = slot(parent, key) & this.mask;
      while (this.edgeChild[s] !== 0) s = (s + 1) & this.mask;
      this.edgeParent[s] = parent;
      this.edgeKey[s] = key;
      this.edgeChild[s] = child + 1;
    }
    this.phraseStart = new Int32Array(nodes.length + 1);
    this.phraseList = Int32Array.from(nodes.flat());
    nodes.forEach(
      (ids, n) => (this.phraseStart[n + 1] = (this.phraseStart[n] as number) + ids.length),
    );
    this.building = undefined;
    this.edgeMap.clear();
  }

  /** The child of `node` by `key`, or -1. */
  child(node: number, key: number): number {
    const k = key | 0;
    for (let s = slot(node, k) & this.mask; ; s = (s + 1) & this.mask) {
      const child = this.edgeChild[s] as number;
      if (child === 0) return -1;
      if (this.edgeKey[s] === k && this.edgeParent[s] === node) return child - 1;
    }
  }

  /** First index into `phraseList` of a node's phrase ids; they end at `phrasesStart(node + 1)`. */
  phrasesStart(node: number): number {
    return this.phraseStart[node] as number;
  }

  /** The phrase id at an index of the phrase list. */
  phraseAt(index: number): number {
    return this.phraseList[index] as number;
  }
}

function slot(node: number, key: number): number {
  const h = Math.imul(Math.imul(node, 0x9e3779b1) ^ key, 0x85ebca6b);
  return h ^ (h >>> 15);
}
