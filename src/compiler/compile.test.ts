import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DNR_LIMITS } from '../core/dnr/limits.ts';
import type { DnrRule } from '../core/dnr/types.ts';
import { URL_CATEGORIES } from '../core/taxonomy.ts';
import { compile } from './compile.ts';
import type { CompileOptions } from './compile.ts';
import { ConfigError } from './config.ts';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

type Files = Record<string, string>;

async function fixture(files: Files, mappings: { file: string; to: string }[]) {
  const root = await mkdtemp(join(tmpdir(), 'kidshield-rules-'));
  dirs.push(root);
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, 'sources', path)), { recursive: true });
    await writeFile(join(root, 'sources', path), text);
  }
  const categoriesPath = join(root, 'categories.json');
  await writeFile(
    categoriesPath,
    JSON.stringify({ mappings: mappings.map((m) => ({ ...m, why: 'test' })) }),
  );
  const messages: string[] = [];
  const options: CompileOptions = {
    sourcesDir: join(root, 'sources'),
    outDir: join(root, 'out'),
    categoriesPath,
    statsPath: join(root, 'stats.json'),
    report: (m) => messages.push(m),
  };
  return { root, options, messages };
}

async function rulesOf(outDir: string, browser: string, category: string): Promise<DnrRule[]> {
  return JSON.parse(await readFile(join(outDir, browser, `${category}.json`), 'utf8')) as DnrRule[];
}

const ADULT = [
  '# comment',
  '! abp comment',
  'porn.example',
  'PORN.example.',
  'sub.porn.example',
  'www.xxx.example',
  'Bücher-xxx.de',
  '0.0.0.0 hosts.example',
  '127.0.0.1 localhost',
  '||abp.example^',
  '192.0.2.7',
  '2001:db8::7',
  'bad..example',
  'two words here',
  'edu.school.example',
  'school.example',
  '',
].join('\n');

describe('compile', () => {
  it('parses every format, normalises, dedupes, prunes and reports bad lines as file:line', async () => {
    const { options, messages } = await fixture({ 'a/adult.txt': ADULT }, [
      { file: 'a/adult.txt', to: 'adult' },
    ]);
    const stats = await compile(options);
    const [main, other] = await rulesOf(options.outDir, 'chrome', 'adult');
    expect(main?.condition.requestDomains).toEqual([
      '192.0.2.7',
      '[2001:db8::7]',
      'abp.example',
      'hosts.example',
      'porn.example',
      'school.example',
      'xn--bcher-xxx-q9a.de',
      'xxx.example',
    ]);
    expect(other).toBeUndefined();
    expect(messages).toContain('a/adult.txt:13: empty label (consecutive dots): bad..example');
    expect(messages).toContain(
      'a/adult.txt:14: several words but not a hosts line (0.0.0.0/127.0.0.1 name)',
    );
    const adult = stats.categories.adult;
    expect(adult).toMatchObject({
      kept: 8,
      pruned: 2,
      invalid: 2,
      duplicates: 1,
      allowSubtracted: 0,
    });
  });

  it('writes the rule shapes of each browser, and [] for empty categories', async () => {
    const { options } = await fixture({ 'g.txt': 'bet.example\n' }, [
      { file: 'g.txt', to: 'gambling' },
    ]);
    await compile(options);
    for (const browser of ['chrome', 'firefox']) {
      expect((await readdir(join(options.outDir, browser))).sort()).toEqual(
        URL_CATEGORIES.map((c) => `${c}.json`).sort(),
      );
      expect(await readFile(join(options.outDir, browser, 'adult.json'), 'utf8')).toBe('[]\n');
    }
    expect(await rulesOf(options.outDir, 'chrome', 'gambling')).toEqual([
      {
        id: 1,
        priority: 1,
        action: {
          type: 'redirect',
          redirect: {
            regexSubstitution:
              'chrome-extension://ojcckjpobomcphhkbfnbafeiomhbkjlf/blocked.html?c=gambling&u=\\0',
          },
        },
        condition: {
          regexFilter: '^.+$',
          requestDomains: ['bet.example'],
          resourceTypes: ['main_frame', 'sub_frame'],
        },
      },
    ]);
    const [ffMain] = await rulesOf(options.outDir, 'firefox', 'gambling');
    expect(ffMain).toEqual({
      id: 1,
      priority: 1,
      action: { type: 'redirect', redirect: { extensionPath: '/blocked.html?c=gambling' } },
      condition: { requestDomains: ['bet.example'], resourceTypes: ['main_frame', 'sub_frame'] },
    });
  });

  it('subtracts the allow-list and excludes allowed subdomains of blocked domains', async () => {
    const { options } = await fixture(
      {
        'block.txt': 'school.example\nvnexpress.net\nads.vnexpress.net\nsafe.example\n',
        'allow.txt': 'vnexpress.net\nedu.school.example\n',
      },
      [
        { file: 'block.txt', to: 'adult' },
        { file: 'allow.txt', to: 'allow' },
      ],
    );
    const stats = await compile(options);
    const [main] = await rulesOf(options.outDir, 'chrome', 'adult');
    expect(main?.condition.requestDomains).toEqual(['safe.example', 'school.example']);
    expect(main?.condition.excludedRequestDomains).toEqual(['edu.school.example']);
    expect(stats.categories.adult).toMatchObject({
      allowSubtracted: 2,
      excludedRequestDomains: 1,
      kept: 2,
    });
  });

  it('splits big categories into several rules with stable ids, excluded on the right chunk', async () => {
    const { options } = await fixture(
      {
        'b.txt': 'a.example\nb.example\nc.example\nd.example\ne.example\n',
        'w.txt': 'x.d.example\n',
      },
      [
        { file: 'b.txt', to: 'games' },
        { file: 'w.txt', to: 'allow' },
      ],
    );
    await compile({ ...options, maxDomainsPerRule: 2 });
    const rules = await rulesOf(options.outDir, 'firefox', 'games');
    expect(rules.map((r) => r.id)).toEqual([1, 2, 3]);
    expect(rules.map((r) => r.condition.requestDomains)).toEqual([
      ['a.example', 'b.example'],
      ['c.example', 'd.example'],
      ['e.example'],
    ]);
    expect(rules.map((r) => r.condition.excludedRequestDomains)).toEqual([
      undefined,
      ['x.d.example'],
      undefined,
    ]);
  });

  it('is deterministic: compiling twice gives the same bytes', async () => {
    const { root, options } = await fixture({ 'a.txt': ADULT, 'b.txt': 'z.example\ny.example\n' }, [
      { file: 'a.txt', to: 'adult' },
      { file: 'b.txt', to: 'adult' },
    ]);
    await compile(options);
    const first = await Promise.all(
      ['chrome/adult.json', 'firefox/adult.json', 'source-map.json'].map((f) =>
        readFile(join(options.outDir, f)),
      ),
    );
    const firstStats = await readFile(options.statsPath);
    await compile({ ...options, outDir: join(root, 'out2') });
    const second = await Promise.all(
      ['chrome/adult.json', 'firefox/adult.json', 'source-map.json'].map((f) =>
        readFile(join(root, 'out2', f)),
      ),
    );
    expect(second).toEqual(first);
    expect(await readFile(options.statsPath)).toEqual(firstStats);
  });

  it('records which source files fed each rule', async () => {
    const { options } = await fixture(
      { 'a.txt': 'one.example\nboth.example\n', 'b.txt': 'both.example\n' },
      [
        { file: 'a.txt', to: 'drugs' },
        { file: 'b.txt', to: 'drugs' },
      ],
    );
    await compile(options);
    const map = JSON.parse(await readFile(join(options.outDir, 'source-map.json'), 'utf8'));
    expect(map.categories.drugs.rules).toEqual([
      {
        ids: [1],
        domains: 2,
        first: 'both.example',
        last: 'one.example',
        sources: ['a.txt', 'b.txt'],
      },
    ]);
    expect(map.categories.drugs.sources.map((s: { kept: number }) => s.kept)).toEqual([2, 1]);
  });

  it('reports limits exceeded instead of throwing', async () => {
    const { options, messages } = await fixture({ 'b.txt': 'a.example\nb.example\nc.example\n' }, [
      { file: 'b.txt', to: 'adult' },
    ]);
    const tiny = {
      ...DNR_LIMITS.chrome,
      maxStaticRulesets: 5,
      guaranteedStaticRules: 1,
      maxStaticRulesWithGlobalPool: 2,
      maxRegexRulesPerStaticRuleset: 1,
    };
    const stats = await compile({
      ...options,
      maxDomainsPerRule: 1,
      limits: { chrome: tiny, firefox: DNR_LIMITS.firefox },
    });
    expect(stats.limits.chrome.problems.map((p) => p.limit)).toEqual([
      'maxStaticRulesets',
      'maxStaticRulesWithGlobalPool',
      'maxRegexRulesPerStaticRuleset',
    ]);
    expect(stats.limits.firefox.problems).toEqual([]);
    expect(messages.some((m) => m.startsWith('limit: a tier needs 3 static rules'))).toBe(true);
  });

  it('warns about missing and unmapped files and goes on', async () => {
    const { options, messages } = await fixture(
      { 'stray.txt': 'x.example\n', 'SOURCE.txt': 'meta' },
      [{ file: 'absent.txt', to: 'adult' }],
    );
    const stats = await compile(options);
    expect(stats.categories.adult.sources[0]).toMatchObject({ file: 'absent.txt', missing: true });
    expect(messages).toContain('warning: stray.txt is not mapped in categories.json: ignored');
    expect(messages).toContain(
      'warning: absent.txt is missing (run npm run rules:update): skipped',
    );
  });

  it('refuses an unusable config', async () => {
    const { options } = await fixture({}, [{ file: 'a.txt', to: 'not-a-category' }]);
    await expect(compile(options)).rejects.toBeInstanceOf(ConfigError);
    await expect(
      compile({ ...options, categoriesPath: join(options.sourcesDir, 'nope.json') }),
    ).rejects.toBeInstanceOf(ConfigError);
  });
});
