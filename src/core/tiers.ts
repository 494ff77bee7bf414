/** Age tiers as data: `rules/tiers.json`, validated at load so a bad edit fails the build, not a child. */
import { z } from 'zod';
import tiersJson from '../../rules/tiers.json' with { type: 'json' };
import { ACTIONS, TEXT_CATEGORIES, TIER_IDS, URL_CATEGORIES } from './taxonomy.ts';
import type { Action, TextCategory, TierId, UrlCategory } from './taxonomy.ts';

const actionsShape = Object.fromEntries(TEXT_CATEGORIES.map((c) => [c, z.enum(ACTIONS)])) as {
  [K in TextCategory]: z.ZodEnum<{ [A in Action]: A }>;
};

export const tierSchema = z.object({
  blockCategories: z.array(z.enum(URL_CATEGORIES)),
  blockIpLiterals: z.boolean(),
  youtubeRestrict: z.enum(['Strict', 'Moderate', 'Off']),
  classifier: z.object({
    threshold: z.object({ page: z.number().min(0).max(1), query: z.number().min(0).max(1) }),
    actions: z.object(actionsShape).strict(),
  }),
});
export type Tier = z.infer<typeof tierSchema>;

export const tiersSchema = z.object(
  Object.fromEntries(TIER_IDS.map((t) => [t, tierSchema])) as { [K in TierId]: typeof tierSchema },
);
export type Tiers = Record<TierId, Tier>;

export const TIERS: Tiers = tiersSchema.parse(tiersJson);

export function tierBlocks(tier: TierId, category: UrlCategory): boolean {
  return TIERS[tier].blockCategories.includes(category);
}
