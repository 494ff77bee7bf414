/**
 * The compiler: rules/sources + rules/categories.json -> one static DNR ruleset per URL category
 * and browser, rules/stats.json and a source map. Deterministic; bad lines are reported
 * `file:line: reason` and skipped; a missing source file is a warning.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { DNR_LIMITS } from '../core/dnr/limits.ts';
import type { DnrLimits } from '../core/dnr/limits.ts';
import type { Browser } from '../core/dnr/types.ts';
import { normalizeHostname } from '../core/hostname.ts';
import { URL_CATEGORIES } from '../core/taxonomy.ts';
import type { UrlCategory } from '../core/taxonomy.ts';
import { CategoryDomains } from './category-domains.ts';
import { loadCategories } from './config.ts';
import { parseLine } from './parse-line.ts';
import { createProgress } from './progress.ts';
import type { Progress } from './progress.ts';
import { readLines } from './read-lines.ts';
import { planChunks, writeRuleset } from './rulesets.ts';
import { checkStaticLimits } from './static-limits.ts';
import type { LimitReport, RulesetSummary } from './static-limits.ts';

export const BROWSERS: readonly Browser[] = ['chrome', 'firefox'];
/** Domains per rule: Chromium 156 loads 4 M in one rule (docs/E2E.md); 1 M keeps each rule modest. */
export const DEFAULT_MAX_DOMAINS_PER_RULE = 1_000_000;

export interface CompileOptions {
  sourcesDir: string;
  outDir: string;
  categoriesPath: string;
  /** Where stats.json goes (rules/stats.json for the CLI). */
  statsPath: string;
  maxDomainsPerRule?: number;
  limits?: Record<Browser, DnrLimits>;
  /** Receives `file:line: reason` lines and warnings (stderr for the CLI). */
  report?: (message: string) => void;
  /** Draws a progress bar when stderr is a TTY. */
  progress?: boolean;
}

export interface SourceStats {
  file: string;
  lines: number;
  entries: number;
  invalid: number;
  /** Kept domains this file listed (a domain listed by two files counts for both). */
  kept: number;
  missing?: true;
}

export interface CategoryStats {
  sources: SourceStats[];
  listed: number;
  duplicates: number;
  invalid: number;
  pruned: number;
  allowSubtracted: number;
  kept: number;
  excludedRequestDomains: number;
  rules: Record<Browser, number>;
  bytes: Record<Browser, number>;
}

export interface CompileStats {
  categories: Record<UrlCategory, CategoryStats>;
  allow: { sources: SourceStats[]; domains: number };
  totals: {
    kept: number;
    pruned: number;
    invalid: number;
    allowSubtracted: number;
    rules: Record<Browser, number>;
    bytes: Record<Browser, number>;
  };
  limits: Record<Browser, LimitReport>;
  warnings: string[];
}

interface RuleSource {
  ids: [number];
  domains: number;
  first: string;
  last: string;
  sources: string[];
}

/** Rules written per chunk of domains (see rulesets.ts). */
const RULES_PER_CHUNK = 1;

/** A line that is already a bare lowercase name: skips the general line parser. */
const PLAIN_HOST = /^[a-z0-9][a-z0-9.-]*$/;
const NOT_LISTS = /^(SOURCE|LICENSE|README|STATS)/i;

async function listFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && !NOT_LISTS.test(e.name))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();
}

/** Removes a leading `www.` from a block-list host: the site, not only its www host, is meant. */
function siteOf(host: string): string {
  return host.startsWith('www.') && host.indexOf('.', 4) !== -1 ? host.slice(4) : host;
}

async function readSource(
  options: CompileOptions,
  file: string,
  progress: Progress,
  offset: number,
  onHost: (host: string) => void,
): Promise<SourceStats> {
  const stats: SourceStats = { file, lines: 0, entries: 0, invalid: 0, kept: 0 };
  const path = join(options.sourcesDir, file);
  const report = options.report ?? (() => undefined);
  const handle = (name: string, n: number) => {
    const result = normalizeHostname(name);
    if (!result.ok) {
      stats.invalid += 1;
      report(`${file}:${n}: ${result.reason}: ${name}`);
    } else {
      stats.entries += 1;
      onHost(result.host);
    }
  };
  stats.lines = await readLines(
    path,
    (line, n) => {
      if (PLAIN_HOST.test(line)) {
        handle(line, n);
        return;
      }
      const parsed = parseLine(line);
      if (parsed.kind === 'skip') return;
      if (parsed.kind === 'error') {
        stats.invalid += 1;
        report(`${file}:${n}: ${parsed.reason}`);
        return;
      }
      for (const name of parsed.names) handle(name, n);
    },
    (bytes) => progress.update(offset + bytes, file),
  );
  return stats;
}

function sumRecord(values: Record<Browser, number>[]): Record<Browser, number> {
  return {
    chrome: values.reduce((n, v) => n + v.chrome, 0),
    firefox: values.reduce((n, v) => n + v.firefox, 0),
  };
}

function stableJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Compiles every category; returns the stats also written to `statsPath`. Throws only ConfigError. */
export async function compile(options: CompileOptions): Promise<CompileStats> {
  const plan = await loadCategories(options.categoriesPath);
  const maxDomainsPerRule = options.maxDomainsPerRule ?? DEFAULT_MAX_DOMAINS_PER_RULE;
  const limits = options.limits ?? DNR_LIMITS;
  const warnings: string[] = [];
  const warn = (message: string) => {
    warnings.push(message);
    (options.report ?? (() => undefined))(`warning: ${message}`);
  };
  const mapped = new Set([...plan.allow, ...[...plan.byCategory.values()].flat()]);
  for (const file of await listFiles(options.sourcesDir)) {
    if (!mapped.has(file)) warn(`${file} is not mapped in categories.json: ignored`);
  }
  const present = new Map<string, number>();
  for (const file of mapped) {
    const path = join(options.sourcesDir, file);
    if (existsSync(path)) present.set(file, (await stat(path)).size);
  }
  const totalBytes = [...present.values()].reduce((a, b) => a + b, 0);
  const progress = createProgress(
    options.progress ? totalBytes : 0,
    options.progress ? process.stderr : ({ isTTY: false } as NodeJS.WriteStream),
  );
  const userReport = options.report;
  options = {
    ...options,
    report: userReport ? (m) => (options.progress ? progress.log(m) : userReport(m)) : undefined,
  };
  let offset = 0;
  const missing = (file: string): SourceStats => {
    warn(`${file} is missing (run npm run rules:update): skipped`);
    return { file, lines: 0, entries: 0, invalid: 0, kept: 0, missing: true };
  };

  const allow = new Set<string>();
  const allowSources: SourceStats[] = [];
  for (const file of plan.allow) {
    if (!present.has(file)) allowSources.push(missing(file));
    else {
      allowSources.push(await readSource(options, file, progress, offset, (h) => allow.add(h)));
      offset += present.get(file) as number;
    }
  }
  for (const s of allowSources) s.kept = s.entries;

  for (const browser of BROWSERS) await mkdir(join(options.outDir, browser), { recursive: true });
  const categories = {} as Record<UrlCategory, CategoryStats>;
  const sourceMap: Record<string, { sources: SourceStats[]; rules: RuleSource[] }> = {};
  const summaries: Record<Browser, RulesetSummary[]> = { chrome: [], firefox: [] };
  for (const category of URL_CATEGORIES) {
    const files = plan.byCategory.get(category) as string[];
    const domains = new CategoryDomains();
    const sources: SourceStats[] = [];
    for (const [index, file] of files.entries()) {
      if (!present.has(file)) {
        sources.push(missing(file));
        continue;
      }
      sources.push(
        await readSource(options, file, progress, offset, (h) => domains.add(siteOf(h), index)),
      );
      offset += present.get(file) as number;
    }
    const listed = domains.size;
    const duplicates = domains.duplicates;
    const final = domains.finalize(allow);
    const chunks = planChunks(final.kept, final.excluded, maxDomainsPerRule);
    const rules: RuleSource[] = chunks.map((chunk) => {
      let mask = 0;
      for (let i = chunk.start; i < chunk.end; i += 1) mask |= final.masks[i] as number;
      return {
        ids: chunk.ids,
        domains: chunk.end - chunk.start,
        first: final.kept[chunk.start] as string,
        last: final.kept[chunk.end - 1] as string,
        sources: files.filter((_, i) => (mask & (1 << i)) !== 0),
      };
    });
    for (const m of final.masks) {
      for (let i = 0; i < files.length; i += 1)
        if ((m & (1 << i)) !== 0) (sources[i] as SourceStats).kept += 1;
    }
    const bytes = { chrome: 0, firefox: 0 };
    for (const browser of BROWSERS) {
      const path = join(options.outDir, browser, `${category}.json`);
      bytes[browser] = await writeRuleset(path, browser, category, final.kept, chunks);
      summaries[browser].push({
        category,
        rules: chunks.length * RULES_PER_CHUNK,
        regexRules: browser === 'chrome' ? chunks.length : 0,
      });
    }
    categories[category] = {
      sources,
      listed,
      duplicates,
      invalid: sources.reduce((n, s) => n + s.invalid, 0),
      pruned: final.pruned,
      allowSubtracted: final.allowSubtracted,
      kept: final.kept.length,
      excludedRequestDomains: chunks.reduce((n, c) => n + c.excluded.length, 0),
      rules: { chrome: chunks.length * RULES_PER_CHUNK, firefox: chunks.length * RULES_PER_CHUNK },
      bytes,
    };
    sourceMap[category] = { sources, rules };
  }
  progress.finish();

  const all = Object.values(categories);
  const stats: CompileStats = {
    categories,
    allow: { sources: allowSources, domains: allow.size },
    totals: {
      kept: all.reduce((n, c) => n + c.kept, 0),
      pruned: all.reduce((n, c) => n + c.pruned, 0),
      invalid:
        all.reduce((n, c) => n + c.invalid, 0) + allowSources.reduce((n, s) => n + s.invalid, 0),
      allowSubtracted: all.reduce((n, c) => n + c.allowSubtracted, 0),
      rules: sumRecord(all.map((c) => c.rules)),
      bytes: sumRecord(all.map((c) => c.bytes)),
    },
    limits: {
      chrome: checkStaticLimits('chrome', summaries.chrome, limits.chrome),
      firefox: checkStaticLimits('firefox', summaries.firefox, limits.firefox),
    },
    warnings,
  };
  for (const browser of BROWSERS) {
    for (const p of stats.limits[browser].problems)
      (options.report ?? (() => undefined))(`limit: ${p.message}`);
  }
  await writeFile(
    join(options.outDir, 'source-map.json'),
    stableJson({ version: 1, categories: sourceMap }),
  );
  await writeFile(options.statsPath, stableJson(stats));
  return stats;
}
