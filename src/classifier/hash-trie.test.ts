import { describe, expect, it } from 'vitest';
import { HashTrie } from './hash-trie.ts';

const phrases = (trie: HashTrie, node: number): number[] => {
  const out: number[] = [];
  for (let p = trie.phrasesStart(node); p < trie.phrasesStart(node + 1); p++) {
    out.push(trie.phraseAt(p));
  }
  return out;
};

describe('HashTrie', () => {
  it('finds paths of 32-bit keys and keeps phrase ids in insertion order', () => {
    const trie = new HashTrie();
    const big = 0xfedcba98; // above 2^31, as token hashes often are
    const a = trie.insert(0, big);
    const ab = trie.insert(a, 7);
    expect(trie.insert(0, big)).toBe(a);
    trie.addPhrase(ab, 3);
    trie.addPhrase(ab, 1);
    trie.addPhrase(a, 2);
    for (let k = 0; k < 100; k++)
      trie.addPhrase(trie.insert(0, Math.imul(k, 0x9e3779b1) >>> 0), 10 + k);
    trie.freeze();
    expect(trie.child(0, big)).toBe(a);
    expect(trie.child(a, 7)).toBe(ab);
    expect(trie.child(a, 8)).toBe(-1);
    expect(trie.child(0, 7)).toBe(-1);
    expect(phrases(trie, ab)).toEqual([3, 1]);
    expect(phrases(trie, a)).toEqual([2]);
    expect(phrases(trie, trie.child(0, Math.imul(42, 0x9e3779b1) >>> 0))).toEqual([52]);
    expect(trie.rootKeys).toContain(big);
  });
});
