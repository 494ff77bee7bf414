/**
 * Bundles the page reader (content script) as ONE classic script (`content.js`) and declares it in
 * the built Firefox manifest (Chromium's background injects it after load,
 * src/platform/page-reader.ts). crxjs would ship it as an ES module behind a loader that fetches
 * several chunks with `import()` in every page, before the page's load event; a single classic file
 * is injected by the browser from its own cache. Runs after the Vite build of each target
 * (scripts/build.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import { CONTENT_SCRIPTS } from '../manifest.config.ts';
import type { BuildTarget } from '../manifest.config.ts';
import { PAGE_READER_FILE } from '../src/core/page-reading.ts';

export async function buildContentScript(target: BuildTarget): Promise<void> {
  const outDir = `dist/${target}`;
  await build({
    configFile: false,
    logLevel: 'warn',
    define: {
      __BROWSER__: JSON.stringify(target),
    },
    build: {
      outDir,
      emptyOutDir: false,
      minify: false,
      sourcemap: false,
      lib: {
        entry: resolve('src/content/main.ts'),
        formats: ['iife'],
        name: 'kidshieldContent',
        fileName: () => PAGE_READER_FILE,
      },
    },
  });
  if (target !== 'firefox') return;
  const manifestPath = `${outDir}/manifest.json`;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  manifest.content_scripts = CONTENT_SCRIPTS.map((script) => ({
    ...script,
    js: [PAGE_READER_FILE],
  }));
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
}
