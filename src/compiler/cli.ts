/**
 * `npm run rules [-- --sources rules/sources --out build/rulesets --categories rules/categories.json
 *  --stats rules/stats.json --max-domains-per-rule N]`: compiles the static rulesets.
 * Exit 0 even when lines were invalid (they are reported on stderr); exit 1 on an unusable config.
 */
import { parseArgs } from 'node:util';
import { compile } from './compile.ts';
import { ConfigError } from './config.ts';

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        sources: { type: 'string', default: 'rules/sources' },
        out: { type: 'string', default: 'build/rulesets' },
        categories: { type: 'string', default: 'rules/categories.json' },
        stats: { type: 'string', default: 'rules/stats.json' },
        'max-domains-per-rule': { type: 'string' },
      },
    }));
  } catch (error) {
    process.stderr.write(`rules: ${(error as Error).message}\n`);
    return 1;
  }
  const max = values['max-domains-per-rule'];
  const maxDomainsPerRule = max === undefined ? undefined : Number(max);
  if (
    maxDomainsPerRule !== undefined &&
    !(Number.isInteger(maxDomainsPerRule) && maxDomainsPerRule > 0)
  ) {
    process.stderr.write(`rules: --max-domains-per-rule must be a positive integer\n`);
    return 1;
  }
  const started = performance.now();
  try {
    const stats = await compile({
      sourcesDir: values.sources,
      outDir: values.out,
      categoriesPath: values.categories,
      statsPath: values.stats,
      maxDomainsPerRule,
      report: (message) => process.stderr.write(`${message}\n`),
      progress: true,
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const t = stats.totals;
    process.stderr.write(
      `rules: ${t.kept} domains kept in ${t.rules.chrome} rules per browser ` +
        `(${t.pruned} pruned, ${t.allowSubtracted} allow-subtracted, ${t.invalid} invalid lines) in ${seconds} s -> ${values.out}\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`rules: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main();
