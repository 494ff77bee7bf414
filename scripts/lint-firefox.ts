/**
 * `npm run lint:firefox`: Mozilla's add-on linter (web-ext lint) on dist/firefox. Fails on any
 * error or warning: AMO review reads the same report, so the build keeps it clean.
 */
import { execFileSync } from 'node:child_process';

interface LintMessage {
  code: string;
  file?: string;
  message: string;
}
interface LintReport {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

const output = execFileSync(
  'npx',
  ['web-ext', 'lint', '--source-dir', 'dist/firefox', '--output', 'json', '--no-config-discovery'],
  { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] },
).trim();
const report = JSON.parse(output.slice(output.indexOf('{'))) as LintReport;
for (const kind of ['errors', 'warnings'] as const) {
  for (const m of report[kind])
    console.log(`${kind.slice(0, -1)}: ${m.code} ${m.file ?? ''} ${m.message}`);
}
console.log(`web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings`);
process.exit(report.errors.length + report.warnings.length > 0 ? 1 : 0);
