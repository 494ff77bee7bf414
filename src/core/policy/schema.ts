/**
 * Policy keys (DESIGN.md, stable API): one shape read from managed storage, an imported file and
 * the console's own settings. Unknown keys are warnings; invalid values are errors naming the key.
 */
import { z } from 'zod';
import { TIER_IDS, URL_CATEGORIES } from '../taxonomy.ts';
import { TIME_PATTERN } from './schedule.ts';

export const PIN_HASH_PATTERN = /^pbkdf2-sha256\$(\d+)\$([A-Za-z0-9+/]+=*)\$([A-Za-z0-9+/]+=*)$/;

const domainList = z.array(z.string().min(1).max(253)).max(100_000);

export const profileSchema = z.object({
  id: z.string().min(1).max(64),
  name: z.string().min(1).max(100),
  tier: z.enum(TIER_IDS),
  allow: domainList.optional(),
  block: domainList.optional(),
  categories: z.partialRecord(z.enum(URL_CATEGORIES), z.enum(['block', 'allow'])).optional(),
});
export type Profile = z.infer<typeof profileSchema>;

export const contactSchema = z.object({
  name: z.string().min(1).max(200),
  phone: z
    .string()
    .regex(/^[+0-9 ().-]{2,32}$/)
    .optional(),
  url: z.url({ protocol: /^https?$/ }).optional(),
  area: z.string().max(200).optional(),
});
export type Contact = z.infer<typeof contactSchema>;

export const lessonSchema = z.object({
  allow: domainList,
  until: z.iso.datetime({ offset: true }).optional(),
});
export type Lesson = z.infer<typeof lessonSchema>;

export const scheduleSchema = z.object({
  id: z.string().min(1).max(64).optional(),
  profile: z.string().min(1).max(64).optional(),
  days: z.array(z.number().int().min(0).max(6)).max(7),
  from: z.string().regex(TIME_PATTERN),
  to: z.string().regex(TIME_PATTERN),
  block: z.array(z.enum(URL_CATEGORIES)).min(1),
});
export type ScheduleEntry = z.infer<typeof scheduleSchema>;

/** Each key validated on its own, so one bad key is named and the rest still apply. */
export const policyKeySchemas = {
  tier: z.enum(TIER_IDS),
  profiles: z.array(profileSchema).max(500),
  activeProfile: z.string().min(1).max(64),
  allow: domainList,
  block: domainList,
  lesson: lessonSchema,
  safeSearch: z.boolean(),
  contacts: z.array(contactSchema).max(50),
  pinHash: z.string().regex(PIN_HASH_PATTERN),
  retentionDays: z.number().int().min(1).max(365),
  locked: z.boolean(),
  schedules: z.array(scheduleSchema).max(200),
} as const;

export type PolicyKey = keyof typeof policyKeySchemas;
export const POLICY_KEYS = Object.keys(policyKeySchemas) as PolicyKey[];
export type Policy = { [K in PolicyKey]?: z.infer<(typeof policyKeySchemas)[K]> };
