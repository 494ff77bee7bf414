/**
 * `npm run bench:rules`: the blocklists in real Chromium (headless, one browser at a time).
 * - time from browser start to the first blocked navigation, and browser memory (sum of the RSS
 *   of every Chromium process, from /proc) with every category enabled, for the shipped lists and
 *   for a synthetic 5,000,000-domain `adult` ruleset (written into a temp copy of dist/chrome,
 *   never into the shipped files); the same browser without the extension is the baseline;
 * - time to the first block for the same copies packed and force-installed by machine policy, as
 *   a school installs them (bench/packed-install.ts; skipped, and said so, without root);
 * Page-load time is `npm run bench:page-load` (bench/page-load.bench.ts).
 * Writes the `## Rules: browser` section of docs/BENCHMARKS.md. Reports against the targets,
 * asserts nothing.
 */
import { machine, writeBenchmarkSection } from './report.ts';
import { once } from 'node:events';
import { createWriteStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { CLASSIFIER_IDLE_MS } from '../src/classifier/idle.ts';
import { CHROME_EXTENSION_ID } from '../src/core/extension-identity.ts';
import { URL_CATEGORIES } from '../src/core/taxonomy.ts';
import { startServer } from '../test/e2e/harness/server.ts';
import type { TestServer } from '../test/e2e/harness/server.ts';
import {
  chromiumVersion,
  cleanUp,
  closeOnboarding,
  describeTargets,
  extensionTargets,
  extensionCopy,
  f1,
  firstBlock,
  goto,
  launch,
  newProfileDir,
  procField,
  processKind,
  processTree,
  schoolPage,
  sleep,
  verdict,
} from './browser.ts';
import { measurePackedInstall, packedInstallUnavailable } from './packed-install.ts';
import type { PackedStarts } from './packed-install.ts';

const SYNTHETIC_DOMAINS = 5_000_000;
const DOMAINS_PER_RULE = 1_000_000;
const SETTLE_MS = 5_000;
/**
 * At rest: the page's text is read a few seconds after it loads, the classifier stops after its
 * idle time, its idle message wakes the service worker, which closes the offscreen document,
 * Chromium stops the service worker 30 s later, and the extension's process exits. Watched on
 * 2026-11-30 (Target.getTargets every 10 s): the process was gone 100 s after the page; 140 s
 * past the idle time leaves room for a slow day.
 */
const REST_MS = CLASSIFIER_IDLE_MS + 140_000;
const MiB = 1024 * 1024;
const BLOCKED_PREFIX = `chrome-extension://${CHROME_EXTENSION_ID}/blocked.html?`;
/** Every category, whatever the tier table says. */
const EVERY_CATEGORY_POLICY = {
  tier: 'early',
  categories: Object.fromEntries(URL_CATEGORIES.map((c) => [c, 'block'])),
};

interface Memory {
  /** Sum of VmRSS (shared pages counted once per process, as the brief asks). */
  rss: number;
  /** Sum of Pss: shared pages split between the processes that map them (no double counting). */
  pss: number;
  processes: number;
  /** Pss of the browser process alone (where Chromium keeps the rule index). */
  browserPss: number;
  /** Pss of the extension's renderer (service worker, offscreen document, classifier worker). */
  extensionPss: number;
}

const NO_MEMORY: Memory = { rss: 0, pss: 0, processes: 0, browserPss: 0, extensionPss: 0 };

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
  const memory: Memory = { ...NO_MEMORY };
  for (const pid of processTree(rootPid)) {
    memory.rss += procField(pid, 'status', 'VmRSS');
    memory.processes += 1;
    if (!withPss) continue;
    const pss = procField(pid, 'smaps_rollup', 'Pss');
    memory.pss += pss;
    const kind = processKind(pid, rootPid);
    if (kind === 'browser') memory.browserPss = pss;
    else if (kind === 'extension') memory.extensionPss += pss;
  }
  return memory;
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
  /** The same profile started again: the extension installed, its rules indexed once already. */
  restartFirstBlockSeconds: number;
  settled: Memory;
  /** REST_MS after the last page: nothing left to read. */
  rest: Memory;
  peakRss: number;
  enabled: number;
  /** Bytes of the rule index Chromium wrote for the extension (and keeps in its memory). */
  indexBytes: number;
  /** The extension's running contexts when `settled` and `rest` were measured. */
  settledContexts: string;
  restContexts: string;
}

/** Samples the RSS of the browser using `profile` every 500 ms, from before it starts. */
function peakRssSampler(profile: string) {
  let peak = 0;
  let pid = 0;
  const timer = setInterval(() => {
    pid ||= browserPid(profile);
    if (pid) peak = Math.max(peak, browserMemory(pid, false).rss);
  }, 500);
  return {
    stop(last: Memory): number {
      clearInterval(timer);
      return Math.max(peak, last.rss);
    },
  };
}

/** Size of the indexed rulesets Chromium generated in an unpacked extension's folder. */
function indexBytes(extensionDir: string): number {
  const dir = join(extensionDir, '_metadata', 'generated_indexed_rulesets');
  if (!existsSync(dir)) return 0;
  return readdirSync(dir).reduce((sum, file) => sum + statSync(join(dir, file)).size, 0);
}

/**
 * Sets the every-category policy from an extension page (not from the service worker: DevTools
 * attached to it would keep it running), waits until every ruleset is on, closes the page.
 */
async function setEveryCategory(browser: Browser): Promise<number> {
  const page = await browser.newPage();
  try {
    await goto(page, `chrome-extension://${CHROME_EXTENSION_ID}/options.html`);
    await page.evaluate(
      (p) => chrome.storage.local.set({ policy: p }),
      EVERY_CATEGORY_POLICY as never,
    );
    let enabled: string[] = [];
    for (let i = 0; i < 300; i++) {
      enabled = await page.evaluate(() => chrome.declarativeNetRequest.getEnabledRulesets());
      if (enabled.length === URL_CATEGORIES.length) break;
      await sleep(100);
    }
    return enabled.length;
  } finally {
    await page.close();
  }
}

/**
 * Launches, polls a listed URL until it is blocked, sets every category, settles, measures, waits
 * for rest, measures; then starts the same profile again for a second first-block time.
 */
async function startToFirstBlock(
  server: TestServer,
  extensionDir: string,
  blockedHost: string,
  profile: string,
): Promise<Omit<StartResult, 'restartFirstBlockSeconds'>> {
  const sampler = peakRssSampler(profile);
  const started = performance.now();
  const browser = await launch(server, extensionDir, profile, {
    attach: 'not-service-workers',
  });
  const pid = browser.process()?.pid ?? 0;
  let settled = NO_MEMORY;
  try {
    const { page, seconds } = await firstBlock(browser, started, blockedHost, BLOCKED_PREFIX);
    const enabled = await setEveryCategory(browser);
    if (!(await closeOnboarding(browser))) process.stderr.write('  no onboarding tab seen\n');
    await goto(page, 'http://trang-thu.test/');
    await sleep(SETTLE_MS);
    settled = browserMemory(pid);
    const settledContexts = describeTargets(await extensionTargets(browser));
    const peakRss = sampler.stop(settled);
    await sleep(REST_MS - SETTLE_MS);
    const rest = browserMemory(pid);
    const restContexts = describeTargets(await extensionTargets(browser));
    return {
      settledContexts,
      restContexts,
      firstBlockSeconds: seconds,
      settled,
      rest,
      peakRss,
      enabled,
      indexBytes: indexBytes(extensionDir),
    };
  } finally {
    sampler.stop(settled);
    await browser.close();
  }
}

/** Both starts of one variant: a new profile, then the same profile again. */
async function measureVariant(
  server: TestServer,
  extensionDir: string,
  blockedHost: string,
): Promise<StartResult> {
  const profile = newProfileDir();
  const first = await startToFirstBlock(server, extensionDir, blockedHost, profile);
  const restartFirstBlockSeconds = await restartToFirstBlock(
    server,
    extensionDir,
    profile,
    blockedHost,
  );
  return { ...first, restartFirstBlockSeconds };
}

/** A browser started on an existing profile: the extension is already installed. */
async function restartToFirstBlock(
  server: TestServer,
  extensionDir: string,
  profile: string,
  blockedHost: string,
): Promise<number> {
  const started = performance.now();
  const browser = await launch(server, extensionDir, profile, { attach: 'not-service-workers' });
  try {
    return (await firstBlock(browser, started, blockedHost, BLOCKED_PREFIX)).seconds;
  } finally {
    await browser.close();
  }
}

async function baselineMemory(server: TestServer): Promise<{ settled: Memory; rest: Memory }> {
  const browser = await launch(server);
  const pid = browser.process()?.pid ?? 0;
  try {
    const page = await browser.newPage();
    await goto(page, 'http://trang-thu.test/');
    await sleep(SETTLE_MS);
    const settled = browserMemory(pid);
    await sleep(REST_MS - SETTLE_MS);
    return { settled, rest: browserMemory(pid) };
  } finally {
    await browser.close();
  }
}

// ---------- report ----------

function packedSummary(p: PackedStarts): string {
  return `first block ${f1(p.installSeconds)} s at install, then ${p.restartSeconds.map(f1).join(' s, ')} s`;
}

function packedRow(name: string, p: PackedStarts): string {
  return `| ${name} | ${f1(p.installSeconds)} s | ${p.restartSeconds.map((x) => `${f1(x)} s`).join(', ')} |`;
}

function packedSection(
  unavailable: string | undefined,
  shipped: PackedStarts | undefined,
  synthetic: PackedStarts | undefined,
  syntheticLabel: string,
): string {
  if (unavailable || !shipped || !synthetic) return `Not measured: ${unavailable ?? 'no result'}.`;
  return `The same extension copies packed into a CRX (signed with a key made for the run, so under another id) and force-installed by an \`ExtensionInstallForcelist\` policy from a local update server, as a school's IT would deploy it (bench/packed-install.ts). Unlike an unpacked extension, Chromium indexes the rulesets once, at install, and reuses the index at every later start. First block as above: on a new profile (policy fetch, download, install, indexing), then the same profile started again.

| browser | first block, new profile (install) | first block, each start after |
| --- | --- | --- |
${packedRow('shipped lists', shipped)}
${packedRow(syntheticLabel, synthetic)}`;
}

function shippedDomainCount(): number {
  const stats = JSON.parse(readFileSync('rules/stats.json', 'utf8')) as {
    totals: { kept: number };
  };
  return stats.totals.kept;
}

const f0 = (n: number) => n.toFixed(0);

const mib = (bytes: number) => f0(bytes / MiB);
const mb = (bytes: number) => f0(bytes / 1e6);

function startRow(name: string, domains: string, r: StartResult): string {
  return `| ${name} | ${domains} | ${f1(r.firstBlockSeconds)} s | ${f1(r.restartFirstBlockSeconds)} s | ${mib(r.indexBytes)} MiB | ${mib(r.peakRss)} MiB | ${r.enabled}/${URL_CATEGORIES.length} |`;
}

/** One memory row: totals, what is above the baseline, and where it sits. */
function memoryRow(name: string, m: Memory, base: Memory): string {
  const above = (x: number, y: number) => (m === base ? '–' : `+${mib(x - y)} MiB`);
  return `| ${name} | ${mib(m.rss)} MiB | ${mib(m.pss)} MiB | ${above(m.rss, base.rss)} | ${above(m.pss, base.pss)} | ${mib(m.browserPss)} MiB (${above(m.browserPss, base.browserPss)}) | ${m === base ? '–' : m.extensionPss ? `${mib(m.extensionPss)} MiB` : 'none (exited)'} | ${m.processes} |`;
}

const MEMORY_HEAD = `| browser | RSS sum | PSS | above no extension, RSS | above no extension, PSS | browser process PSS | extension process PSS | processes |
| --- | --- | --- | --- | --- | --- | --- | --- |`;

async function main(): Promise<void> {
  if (!existsSync('dist/chrome/manifest.json')) throw new Error('run npm run build first');
  const server = await startServer();
  server.route('trang-thu.test', schoolPage());
  try {
    process.stderr.write('baseline browser without the extension...\n');
    const { settled: base, rest: baseRest } = await baselineMemory(server);

    process.stderr.write('shipped lists, every category...\n');
    const shipped = await measureVariant(
      server,
      await extensionCopy({ allEnabled: true }),
      lastShippedDomain('adult'),
    );
    process.stderr.write(
      `  first block ${f1(shipped.firstBlockSeconds)} s, again ${f1(shipped.restartFirstBlockSeconds)} s\n`,
    );

    process.stderr.write(`synthetic ${SYNTHETIC_DOMAINS} domains...\n`);
    const syntheticDir = await extensionCopy({ allEnabled: true });
    const lastSynthetic = await writeSyntheticAdult(syntheticDir);
    const synthetic = await measureVariant(server, syntheticDir, lastSynthetic);
    process.stderr.write(
      `  first block ${f1(synthetic.firstBlockSeconds)} s, again ${f1(synthetic.restartFirstBlockSeconds)} s\n`,
    );

    const packedUnavailable = packedInstallUnavailable();
    let packedShipped: PackedStarts | undefined;
    let packedSynthetic: PackedStarts | undefined;
    if (packedUnavailable) {
      process.stderr.write(`packed install not measured: ${packedUnavailable}\n`);
    } else {
      process.stderr.write('packed and force-installed, shipped lists...\n');
      packedShipped = await measurePackedInstall(
        server,
        await extensionCopy({ allEnabled: true }),
        lastShippedDomain('adult'),
      );
      process.stderr.write(`  ${packedSummary(packedShipped)}\n`);
      process.stderr.write(`packed and force-installed, synthetic...\n`);
      packedSynthetic = await measurePackedInstall(server, syntheticDir, lastSynthetic);
      process.stderr.write(`  ${packedSummary(packedSynthetic)}\n`);
    }

    const reading = synthetic.settled.pss - base.pss;
    const resting = synthetic.rest.pss - baseRest.pss;
    const readingRss = synthetic.settled.rss - base.rss;
    const restingRss = synthetic.rest.rss - baseRest.rss;
    const syntheticLabel = `shipped + synthetic \`adult\``;
    const section = `## Rules: browser

Measured ${new Date().toISOString().slice(0, 10)} on ${machine()}, Node ${process.version}, ${chromiumVersion()} (headless), by \`npm run bench:rules\` (\`bench/rules-browser.bench.ts\`). One browser at a time; every category enabled (a temp copy of dist/chrome with every ruleset on in the manifest, then the policy \`categories: all block\` set from the options page; the onboarding tab the extension opens on first install is closed, as an adult would once set up; DevTools never attached to the service worker). The synthetic variant replaces the shipped \`adult\` ruleset with ${SYNTHETIC_DOMAINS.toLocaleString('en')} generated domains (${SYNTHETIC_DOMAINS / DOMAINS_PER_RULE} rules).

**Start.** First block: from \`puppeteer.launch\` until a navigation to a listed domain (the last domain of the ruleset) lands on the blocked page, polled every 50 ms; on a new profile (the extension installed at that start), then on the same profile started again. The rule index is what Chromium generated from the rulesets (\`_metadata/generated_indexed_rulesets\`); it keeps it in the browser process's memory while the rulesets are enabled. Peak RSS: sampled every 500 ms from before launch (VmRSS only: reading PSS during start-up slowed Chromium down several-fold).

| browser | domains | first block, new profile | first block, same profile again | rule index | peak RSS | rulesets enabled |
| --- | --- | --- | --- | --- | --- | --- |
${startRow('shipped lists', shippedDomainCount().toLocaleString('en'), shipped)}
${startRow(syntheticLabel, `${SYNTHETIC_DOMAINS.toLocaleString('en')} + the other shipped lists`, synthetic)}

**Packed install.** ${packedSection(packedUnavailable, packedShipped, packedSynthetic, syntheticLabel)}

**Memory** over the browser process and all its children (/proc). RSS sums count shared pages (the Chromium binary, fonts) once per process; PSS splits them, so PSS is the fairer measure of what the extension adds. The extension process is Chromium's renderer for the extension: its service worker, the offscreen document and the classifier worker.

While reading: ${SETTLE_MS / 1000} s after loading a local page (its text just read by the classifier).

${MEMORY_HEAD}
${memoryRow('no extension', base, base)}
${memoryRow('shipped lists', shipped.settled, base)}
${memoryRow(syntheticLabel, synthetic.settled, base)}

At rest: ${f0(REST_MS / 1000)} s after that page (the classifier stops its worker and the offscreen document after ${CLASSIFIER_IDLE_MS / 1000} s without pages to read; Chromium stops an idle service worker after 30 s, and the extension's process exits when nothing of it runs).

${MEMORY_HEAD}
${memoryRow('no extension', baseRest, baseRest)}
${memoryRow('shipped lists', shipped.rest, baseRest)}
${memoryRow(syntheticLabel, synthetic.rest, baseRest)}

The extension's contexts running (from the browser's target list) while reading: ${synthetic.settledContexts} (synthetic), ${shipped.settledContexts} (shipped); at rest: ${synthetic.restContexts} (synthetic), ${shipped.restContexts} (shipped).

Targets (reported, not asserted), for the synthetic variant:
- First block within 15 s of browser start, unpacked: ${verdict(synthetic.firstBlockSeconds <= 15)} on a new profile (${f1(synthetic.firstBlockSeconds)} s), ${verdict(synthetic.restartFirstBlockSeconds <= 15)} on the same profile again (${f1(synthetic.restartFirstBlockSeconds)} s). ${packedSynthetic ? `Packed and force-installed, as a school installs it: ${verdict(Math.max(...packedSynthetic.restartSeconds) <= 15)} at every start after the install (${packedSynthetic.restartSeconds.map((x) => `${f1(x)} s`).join(', ')}); the install itself, once, took ${f1(packedSynthetic.installSeconds)} s to the first block.` : `Packed install: not measured (${packedUnavailable}).`}
- Memory at most 150 MB above the same browser without the extension, by PSS: at rest ${verdict(resting <= 150e6)} (${mb(resting)} MB; RSS sum ${mb(restingRss)} MB); while a page is being read ${verdict(reading <= 150e6)} (${mb(reading)} MB; RSS sum ${mb(readingRss)} MB). The rule index alone is ${mb(synthetic.indexBytes)} MB.

Page-load time: see Page load below. On 2 shared cores, expect ±20 % between runs (shared/E2E.md).
`;
    await writeBenchmarkSection('## Rules: browser', section, '## Rules: compile');
    process.stderr.write('wrote ## Rules: browser to docs/BENCHMARKS.md\n');
  } finally {
    await server.close();
    await cleanUp();
  }
}

await main();
