/**
 * `npm run rules:update [-- --base-url URL --only path,path]`: refreshes rules/sources from the
 * upstream URLs in rules/sources.json (plain text, .gz or .tar.gz with an `extract` member).
 * Each download is validated (non-empty, mostly parseable) and written atomically (temp file +
 * rename); on any failure the old file stays. `--base-url` or KIDSHIELD_RULES_MIRROR replaces
 * every upstream URL with `<base>/<path>` (a mirror laid out like rules/sources).
 */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { normalizeHostname } from '../src/core/hostname.ts';
import { parseLine } from '../src/compiler/parse-line.ts';

export interface SourceEntry {
  path: string;
  url?: string;
  extract?: string;
}

export interface UpdateOptions {
  sourcesJson: string;
  sourcesDir: string;
  baseUrl?: string;
  only?: string[];
  timeoutMs?: number;
  /** Share of non-comment lines that must parse (default 0.5). */
  minValidRatio?: number;
  log?: (line: string) => void;
}

export interface UpdateResult {
  path: string;
  ok: boolean;
  detail: string;
}

/** The member `name` of an uncompressed tar archive, or undefined. */
export function extractTarMember(tar: Buffer, name: string): Buffer | undefined {
  let offset = 0;
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) return undefined;
    const field = (start: number, length: number) =>
      header
        .subarray(start, start + length)
        .toString('utf8')
        .replace(/\0.*$/s, '');
    const prefix = header.subarray(257, 262).toString() === 'ustar' ? field(345, 155) : '';
    const entryName = (prefix ? `${prefix}/` : '') + field(0, 100);
    const size = parseInt(field(124, 12).trim() || '0', 8);
    const body = offset + 512;
    if (entryName.replace(/^\.\//, '') === name) return tar.subarray(body, body + size);
    offset = body + Math.ceil(size / 512) * 512;
  }
  return undefined;
}

function isTar(data: Buffer): boolean {
  return data.length >= 512 && data.subarray(257, 262).toString() === 'ustar';
}

/** Turns a download into list text: gunzips, unpacks the tar member; throws with a reason. */
export function decodeDownload(data: Buffer, extract?: string): string {
  let bytes = data;
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
  if (isTar(bytes)) {
    if (!extract) throw new Error('tar archive but no `extract` member named');
    const member = extractTarMember(bytes, extract);
    if (!member) throw new Error(`tar archive has no ${extract}`);
    bytes = member;
  }
  return bytes.toString('utf8');
}

/** Checks that `text` looks like a domain list; returns the count of valid entries or throws. */
export function validateList(text: string, minValidRatio = 0.5): { lines: number; valid: number } {
  let lines = 0;
  let valid = 0;
  for (const line of text.split('\n')) {
    const parsed = parseLine(line);
    if (parsed.kind === 'skip') continue;
    lines += 1;
    if (parsed.kind === 'names' && parsed.names.every((n) => normalizeHostname(n).ok)) valid += 1;
  }
  if (valid === 0) throw new Error('no valid entry (empty or not a domain list)');
  if (valid / lines < minValidRatio) {
    throw new Error(
      `only ${valid} of ${lines} lines are domains (${((100 * valid) / lines).toFixed(0)} %)`,
    );
  }
  return { lines, valid };
}

async function download(url: string, timeoutMs: number): Promise<Buffer> {
  const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

/** Downloads every source with a URL; never throws for one source's failure. */
export async function updateSources(options: UpdateOptions): Promise<UpdateResult[]> {
  const config = JSON.parse(await readFile(options.sourcesJson, 'utf8')) as {
    sources: SourceEntry[];
  };
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const results: UpdateResult[] = [];
  for (const entry of config.sources) {
    if (!entry.url || (options.only && !options.only.includes(entry.path))) continue;
    const url = options.baseUrl ? `${options.baseUrl.replace(/\/$/, '')}/${entry.path}` : entry.url;
    const dest = join(options.sourcesDir, entry.path);
    const temp = `${dest}.download-${process.pid}`;
    try {
      const text = decodeDownload(await download(url, options.timeoutMs ?? 300_000), entry.extract);
      const { lines, valid } = validateList(text, options.minValidRatio);
      await mkdir(dirname(dest), { recursive: true });
      await writeFile(temp, text);
      await rename(temp, dest);
      results.push({
        path: entry.path,
        ok: true,
        detail: `${valid} of ${lines} entries valid, ${text.length} bytes`,
      });
    } catch (error) {
      await rm(temp, { force: true });
      const cause = (error as Error).cause as Error | undefined;
      const reason = `${(error as Error).message}${cause?.message ? ` (${cause.message})` : ''}`;
      results.push({ path: entry.path, ok: false, detail: `${reason}; old file kept` });
    }
    const last = results[results.length - 1] as UpdateResult;
    log(`${last.ok ? 'ok  ' : 'FAIL'} ${last.path} <- ${url}: ${last.detail}`);
  }
  return results;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      'base-url': { type: 'string' },
      only: { type: 'string' },
      sources: { type: 'string', default: 'rules/sources.json' },
      dir: { type: 'string', default: 'rules/sources' },
    },
  });
  const results = await updateSources({
    sourcesJson: values.sources,
    sourcesDir: values.dir,
    baseUrl: values['base-url'] ?? process.env.KIDSHIELD_RULES_MIRROR,
    only: values.only?.split(','),
  });
  const failed = results.filter((r) => !r.ok).length;
  process.stdout.write(`rules:update: ${results.length - failed} updated, ${failed} failed\n`);
  return failed === 0 ? 0 : 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = await main();
