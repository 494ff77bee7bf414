/**
 * `npm run bench:rules`: the blocklists in real Chromium (headless, one browser at a time).
 * - time from browser start to the first blocked navigation, and browser memory (sum of the RSS
 *   of every Chromium process, from /proc) with every category enabled, for the shipped lists and
 *   for a synthetic 5,000,000-domain `adult` ruleset (written into a temp copy of dist/chrome,
 *   never into the shipped files); the same browser without the extension is the baseline;
 * - page-load time of a local page with the extension against without it (50 loads each, in
 *   ABBA blocks of 25 in the same run; median ratio).
 * Writes the `## Rules: browser` section of docs/BENCHMARKS.md. Reports against the targets,
 * asserts nothing.
 */
import { machine, writeBenchmarkSection } from './report.ts';
import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import type { Browser, Page } from 'puppeteer-core';
import { CHROME_EXTENSION_ID } from '../src/core/extension-identity.ts';
import { URL_CATEGORIES } from '../src/core/taxonomy.ts';
import { CHROMIUM_PATH, quietChromiumArgs } from '../test/e2e/harness/chromium.ts';
import { html, startServer } from '../test/e2e/harness/server.ts';
import type { TestServer } from '../test/e2e/harness/server.ts';

const SYNTHETIC_DOMAINS = 5_000_000;
const DOMAINS_PER_RULE = 1_000_000;
const LOADS = 50;
/** Launches per variant for the page-load comparison. */
const ROUNDS = 5;
const SETTLE_MS = 5_000;
const MiB = 1024 * 1024;
const BLOCKED_PREFIX = `chrome-extension://${CHROME_EXTENSION_ID}/blocked.html?`;
/** Every category, whatever the tier table says. */
const EVERY_CATEGORY_POLICY = {
  tier: 'early',
  categories: Object.fromEntries(URL_CATEGORIES.map((c) => [c, 'block'])),
};

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

// ---------- the browser ----------

/** Profile folders, removed at the end (Chromium may still be writing right after close). */
const profiles: string[] = [];

async function launch(
  server: TestServer,
  extensionDir?: string,
  profile = mkdtempSync(join(tmpdir(), 'kidshield-bench-profile-')),
): Promise<Browser> {
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    userDataDir: profile,
    ignoreDefaultArgs: ['--disable-extensions'],
    timeout: 300_000,
    protocolTimeout: 300_000,
    args: [
      ...quietChromiumArgs(server.port),
      ...(extensionDir
        ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
        : []),
    ],
  });
  profiles.push(profile);
  return browser;
}

interface Memory {
  /** Sum of VmRSS (shared pages counted once per process, as the brief asks). */
  rss: number;
  /** Sum of Pss: shared pages split between the processes that map them (no double counting). */
  pss: number;
  processes: number;
}

function procField(pid: number, file: string, field: string): number {
  try {
    const kb = new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(
      readFileSync(`/proc/${pid}/${file}`, 'utf8'),
    )?.[1];
    return Number(kb ?? 0) * 1024;
  } catch {
    return 0; // the process ended meanwhile
  }
}

/** The browser process of the launch that uses `profile` (it has no `--type=`). */
function browserPid(profile: string): number {
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const args = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0');
      if (args.includes(`--user-data-dir=${profile}`) && !args.some((a) => a.startsWith('--type=')))
        return Number(name);
    } catch {
      // gone
    }
  }
  return 0;
}

/**
 * Memory of the browser process and all its descendants. PSS (smaps_rollup) walks page tables
 * under the process's mmap lock and slows Chromium down, so the peak sampler skips it.
 */
function browserMemory(rootPid: number, withPss = true): Memory {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // gone
    }
  }
  const memory: Memory = { rss: 0, pss: 0, processes: 0 };
  const stack = rootPid ? [rootPid] : [];
  while (stack.length) {
    const pid = stack.pop() as number;
    memory.rss += procField(pid, 'status', 'VmRSS');
    if (withPss) memory.pss += procField(pid, 'smaps_rollup', 'Pss');
    memory.processes += 1;
    stack.push(...(children.get(pid) ?? []));
  }
  return memory;
}

async function goto(page: Page, url: string): Promise<string> {
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 }).catch(() => undefined);
  return page.url();
}

// ---------- extension copies ----------

interface CopyOptions {
  /** Every ruleset enabled in the manifest. */
  allEnabled?: boolean;
  /** No content script: the rules alone. */
  withoutContentScript?: boolean;
}

async function extensionCopy(options: CopyOptions): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kidshield-bench-ext-'));
  await cp('dist/chrome', dir, { recursive: true });
  const path = join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(path, 'utf8')) as {
    declarative_net_request: { rule_resources: { enabled: boolean }[] };
    content_scripts?: unknown;
  };
  if (options.allEnabled) {
    for (const r of manifest.declarative_net_request.rule_resources) r.enabled = true;
  }
  if (options.withoutContentScript) delete manifest.content_scripts;
  await writeFile(path, JSON.stringify(manifest));
  return dir;
}

async function writeSyntheticAdult(dir: string): Promise<string> {
  const out = createWriteStream(join(dir, 'rulesets', 'adult.json'));
  const tlds = ['com', 'net', 'org', 'xyz', 'vn', 'info', 'top', 'com.vn'];
  let seed = 42;
  const next = () => (seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0);
  let last = '';
  await write(out, '[\n');
  for (let rule = 0; rule * DOMAINS_PER_RULE < SYNTHETIC_DOMAINS; rule++) {
    const action = `{"type":"redirect","redirect":{"regexSubstitution":"chrome-extension://${CHROME_EXTENSION_ID}/blocked.html?c=adult&u=\\\\0"}}`;
    await write(
      out,
      `${rule ? ',\n' : ''}{"id":${rule + 1},"priority":1,"action":${action},"condition":{"regexFilter":"^.+$","resourceTypes":["main_frame","sub_frame"],"requestDomains":[`,
    );
    const end = Math.min(SYNTHETIC_DOMAINS, (rule + 1) * DOMAINS_PER_RULE);
    let batch: string[] = [];
    for (let i = rule * DOMAINS_PER_RULE; i < end; i++) {
      last = `${next().toString(36)}${i.toString(36)}.${tlds[next() % tlds.length]}`;
      batch.push(`"${last}"`);
      if (batch.length === 10_000 || i === end - 1) {
        await write(
          out,
          `${i + 1 - batch.length > rule * DOMAINS_PER_RULE ? ',' : ''}${batch.join(',')}`,
        );
        batch = [];
      }
    }
    await write(out, ']}}');
  }
  await write(out, '\n]\n');
  out.end();
  await once(out, 'finish');
  return last;
}

async function write(out: NodeJS.WritableStream, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

/** A listed domain of a shipped ruleset (the last of the biggest rule: the worst place to be). */
function lastShippedDomain(category: string): string {
  const rules = JSON.parse(readFileSync(`dist/chrome/rulesets/${category}.json`, 'utf8')) as {
    condition: { requestDomains?: string[] };
  }[];
  const domains = rules.flatMap((r) => r.condition.requestDomains ?? []);
  return domains[domains.length - 1] as string;
}

// ---------- measurements ----------

interface StartResult {
  firstBlockSeconds: number;
  settled: Memory;
  peak: Memory;
  enabled: number;
}

/** Samples the RSS of the browser using `profile` every 500 ms, from before it starts. */
function memorySampler(profile: string) {
  let peak: Memory = { rss: 0, pss: 0, processes: 0 };
  let pid = 0;
  const timer = setInterval(() => {
    pid ||= browserPid(profile);
    if (!pid) return;
    const now = browserMemory(pid, false);
    peak = {
      rss: Math.max(peak.rss, now.rss),
      pss: Math.max(peak.pss, now.pss),
      processes: Math.max(peak.processes, now.processes),
    };
  }, 500);
  return {
    stop(last: Memory): Memory {
      clearInterval(timer);
      return {
        rss: Math.max(peak.rss, last.rss),
        pss: Math.max(peak.pss, last.pss),
        processes: Math.max(peak.processes, last.processes),
      };
    },
  };
}

async function setEveryCategory(browser: Browser): Promise<number> {
  const target = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().includes(CHROME_EXTENSION_ID),
    { timeout: 120_000 },
  );
  const worker = await target.worker();
  if (!worker) throw new Error('no service worker');
  for (let i = 0; i < 600; i++) {
    const ok = await worker
      .evaluate(() => chrome.runtime.onMessage.hasListeners())
      .catch(() => false);
    if (ok) break;
    await sleep(100);
  }
  await worker.evaluate(
    (p) => chrome.storage.local.set({ policy: p }),
    EVERY_CATEGORY_POLICY as never,
  );
  let enabled: string[] = [];
  for (let i = 0; i < 300; i++) {
    enabled = await worker.evaluate(() => chrome.declarativeNetRequest.getEnabledRulesets());
    if (enabled.length === URL_CATEGORIES.length) break;
    await sleep(100);
  }
  return enabled.length;
}

/** Launches, polls a listed URL until it is blocked, sets every category, settles, measures. */
async function startToFirstBlock(
  server: TestServer,
  extensionDir: string,
  blockedHost: string,
): Promise<StartResult> {
  const profile = mkdtempSync(join(tmpdir(), 'kidshield-bench-profile-'));
  const sampler = memorySampler(profile);
  const started = performance.now();
  const browser = await launch(server, extensionDir, profile);
  const pid = browser.process()?.pid ?? 0;
  let settled: Memory = { rss: 0, pss: 0, processes: 0 };
  try {
    const page = await browser.newPage();
    let firstBlockSeconds = Number.NaN;
    for (let attempt = 0; attempt < 1200; attempt++) {
      const landed = await goto(page, `http://${blockedHost}/first-block-${attempt}`);
      if (landed.startsWith(BLOCKED_PREFIX)) {
        firstBlockSeconds = (performance.now() - started) / 1000;
        break;
      }
      await sleep(50);
    }
    const enabled = await setEveryCategory(browser);
    await goto(page, 'http://trang-thu.test/');
    await sleep(SETTLE_MS);
    settled = browserMemory(pid);
    return { firstBlockSeconds, settled, peak: sampler.stop(settled), enabled };
  } finally {
    sampler.stop(settled);
    await browser.close();
  }
}

async function baselineMemory(server: TestServer): Promise<Memory> {
  const browser = await launch(server);
  const pid = browser.process()?.pid ?? 0;
  try {
    const page = await browser.newPage();
    await goto(page, 'http://trang-thu.test/');
    await sleep(SETTLE_MS);
    return browserMemory(pid);
  } finally {
    await browser.close();
  }
}

/** `count` load times (ms, navigation timing: start to loadEventEnd) of the local page. */
async function loadTimes(
  server: TestServer,
  count: number,
  extensionDir?: string,
): Promise<number[]> {
  const browser = await launch(server, extensionDir);
  try {
    const page = await browser.newPage();
    for (let i = 0; i < 5; i++) await goto(page, `http://trang-thu.test/warm-${i}`);
    const times: number[] = [];
    for (let i = 0; i < count; i++) {
      await goto(page, `http://trang-thu.test/load-${i}`);
      times.push(
        await page.evaluate(() => {
          const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
          return nav.loadEventEnd - nav.startTime;
        }),
      );
    }
    return times;
  } finally {
    await browser.close();
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

/** A school-ish page: headings, Vietnamese text, a table, a few inline images. */
function localPage(): ReturnType<typeof html> {
  const para =
    '<p>Hôm nay lớp em học về phân số. Cô giáo hướng dẫn cách quy đồng mẫu số và so sánh hai phân số. Các bạn làm bài tập theo nhóm rồi trình bày trên bảng.</p>';
  const rows = Array.from(
    { length: 40 },
    (_, i) => `<tr><td>${i + 1}</td><td>Bài ${i + 1}</td><td>${(i * 7) % 10}</td></tr>`,
  ).join('');
  const img =
    '<img alt="hình minh họa" width="40" height="40" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">';
  return html(
    'Trang thử – Bài học phân số',
    `<h1>Bài học: phân số</h1>${para.repeat(60)}<table>${rows}</table>${img.repeat(10)}`,
  );
}

// ---------- report ----------

function chromiumVersion(): string {
  try {
    return (
      execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' }).trim().split('\n').pop() ??
      ''
    );
  } catch {
    return 'unknown Chromium';
  }
}

function shippedDomainCount(): number {
  const stats = JSON.parse(readFileSync('rules/stats.json', 'utf8')) as {
    totals: { kept: number };
  };
  return stats.totals.kept;
}

const f1 = (n: number) => n.toFixed(1);
const f0 = (n: number) => n.toFixed(0);
const verdict = (ok: boolean) => (ok ? 'met' : '**not met**');

const mib = (bytes: number) => f0(bytes / MiB);
const mb = (bytes: number) => f0(bytes / 1e6);

function memoryRow(
  name: string,
  domains: string,
  r: StartResult | undefined,
  m: Memory,
  base: Memory,
) {
  const extra = r ? `${mib(m.rss - base.rss)} MiB / ${mib(m.pss - base.pss)} MiB` : '–';
  return `| ${name} | ${domains} | ${r ? `${f1(r.firstBlockSeconds)} s` : '–'} | ${mib(m.rss)} MiB | ${mib(m.pss)} MiB | ${r ? `${mib(r.peak.rss)} MiB` : '–'} | ${extra} | ${m.processes} | ${r ? `${r.enabled}/${URL_CATEGORIES.length}` : '–'} |`;
}

async function main(): Promise<void> {
  if (!existsSync('dist/chrome/manifest.json')) throw new Error('run npm run build first');
  const server = await startServer();
  server.route('trang-thu.test', localPage());
  const temp: string[] = [];
  const copy = async (options: CopyOptions) => {
    const dir = await extensionCopy(options);
    temp.push(dir);
    return dir;
  };
  try {
    process.stderr.write('baseline browser without the extension...\n');
    const base = await baselineMemory(server);

    process.stderr.write('shipped lists, every category...\n');
    const shipped = await startToFirstBlock(
      server,
      await copy({ allEnabled: true }),
      lastShippedDomain('adult'),
    );
    process.stderr.write(
      `  first block ${f1(shipped.firstBlockSeconds)} s, RSS ${mib(shipped.settled.rss)} MiB\n`,
    );

    process.stderr.write(`synthetic ${SYNTHETIC_DOMAINS} domains...\n`);
    const syntheticDir = await copy({ allEnabled: true });
    const lastSynthetic = await writeSyntheticAdult(syntheticDir);
    const synthetic = await startToFirstBlock(server, syntheticDir, lastSynthetic);
    process.stderr.write(
      `  first block ${f1(synthetic.firstBlockSeconds)} s, RSS ${mib(synthetic.settled.rss)} MiB\n`,
    );

    process.stderr.write(
      `page loads, ${LOADS} per variant (${ROUNDS} launches each, order rotated)...\n`,
    );
    const full = await copy({});
    const rulesOnly = await copy({ withoutContentScript: true });
    const perLaunch = LOADS / ROUNDS;
    const without: number[] = [];
    const withExt: number[] = [];
    const withRules: number[] = [];
    // One launch's start-up state moves its loads by up to ±20 % on this machine: spread each
    // variant over several launches, interleaved, so launch noise averages out of the medians.
    const variants: [number[], string | undefined][] = [
      [without, undefined],
      [withExt, full],
      [withRules, rulesOnly],
    ];
    for (let round = 0; round < ROUNDS; round++) {
      for (let v = 0; v < variants.length; v++) {
        const [times, dir] = variants[(v + round) % variants.length] as [
          number[],
          string | undefined,
        ];
        times.push(...(await loadTimes(server, perLaunch, dir)));
      }
    }
    const ratio = median(withExt) / median(without);
    const rulesRatio = median(withRules) / median(without);
    process.stderr.write(
      `  median ${f1(median(withExt))} ms (rules only ${f1(median(withRules))}) vs ${f1(median(without))} ms: ratio ${ratio.toFixed(3)} (${rulesRatio.toFixed(3)})\n`,
    );

    const extraSynthetic = synthetic.settled.rss - base.rss;
    const extraShipped = shipped.settled.rss - base.rss;
    const extraSyntheticPss = synthetic.settled.pss - base.pss;
    const section = `## Rules: browser

Measured ${new Date().toISOString().slice(0, 10)} on ${machine()}, Node ${process.version}, ${chromiumVersion()} (headless), by \`npm run bench:rules\` (\`bench/rules-browser.bench.ts\`). One browser at a time, fresh profile per launch; every category enabled (a temp copy of dist/chrome with every ruleset on in the manifest, then the policy \`categories: all block\`). First block: from \`puppeteer.launch\` until a navigation to a listed domain (the last domain of the ruleset) lands on the blocked page, polled every 50 ms. Memory: over the browser process and all its children (/proc), ${SETTLE_MS / 1000} s after loading the same local page; RSS sums count shared pages (the Chromium binary, fonts) once per process, PSS splits them, so PSS is the fairer measure of what the extension adds. Peak RSS: sampled every 500 ms from before launch (VmRSS only: reading PSS during start-up slowed Chromium down several-fold).

| browser | domains | first block | RSS | PSS | peak RSS | above no extension (RSS / PSS) | processes | rulesets enabled |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
${memoryRow('no extension', '–', undefined, base, base)}
${memoryRow('shipped lists', shippedDomainCount().toLocaleString('en'), shipped, shipped.settled, base)}
${memoryRow('shipped + synthetic `adult`', `${SYNTHETIC_DOMAINS.toLocaleString('en')} in \`adult\` (${SYNTHETIC_DOMAINS / DOMAINS_PER_RULE} rules) + the other shipped lists`, synthetic, synthetic.settled, base)}

The extension adds processes (the service worker's extension process, the offscreen document with the classifier worker) besides the rules: the cost of the 5 M domains alone is the difference between the last two rows (${mib(synthetic.settled.rss - shipped.settled.rss)} MiB RSS, ${mib(synthetic.settled.pss - shipped.settled.pss)} MiB PSS).

Page load of a local page (about 15 kB of Vietnamese text, a table, inline images), navigation timing start to \`loadEventEnd\`, ${LOADS} loads per variant over ${ROUNDS} launches each (${LOADS / ROUNDS} loads after 5 warm-up loads per launch; the three variants interleaved, order rotated each round), default profile:

| variant | median | ratio to without |
| --- | --- | --- |
| without the extension | ${f1(median(without))} ms | |
| with the extension | ${f1(median(withExt))} ms | ${ratio.toFixed(3)} |
| rules only (content script removed in a temp copy) | ${f1(median(withRules))} ms | ${rulesRatio.toFixed(3)} |

Targets (reported, not asserted): 5,000,000 domains first block within 15 s — ${verdict(synthetic.firstBlockSeconds <= 15)} (${f1(synthetic.firstBlockSeconds)} s); memory at most 150 MB above the same browser without the extension — by RSS sum ${verdict(extraSynthetic <= 150e6)} (${mb(extraSynthetic)} MB with 5 M domains, ${mb(extraShipped)} MB with the shipped lists), by PSS ${verdict(extraSyntheticPss <= 150e6)} (${mb(extraSyntheticPss)} MB with 5 M domains); page-load overhead at most 3 % — ${verdict(ratio <= 1.03)} (${f1((ratio - 1) * 100)} %; rules alone ${f1((rulesRatio - 1) * 100)} %). On 2 shared cores, expect ±20 % between runs (shared/E2E.md).
`;
    await writeBenchmarkSection('## Rules: browser', section, '## Rules: compile');
    process.stderr.write('wrote ## Rules: browser to docs/BENCHMARKS.md\n');
  } finally {
    await server.close();
    for (const dir of [...temp, ...profiles]) {
      await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    }
  }
}

await main();
