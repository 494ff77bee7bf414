/** Why a page was blocked: a URL category, a text category, or one of KidShield's own reasons. */
import { TEXT_CATEGORIES, URL_CATEGORIES } from './taxonomy.ts';

export const OWN_REASONS = ['custom', 'lesson', 'ip_literal'] as const;

export type BlockReason =
  | (typeof URL_CATEGORIES)[number]
  | (typeof TEXT_CATEGORIES)[number]
  | (typeof OWN_REASONS)[number];

/** Every reason once (`violence`, `drugs`, ... are both URL and text categories). */
export const BLOCK_REASONS = [
  ...new Set<BlockReason>([...URL_CATEGORIES, ...TEXT_CATEGORIES, ...OWN_REASONS]),
] as [BlockReason, ...BlockReason[]];

export function isBlockReason(value: unknown): value is BlockReason {
  return typeof value === 'string' && (BLOCK_REASONS as string[]).includes(value);
}
