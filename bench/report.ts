/**
 * Shared by every benchmark: the machine line, and replacing one `## ` section of
 * docs/BENCHMARKS.md (formatted with Prettier) without touching the others.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { format, resolveConfig } from 'prettier';

export const BENCHMARKS_DOC = 'docs/BENCHMARKS.md';

/** CPU model (lscpu, else Node's view) and core count. */
export function machine(): string {
  let model = cpus()[0]?.model ?? 'unknown CPU';
  try {
    const lscpu = execFileSync('lscpu', { encoding: 'utf8' });
    model = /Model name:\s*(.+)/.exec(lscpu)?.[1]?.trim() ?? model;
  } catch {
    // lscpu missing: keep Node's model name
  }
  return `${model}, ${cpus().length} cores`;
}

/**
 * Replaces the section that starts with `heading` (up to the next `## `) by `section`; a new
 * section goes after the section `after` names, when there is one, else at the end.
 */
export async function writeBenchmarkSection(
  heading: string,
  section: string,
  after?: string,
): Promise<void> {
  const current = existsSync(BENCHMARKS_DOC)
    ? await readFile(BENCHMARKS_DOC, 'utf8')
    : '# Benchmarks\n';
  const body = `${section.trimEnd()}\n`;
  const start = current.indexOf(heading);
  let next: string;
  if (start !== -1) {
    const end = current.indexOf('\n## ', start + 1);
    next = `${current.slice(0, start)}${body}${end === -1 ? '' : `\n${current.slice(end + 1)}`}`;
  } else {
    const anchor = after ? current.indexOf(after) : -1;
    const end = anchor === -1 ? -1 : current.indexOf('\n## ', anchor + 1);
    next =
      end === -1
        ? `${current.trimEnd()}\n\n${body}`
        : `${current.slice(0, end + 1)}${body}\n${current.slice(end + 1)}`;
  }
  const config = (await resolveConfig(BENCHMARKS_DOC)) ?? {};
  await writeFile(BENCHMARKS_DOC, await format(next, { ...config, parser: 'markdown' }));
}
