/**
 * `npm run build` (after `npm run rules`): builds dist/chrome and dist/firefox with Vite (the
 * content script as one classic script, see build-content-script.ts), checks
 * that no bundle carries eval (the Function constructor), then packages each: the Chrome Web
 * Store zip, and the Firefox package made by `web-ext build` (scripts/package-firefox.ts). Both
 * are reproducible: sorted entries, fixed timestamps.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'vite';
import pkg from '../package.json' with { type: 'json' };
import { buildContentScript } from './build-content-script.ts';
import { packageFirefox, reproducibleZip } from './package-firefox.ts';
import { FUNCTION_CONSTRUCTOR } from './vite/zod-without-eval.ts';

const TARGETS = ['chrome', 'firefox'] as const;

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    })
    .sort();
}

function zipFolder(dir: string, out: string): void {
  const files: Record<string, Uint8Array> = {};
  for (const file of filesUnder(dir)) {
    const name = relative(dir, file).split('\\').join('/');
    if (name.startsWith('_metadata/')) continue; // Chromium's own index, never shipped
    files[name] = readFileSync(file);
  }
  writeFileSync(out, reproducibleZip(files));
}

/** No eval in an extension: fail the build if any script still holds the Function constructor. */
function assertNoEval(dir: string): void {
  for (const file of filesUnder(dir).filter((f) => f.endsWith('.js'))) {
    const match = FUNCTION_CONSTRUCTOR.exec(readFileSync(file, 'utf8'));
    if (match) throw new Error(`${file} uses the Function constructor: "${match[0]}"`);
  }
}

for (const target of TARGETS) {
  await build({ mode: target, logLevel: 'warn' });
  await buildContentScript(target);
  assertNoEval(`dist/${target}`);
  const zip = `dist/kidshield-${target}-${pkg.version}.zip`;
  if (target === 'firefox') await packageFirefox(`dist/${target}`, zip);
  else zipFolder(`dist/${target}`, zip);
  console.log(`built dist/${target} and ${zip}`);
}
