/** Builds the extension once before the end-to-end suite, unless a build is already there. */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export default function setup(): void {
  if (
    process.env.KIDSHIELD_E2E_REBUILD === '1' ||
    !existsSync('dist/chrome/manifest.json') ||
    !existsSync('dist/firefox/manifest.json')
  ) {
    execSync('npm run build', { stdio: 'inherit' });
  }
}
