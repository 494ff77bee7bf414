/**
 * The Firefox package for self-distribution or AMO review: Mozilla's own packager (`web-ext
 * build`, which validates the manifest and applies its ignore list) builds it, then the archive
 * is rewritten with sorted entries and fixed timestamps so the same sources give the same bytes
 * (web-ext's zip carries the build time and a racy file order).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import webExt from 'web-ext';

/** 1980-01-02: the earliest a zip timestamp can say, so the bytes never depend on build time. */
export const FIXED_MTIME = new Date(1980, 0, 2);

/** Zips `files` (name -> bytes) in name order with fixed timestamps. */
export function reproducibleZip(files: Record<string, Uint8Array>): Uint8Array {
  const entries: Record<string, [Uint8Array, { mtime: Date; level: 9 }]> = {};
  for (const name of Object.keys(files).sort()) {
    const data = files[name];
    if (data) entries[name] = [data, { mtime: FIXED_MTIME, level: 9 }];
  }
  return zipSync(entries);
}

export async function packageFirefox(sourceDir: string, out: string): Promise<void> {
  const artifacts = mkdtempSync(join(tmpdir(), 'kidshield-web-ext-'));
  try {
    const result = (await webExt.cmd.build(
      {
        sourceDir,
        artifactsDir: artifacts,
        filename: 'kidshield-firefox.zip',
        overwriteDest: true,
      },
      { shouldExitProgram: false },
    )) as { extensionPath: string };
    const entries = Object.entries(unzipSync(readFileSync(result.extensionPath)));
    // Folders are implied by the file names; web-ext's explicit folder entries are dropped.
    const files = Object.fromEntries(entries.filter(([name]) => !name.endsWith('/')));
    writeFileSync(out, reproducibleZip(files));
  } finally {
    rmSync(artifacts, { recursive: true, force: true });
  }
}
