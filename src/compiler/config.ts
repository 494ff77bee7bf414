/** Reads and validates rules/categories.json and rules/sources.json. A bad config is the only fatal error. */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { URL_CATEGORIES } from '../core/taxonomy.ts';
import type { UrlCategory } from '../core/taxonomy.ts';
import { MAX_SOURCES_PER_CATEGORY } from './category-domains.ts';

const mappingSchema = z.object({
  file: z.string().min(1),
  to: z.union([z.enum(URL_CATEGORIES), z.literal('allow')]),
  why: z.string().min(1),
});
const categoriesSchema = z.object({ mappings: z.array(mappingSchema).min(1) });

/** `rules/categories.json`: each source file and the category (or the allow-list) it feeds. */
export type CategoryMapping = z.infer<typeof mappingSchema>;

export class ConfigError extends Error {}

/** Files per category (in mapping order) and the allow-list files. */
export interface CompilePlan {
  byCategory: Map<UrlCategory, string[]>;
  allow: string[];
}

/** Loads the mapping; throws {@link ConfigError} when it is unusable. */
export async function loadCategories(path: string): Promise<CompilePlan> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new ConfigError(`${path}: cannot read JSON (${(error as Error).message})`);
  }
  const parsed = categoriesSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`${path}: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  const byCategory = new Map<UrlCategory, string[]>(URL_CATEGORIES.map((c) => [c, []]));
  const allow: string[] = [];
  const seen = new Set<string>();
  for (const { file, to } of parsed.data.mappings) {
    if (seen.has(file)) throw new ConfigError(`${path}: ${file} is mapped twice`);
    seen.add(file);
    if (to === 'allow') allow.push(file);
    else (byCategory.get(to) as string[]).push(file);
  }
  for (const [category, files] of byCategory) {
    if (files.length > MAX_SOURCES_PER_CATEGORY) {
      throw new ConfigError(
        `${path}: ${category} has more than ${MAX_SOURCES_PER_CATEGORY} source files`,
      );
    }
  }
  return { byCategory, allow };
}
