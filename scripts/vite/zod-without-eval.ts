/**
 * Vite plugin: builds zod v4 without its eval-based JIT. zod compiles a fast object parser with
 * `new Function(...)` when the page allows it; an extension must carry no eval (Mozilla's linter
 * flags it as DANGEROUS_EVAL, and our CSP forbids it anyway), so the extension bundles get:
 * - `globalConfig` starting as `{ jitless: true }`: the same as `z.config({ jitless: true })`
 *   before any schema exists, whatever the import order;
 * - `allowsEval` fixed to `{ value: false }`, without the `new Function("")` probe;
 * - `Doc.compile()` throwing instead of calling the Function constructor (unreachable with the
 *   two above; kept so no Function constructor is left in the bundle at all).
 * Parsing results are identical (zod's interpreted path is its reference behaviour); only the
 * optional fast path is gone. If a zod upgrade moves this code, the build fails here, loudly.
 */
import type { Plugin } from 'vite';

interface Patch {
  file: RegExp;
  from: RegExp;
  to: string;
}

const PATCHES: Patch[] = [
  {
    file: /[\\/]zod[\\/]v4[\\/]core[\\/]core\.js$/,
    from: /export const globalConfig = \{\};/,
    to: 'export const globalConfig = { jitless: true };',
  },
  {
    file: /[\\/]zod[\\/]v4[\\/]core[\\/]util\.js$/,
    from: /export const allowsEval = cached\(\(\) => \{[\s\S]*?\n\}\);/,
    to: 'export const allowsEval = { value: false };',
  },
  {
    file: /[\\/]zod[\\/]v4[\\/]core[\\/]doc\.js$/,
    from: /compile\(\) \{[\s\S]*?return new F\(.*\);\s*\}/,
    to: "compile() {\n        throw new Error('zod JIT is disabled in this build (no eval)');\n    }",
  },
];

export function zodWithoutEval(): Plugin {
  const applied = new Set<Patch>();
  return {
    name: 'kidshield-zod-without-eval',
    enforce: 'pre',
    transform(code, id) {
      const patch = PATCHES.find((p) => p.file.test(id.split('?')[0] ?? id));
      if (!patch) return undefined;
      if (!patch.from.test(code)) {
        this.error(`zod-without-eval: ${id} no longer matches ${patch.from}; update the patch`);
      }
      applied.add(patch);
      return { code: code.replace(patch.from, patch.to), map: null };
    },
    buildEnd(error) {
      if (error) return;
      // zod must be in the bundle through core.js; when it is, every patch must have applied.
      if (applied.size > 0 && applied.size < PATCHES.length) {
        const missing = PATCHES.filter((p) => !applied.has(p)).map((p) => String(p.file));
        this.error(`zod-without-eval: not applied to ${missing.join(', ')}`);
      }
    },
  };
}

/** Matches any use of the Function constructor left in a bundle (`new Function(`, `= Function;`). */
export const FUNCTION_CONSTRUCTOR = /\bnew Function\s*\(|=\s*Function\s*;|\bFunction\s*\(\s*["'`]/;
