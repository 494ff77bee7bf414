/** Text normaliser entry point: character streams with offset mapping, and word tokens. */
export { normalizeText, foldedString, plainString, LETTER, DIGIT, SEP } from './normalize.ts';
export type { NormalizedText } from './normalize.ts';
export {
  tokenize,
  tokenizeNormalized,
  tokenText,
  tokenRawText,
  plainWord,
  foldWord,
  HAS_DIGIT,
  HAS_LETTER,
  EXPANDED,
  JOINED,
  LEET_READ,
} from './tokenize.ts';
export type { TokenStream } from './tokenize.ts';
export { TextScratch } from './scratch.ts';
export { hashString, fnvStep, FNV_OFFSET } from './hash.ts';
