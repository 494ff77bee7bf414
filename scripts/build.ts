/**
 * `npm run build` (after `npm run rules`): builds dist/chrome and dist/firefox with Vite, then a
 * store zip for each. Zips are reproducible: sorted entries, fixed timestamps.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';
import { build } from 'vite';
import pkg from '../package.json' with { type: 'json' };

const TARGETS = ['chrome', 'firefox'] as const;
/** 1980-01-02: the earliest a zip timestamp can say, so the bytes never depend on build time. */
const FIXED_MTIME = new Date(1980, 0, 2);

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    })
    .sort();
}

function zipFolder(dir: string, out: string): void {
  const entries: Record<string, [Uint8Array, { mtime: Date; level: 9 }]> = {};
  for (const file of filesUnder(dir)) {
    const name = relative(dir, file).split('\\').join('/');
    if (name.startsWith('_metadata/')) continue; // Chromium's own index, never shipped
    entries[name] = [readFileSync(file), { mtime: FIXED_MTIME, level: 9 }];
  }
  writeFileSync(out, zipSync(entries));
}

for (const target of TARGETS) {
  await build({ mode: target, logLevel: 'warn' });
  const zip = `dist/kidshield-${target}-${pkg.version}.zip`;
  zipFolder(`dist/${target}`, zip);
  console.log(`built dist/${target} and ${zip}`);
}
