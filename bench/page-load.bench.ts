/**
 * `npm run bench:page-load`: page-load time of a local page in headless Chromium without the
 * extension, with it, and with its rules alone (page reader removed in a temp copy), one browser at
 * a time. Two paces: a reader's (a pause before each load, so the previous page's analysis has
 * finished, as when a child reads a page before the next click) and back-to-back (the next load
 * starts the moment the previous one fires `load`). Also the CPU time the browser spends per page
 * at a reader's pace, in all and by kind of process. Writes the `## Page load` section of
 * docs/BENCHMARKS.md; reports against the 3 % target, asserts nothing.
 */
import { machine, writeBenchmarkSection } from './report.ts';
import { existsSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { startServer } from '../test/e2e/harness/server.ts';
import type { TestServer } from '../test/e2e/harness/server.ts';
import type { ProcessKind } from './browser.ts';
import {
  chromiumVersion,
  cleanUp,
  cpuSum,
  closeOnboarding,
  extensionCopy,
  f1,
  goto,
  launch,
  median,
  schoolPage,
  sleep,
  PROCESS_KINDS,
  treeCpuByKind,
  verdict,
  waitUntilQuiet,
} from './browser.ts';

/** Launches per variant; each measures LOADS_PER_LAUNCH loads at each pace. */
const LAUNCHES = 5;
const LOADS_PER_LAUNCH = 10;
const WARM_UP_LOADS = 5;
/**
 * A reader's pause before each load (and after the last, so its analysis is counted). The
 * page reader starts 500 ms after `load` (READ_AFTER_LOAD_MS): 1.5 s leaves it time
 * to finish on a slow day.
 */
const THINK_MS = 1_500;
const HOST = 'trang-thu.test';

interface LaunchResult {
  reader: number[];
  backToBack: number[];
  /** CPU ms per page at a reader's pace (pauses included), by kind of process. */
  cpuPerPage: Record<ProcessKind, number>;
}

/** Navigation timing: start to `loadEventEnd`, in ms, of the page now shown. */
function loadTime(page: Page): Promise<number> {
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return nav.loadEventEnd - nav.startTime;
  });
}

async function measureLaunch(server: TestServer, extensionDir?: string): Promise<LaunchResult> {
  const browser = await launch(server, extensionDir, undefined, { attach: 'web-pages-only' });
  const pid = browser.process()?.pid ?? 0;
  try {
    const page = await browser.newPage();
    for (let i = 0; i < WARM_UP_LOADS; i++) await goto(page, `http://${HOST}/warm-${i}`);
    // Chromium keeps working for seconds after start (WebUI preloads, the extension's start):
    // measure once the whole browser is quiet, in every variant alike.
    await waitUntilQuiet(pid);
    if (extensionDir) await closeOnboarding(browser);
    const reader: number[] = [];
    const cpuBefore = treeCpuByKind(pid);
    for (let i = 0; i < LOADS_PER_LAUNCH; i++) {
      await sleep(THINK_MS);
      await goto(page, `http://${HOST}/read-${i}`);
      reader.push(await loadTime(page));
    }
    await sleep(THINK_MS);
    const cpuAfter = treeCpuByKind(pid);
    const cpuPerPage = Object.fromEntries(
      PROCESS_KINDS.map((kind) => [kind, (cpuAfter[kind] - cpuBefore[kind]) / LOADS_PER_LAUNCH]),
    ) as Record<ProcessKind, number>;
    const backToBack: number[] = [];
    for (let i = 0; i < LOADS_PER_LAUNCH; i++) {
      await goto(page, `http://${HOST}/rush-${i}`);
      backToBack.push(await loadTime(page));
    }
    return { reader, backToBack, cpuPerPage };
  } finally {
    await browser.close();
  }
}

interface Variant {
  name: string;
  dir?: string;
  runs: LaunchResult[];
}

const all = (v: Variant, key: 'reader' | 'backToBack') => v.runs.flatMap((r) => r[key]);
const cpu = (v: Variant, kind?: ProcessKind) =>
  median(v.runs.map((r) => (kind ? r.cpuPerPage[kind] : cpuSum(r.cpuPerPage))));

async function main(): Promise<void> {
  if (!existsSync('dist/chrome/manifest.json')) throw new Error('run npm run build first');
  const server = await startServer();
  server.route(HOST, schoolPage());
  try {
    const variants: Variant[] = [
      { name: 'without the extension', runs: [] },
      { name: 'with the extension', dir: await extensionCopy({}), runs: [] },
      {
        name: 'rules only (page reader removed in a temp copy)',
        dir: await extensionCopy({ withoutPageReader: true }),
        runs: [],
      },
    ];
    // One launch's state moves its loads by up to ±20 % on this machine: spread each variant
    // over several launches, interleaved, order rotated, so launch noise averages out.
    for (let round = 0; round < LAUNCHES; round++) {
      for (let v = 0; v < variants.length; v++) {
        const variant = variants[(v + round) % variants.length] as Variant;
        process.stderr.write(`launch ${round + 1}/${LAUNCHES}: ${variant.name}\n`);
        variant.runs.push(await measureLaunch(server, variant.dir));
      }
    }
    const [without, withExt, rulesOnly] = variants as [Variant, Variant, Variant];
    const ratio = (v: Variant, key: 'reader' | 'backToBack') =>
      median(all(v, key)) / median(all(without, key));
    const rows = variants.map((v) => {
      const r = v === without ? '' : ratio(v, 'reader').toFixed(3);
      const b = v === without ? '' : ratio(v, 'backToBack').toFixed(3);
      const byKind = PROCESS_KINDS.map((k) => `${Math.round(cpu(v, k))}`).join(' / ');
      return `| ${v.name} | ${f1(median(all(v, 'reader')))} ms | ${r} | ${f1(median(all(v, 'backToBack')))} ms | ${b} | ${Math.round(cpu(v))} ms | ${byKind} |`;
    });
    for (const row of rows) process.stderr.write(`${row}\n`);
    const readerRatio = ratio(withExt, 'reader');
    const rushRatio = ratio(withExt, 'backToBack');
    const overRules = (key: 'reader' | 'backToBack') =>
      f1((median(all(withExt, key)) / median(all(rulesOnly, key)) - 1) * 100);
    const loads = LAUNCHES * LOADS_PER_LAUNCH;
    const fasterWithExtension = [withExt, rulesOnly].every(
      (v) => ratio(v, 'reader') < 1 && ratio(v, 'backToBack') < 1,
    );
    const section = `## Page load

Measured ${new Date().toISOString().slice(0, 10)} on ${machine()}, Node ${process.version}, ${chromiumVersion()} (headless), by \`npm run bench:page-load\` (\`bench/page-load.bench.ts\`). One browser at a time, fresh profile per launch, default profile of the extension (tier \`lower\`, classifier on; the onboarding tab it opens on first install is closed, as an adult would once set up; DevTools attached to the web tab only). The page: about 15 kB of Vietnamese text, a table and inline images from a local server, so there is no network time at all and any fixed cost per page weighs as much as it ever can. Load time: navigation timing start to \`loadEventEnd\`. Each variant: ${LAUNCHES} launches, interleaved with the other variants, order rotated; per launch ${WARM_UP_LOADS} warm-up loads, a wait until the whole browser is quiet, then ${LOADS_PER_LAUNCH} loads at each pace (${loads} loads per variant and pace).

- **Reader's pace:** ${THINK_MS / 1000} s before each load, so the previous page has been read and analysed (the page reader starts 500 ms after \`load\`), as when a child reads a page before the next click.
- **Back-to-back:** the next load starts the moment the previous page fires \`load\`, as when a child clicks straight through: the previous page is left before the page reader would start (500 ms after \`load\`; on Chromium the background injects it only then), so this pace shows what the extension costs pages it never reads.
- **CPU per page:** user + system time of every browser process per page at a reader's pace (pauses included), median over the launches; then split by process: the browser process, the web pages' renderers (where the page reader runs), the extension's process (service worker, offscreen document, classifier worker) and the others (GPU, network, storage, Chromium's own WebUI). Each split is a median of its own, so they need not add up to the total.

| variant | reader's pace: median | ratio to without | back-to-back: median | ratio to without | CPU per page | ${PROCESS_KINDS.join(' / ')} (ms) |
| --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

Target (reported, not asserted): page-load time with the classifier on at most 3 % above the same browser without the extension — at a reader's pace ${verdict(readerRatio <= 1.03)} (${f1((readerRatio - 1) * 100)} %); back-to-back ${verdict(rushRatio <= 1.03)} (${f1((rushRatio - 1) * 100)} %). What the page reader and the classifier cost on their own is the difference to the rules-only copy: ${overRules('reader')} % at a reader's pace, ${overRules('backToBack')} % back-to-back, and ${Math.round(cpu(withExt) - cpu(rulesOnly))} ms of CPU per page in all (reading the page, the messages, the worker), of which ${Math.round(cpu(withExt, 'web renderers') - cpu(rulesOnly, 'web renderers'))} ms in the web page's renderer and ${Math.round(cpu(withExt, 'extension') - cpu(rulesOnly, 'extension'))} ms in the extension's process. ${fasterWithExtension ? 'Every variant with an extension loaded faster than the browser without one in this run, for reasons not found. ' : ''}The rules-only row is the fairer base for the page reader's cost. On 2 shared cores, expect several per cent between runs, and more back-to-back (docs/CLASSIFIER.md has a longer back-to-back comparison): compare the ratios of one run.
`;
    await writeBenchmarkSection('## Page load', section, '## Rules: browser');
    process.stderr.write('wrote ## Page load to docs/BENCHMARKS.md\n');
  } finally {
    await server.close();
    await cleanUp();
  }
}

await main();
