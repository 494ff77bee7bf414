/** From a policy to the one profile in force: what the background turns into DNR rules. */
import { TIERS } from '../tiers.ts';
import { DEFAULT_TIER, URL_CATEGORIES } from '../taxonomy.ts';
import type { TierId, UrlCategory } from '../taxonomy.ts';
import { scheduledBlocks } from './schedule.ts';
import type { Contact, Policy, Profile } from './schema.ts';

export const DEFAULT_PROFILE_ID = 'default';

export interface EffectiveProfile {
  id: string;
  name: string;
  tier: TierId;
  blockedCategories: UrlCategory[];
  allow: string[];
  block: string[];
  safeSearch: boolean;
  blockIpLiterals: boolean;
  youtubeRestrict: 'Strict' | 'Moderate' | 'Off';
  /** Present only while lesson mode is on. */
  lesson?: { allow: string[]; until?: string };
  contacts: Contact[];
}

/**
 * The policy's profiles, or the one implicit profile when it has none. `defaultName` is what
 * that implicit profile is called (the UI passes its localised word for "default").
 */
export function listProfiles(policy: Policy, defaultName = DEFAULT_PROFILE_ID): Profile[] {
  if (policy.profiles && policy.profiles.length > 0) return policy.profiles;
  return [{ id: DEFAULT_PROFILE_ID, name: defaultName, tier: policy.tier ?? DEFAULT_TIER }];
}

export function activeProfileOf(policy: Policy, defaultName?: string): Profile {
  const profiles = listProfiles(policy, defaultName);
  return profiles.find((p) => p.id === policy.activeProfile) ?? (profiles[0] as Profile);
}

export function isLessonActive(policy: Policy, now: Date): boolean {
  if (!policy.lesson) return false;
  return policy.lesson.until === undefined || Date.parse(policy.lesson.until) > now.getTime();
}

function uniqueSorted(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

export function resolveProfile(
  policy: Policy,
  now: Date = new Date(),
  defaultName?: string,
): EffectiveProfile {
  const profile = activeProfileOf(policy, defaultName);
  const tier = TIERS[profile.tier];
  const blocked = new Set<UrlCategory>(tier.blockCategories);
  for (const [category, verdict] of Object.entries(profile.categories ?? {})) {
    if (verdict === 'block') blocked.add(category as UrlCategory);
    else blocked.delete(category as UrlCategory);
  }
  // Schedule windows open at `now` add their categories on top of the tier and the overrides.
  for (const category of scheduledBlocks(policy.schedules ?? [], profile.id, now)) {
    blocked.add(category);
  }
  // Proxies and translation proxies would undo every other rule: no child tier may open them.
  if (profile.tier !== 'adult') blocked.add('proxy');
  const effective: EffectiveProfile = {
    id: profile.id,
    name: profile.name,
    tier: profile.tier,
    blockedCategories: URL_CATEGORIES.filter((c) => blocked.has(c)),
    allow: uniqueSorted([...(policy.allow ?? []), ...(profile.allow ?? [])]),
    block: uniqueSorted([...(policy.block ?? []), ...(profile.block ?? [])]),
    safeSearch: policy.safeSearch ?? true,
    blockIpLiterals: tier.blockIpLiterals,
    youtubeRestrict: tier.youtubeRestrict,
    contacts: policy.contacts ?? [],
  };
  if (policy.lesson && isLessonActive(policy, now)) {
    effective.lesson = { allow: uniqueSorted(policy.lesson.allow) };
    if (policy.lesson.until) effective.lesson.until = policy.lesson.until;
  }
  return effective;
}
