import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('ESLint boundary rules (DESIGN.md)', () => {
  it('keeps core pure', async () => {
    expect(
      await ruleIds(
        'src/core/x.ts',
        "import { browser } from '../platform/browser.ts';\nexport const y = browser;\n",
      ),
    ).toContain('no-restricted-imports');
    expect(
      await ruleIds(
        'src/core/x.ts',
        "import { readFileSync } from 'node:fs';\nexport const y = readFileSync;\n",
      ),
    ).toContain('no-restricted-imports');
  });

  it('keeps contexts apart', async () => {
    expect(
      await ruleIds(
        'src/ui/popup/x.ts',
        "import { reconcile } from '../../background/reconcile.ts';\nexport const y = reconcile;\n",
      ),
    ).toContain('no-restricted-imports');
  });

  it('keeps chrome.* in platform only', async () => {
    expect(
      await ruleIds('src/background/x.ts', 'export const id = chrome.runtime.id;\n'),
    ).toContain('no-restricted-globals');
    expect(
      await ruleIds('src/platform/x.ts', 'export const id = chrome.runtime.id;\n'),
    ).not.toContain('no-restricted-globals');
  });

  it('lets a context import a library', async () => {
    expect(
      await ruleIds(
        'src/background/x.ts',
        "import { database } from '../db/database.ts';\nexport const y = database;\n",
      ),
    ).not.toContain('no-restricted-imports');
  });
});
