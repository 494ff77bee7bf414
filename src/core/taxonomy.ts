/** Stable ids shared by URL rules, the text classifier, storage, policy and the CLI (DESIGN.md). */

export const URL_CATEGORIES = [
  'adult',
  'adult_soft',
  'gambling',
  'drugs',
  'violence',
  'weapons',
  'self_harm',
  'dating',
  'chat',
  'social',
  'games',
  'proxy',
  'hacking',
  'security',
  'cults',
  'piracy',
  'shortener',
] as const;
export type UrlCategory = (typeof URL_CATEGORIES)[number];

export const TEXT_CATEGORIES = [
  'sexual',
  'violence',
  'self_harm',
  'drugs',
  'gambling',
  'hate',
  'harassment',
  'profanity',
  'grooming',
  'scam',
] as const;
export type TextCategory = (typeof TEXT_CATEGORIES)[number];

export const TIER_IDS = ['early', 'lower', 'upper', 'adult'] as const;
export type TierId = (typeof TIER_IDS)[number];

/** What the extension does when the classifier flags a page, mildest first. */
export const ACTIONS = ['none', 'log', 'warn', 'blur', 'block'] as const;
export type Action = (typeof ACTIONS)[number];

export const DEFAULT_TIER: TierId = 'lower';

export function isUrlCategory(value: unknown): value is UrlCategory {
  return typeof value === 'string' && (URL_CATEGORIES as readonly string[]).includes(value);
}

export function isTextCategory(value: unknown): value is TextCategory {
  return typeof value === 'string' && (TEXT_CATEGORIES as readonly string[]).includes(value);
}

export function isTierId(value: unknown): value is TierId {
  return typeof value === 'string' && (TIER_IDS as readonly string[]).includes(value);
}
