/**
 * Builds one browser target per run: `vite build --mode chrome` -> dist/chrome,
 * `vite build --mode firefox` -> dist/firefox (scripts/build.ts runs both and packages them).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { crx } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import manifest from './manifest.config.ts';
import { URL_CATEGORIES } from './src/core/taxonomy.ts';
import { zodWithoutEval } from './scripts/vite/zod-without-eval.ts';

const PAGES = ['blocked', 'popup', 'options', 'onboarding', 'help', 'offscreen', 'report', 'guide'];
/** Pages only one browser needs: Firefox has no offscreen API (its event page starts the worker). */
const CHROME_ONLY_PAGES = ['offscreen'];

/** Emits the compiled rulesets of the target (build/rulesets/<target>) as rulesets/<category>.json. */
function compiledRulesets(target: string): Plugin {
  return {
    name: 'kidshield-compiled-rulesets',
    enforce: 'pre',
    generateBundle() {
      for (const category of URL_CATEGORIES) {
        const file = resolve('build/rulesets', target, `${category}.json`);
        if (!existsSync(file)) {
          throw new Error(`${file} is missing: run "npm run rules" first`);
        }
        this.emitFile({
          type: 'asset',
          fileName: `rulesets/${category}.json`,
          source: readFileSync(file),
        });
      }
    },
  };
}

export default defineConfig(({ mode }) => {
  const target = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [zodWithoutEval(), compiledRulesets(target), crx({ manifest, browser: target })],
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      sourcemap: false,
      minify: false,
      rolldownOptions: {
        input: Object.fromEntries(
          PAGES.filter((page) => target === 'chrome' || !CHROME_ONLY_PAGES.includes(page)).map(
            (page) => [page, resolve(`${page}.html`)],
          ),
        ),
      },
    },
    worker: { format: 'es', plugins: () => [zodWithoutEval()] },
    define: {
      // The browser this bundle is for: code for the other browser is dropped at build time.
      __BROWSER__: JSON.stringify(target),
    },
    server: { cors: false },
  };
});
