/**
 * Shared by the browser benchmarks (bench:rules, bench:page-load): launching headless Chromium
 * with or without a copy of the built extension, the process tree under /proc (memory, CPU
 * time), and small statistics. Node only.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import type { Browser, Page, Target } from 'puppeteer-core';
import { PAGE_READER_FILE } from '../src/core/page-reading.ts';
import { CHROMIUM_PATH, quietChromiumArgs } from '../test/e2e/harness/chromium.ts';
import { html } from '../test/e2e/harness/server.ts';
import type { TestServer } from '../test/e2e/harness/server.ts';

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Folders made by this run (profiles, extension copies), removed by `cleanUp()`. */
const temporary: string[] = [];

export async function cleanUp(): Promise<void> {
  for (const dir of temporary.splice(0)) {
    await rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
}

export function newProfileDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kidshield-bench-profile-'));
  temporary.push(dir);
  return dir;
}

export interface LaunchOptions {
  /**
   * Which targets DevTools attaches to (all when absent). `not-service-workers`: DevTools on a
   * service worker keeps it running, so a browser measured "at rest" must leave it alone.
   * `web-pages-only`: nothing of the extension (no chrome-extension:// target) is instrumented:
   * no DevTools events from its worker, offscreen document or classifier, as for a user.
   */
  attach?: 'not-service-workers' | 'web-pages-only';
  /**
   * Let the browser fetch extensions (drop `--disable-background-networking`, which Puppeteer and
   * the quiet arguments both pass): a policy force-install downloads its CRX that way.
   */
  extensionDownloads?: boolean;
}

const ATTACH_FILTERS = {
  'not-service-workers': (target: Target) => target.type() !== 'service_worker',
  'web-pages-only': (target: Target) => !target.url().startsWith('chrome-extension://'),
};

const NO_DOWNLOADS = '--disable-background-networking';

/** Headless Chromium on the local server's fake hosts, with the extension in `extensionDir`. */
export async function launch(
  server: TestServer,
  extensionDir?: string,
  profile = newProfileDir(),
  options: LaunchOptions = {},
): Promise<Browser> {
  return puppeteer.launch({
    ...(options.attach ? { targetFilter: ATTACH_FILTERS[options.attach] } : {}),
    executablePath: CHROMIUM_PATH,
    headless: true,
    userDataDir: profile,
    ignoreDefaultArgs: [
      '--disable-extensions',
      ...(options.extensionDownloads ? [NO_DOWNLOADS] : []),
    ],
    timeout: 300_000,
    protocolTimeout: 300_000,
    args: [
      ...quietChromiumArgs(server.port).filter(
        (arg) => !options.extensionDownloads || arg !== NO_DOWNLOADS,
      ),
      ...(extensionDir
        ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
        : []),
    ],
  });
}

/**
 * Closes the onboarding tab the extension opens on its first install: an adult closes it once
 * the set-up is done, and a school's managed install never opens it. The tab opens a moment
 * after the install, so this waits for it (at most `timeoutMs`): a tab left open would keep the
 * extension's process alive and spoil any "at rest" figure.
 */
export async function closeOnboarding(browser: Browser, timeoutMs = 15_000): Promise<boolean> {
  const started = performance.now();
  do {
    const tabs = (await extensionTargets(browser)).filter((t) =>
      t.url.includes('/onboarding.html'),
    );
    if (tabs.length > 0) {
      // Through the browser's own target list: the tab may not be attached (see LaunchOptions).
      const session = await browser.target().createCDPSession();
      try {
        for (const tab of tabs) await session.send('Target.closeTarget', { targetId: tab.id });
      } finally {
        await session.detach();
      }
      return true;
    }
    await sleep(250);
  } while (performance.now() - started < timeoutMs);
  return false;
}

export interface ExtensionTarget {
  id: string;
  /** `service_worker`, `background_page` (the offscreen document), `worker`, `page`, ... */
  type: string;
  url: string;
}

/** What of the extension runs now, from the browser's target list (nothing gets attached). */
export async function extensionTargets(browser: Browser): Promise<ExtensionTarget[]> {
  const session = await browser.target().createCDPSession();
  try {
    const { targetInfos } = await session.send('Target.getTargets');
    return targetInfos
      .filter((t) => t.url.startsWith('chrome-extension://'))
      .map((t) => ({ id: t.targetId, type: t.type, url: t.url }));
  } finally {
    await session.detach();
  }
}

/** Short names of the extension's running contexts, for a report ("none" when nothing runs). */
export function describeTargets(targets: ExtensionTarget[]): string {
  if (targets.length === 0) return 'none';
  return targets
    .map((t) => `${t.type} ${t.url.replace(/^chrome-extension:\/\/[^/]+\//, '')}`)
    .join(', ');
}

export async function goto(page: Page, url: string): Promise<string> {
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 }).catch(() => undefined);
  return page.url();
}

/**
 * Polls `http://<blockedHost>/…` from `started` (a `performance.now()` taken before launch) until
 * it lands on a page starting with `blockedPrefix`; seconds, or NaN after about 10 minutes.
 */
export async function firstBlock(
  browser: Browser,
  started: number,
  blockedHost: string,
  blockedPrefix: string,
): Promise<{ page: Page; seconds: number }> {
  const page = await browser.newPage();
  for (let attempt = 0; attempt < 1200; attempt++) {
    const landed = await goto(page, `http://${blockedHost}/first-block-${attempt}`);
    if (landed.startsWith(blockedPrefix)) {
      return { page, seconds: (performance.now() - started) / 1000 };
    }
    await sleep(50);
  }
  return { page, seconds: Number.NaN };
}

export interface CopyOptions {
  /** Every ruleset enabled in the manifest. */
  allEnabled?: boolean;
  /**
   * No page reader: the rules alone (the background's injection after load then fails, as it
   * does for a page the extension may not read).
   */
  withoutPageReader?: boolean;
}

/** A temporary copy of dist/chrome, changed as `options` say (the shipped files are never touched). */
export async function extensionCopy(options: CopyOptions): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kidshield-bench-ext-'));
  temporary.push(dir);
  await cp('dist/chrome', dir, { recursive: true });
  const path = join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(path, 'utf8')) as {
    declarative_net_request: { rule_resources: { enabled: boolean }[] };
  };
  if (options.allEnabled) {
    for (const r of manifest.declarative_net_request.rule_resources) r.enabled = true;
  }
  if (options.withoutPageReader) await rm(join(dir, PAGE_READER_FILE));
  await writeFile(path, JSON.stringify(manifest));
  return dir;
}

/** A school-ish page (about 15 kB): headings, Vietnamese text, a table, a few inline images. */
export function schoolPage(): ReturnType<typeof html> {
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

// ---------- the process tree (/proc) ----------

/** The pids of `rootPid` and all its descendants. */
export function processTree(rootPid: number): number[] {
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
  const out: number[] = [];
  const stack = rootPid ? [rootPid] : [];
  while (stack.length) {
    const pid = stack.pop() as number;
    out.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
}

/** A `Name:  <n> kB` field of /proc/<pid>/<file>, in bytes (0 when the process is gone). */
export function procField(pid: number, file: string, field: string): number {
  try {
    const kb = new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(
      readFileSync(`/proc/${pid}/${file}`, 'utf8'),
    )?.[1];
    return Number(kb ?? 0) * 1024;
  } catch {
    return 0;
  }
}

const CLOCK_TICKS_PER_SECOND = 100;

/** Where a process of the browser's tree belongs, for CPU accounting. */
export type ProcessKind = 'browser' | 'web renderers' | 'extension' | 'other';
export const PROCESS_KINDS: ProcessKind[] = ['browser', 'web renderers', 'extension', 'other'];

export function processKind(pid: number, rootPid: number): ProcessKind {
  if (pid === rootPid) return 'browser';
  try {
    // Chromium rewrites its command line in place: arguments may be split by spaces, not NULs.
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split(/[\0 ]/);
    if (args.includes('--extension-process')) return 'extension';
    if (args.includes('--type=renderer') && !args.includes('--top-chrome-webui')) {
      return 'web renderers';
    }
  } catch {
    // gone
  }
  return 'other';
}

/** CPU time (user + system, ms) a process has used so far; 0 once it is gone. */
function processCpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15)
    return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** The sum of a by-kind reading (`treeCpuByKind`). */
export function cpuSum(byKind: Record<ProcessKind, number>): number {
  return PROCESS_KINDS.reduce((sum, kind) => sum + byKind[kind], 0);
}

/**
 * CPU time (user + system, ms) used so far by `rootPid` and the descendants alive now, by kind
 * of process. A process that ended meanwhile drops out, so compare readings across a span in
 * which the tree's membership does not change (a page's renderer is reused for same-site loads).
 */
export function treeCpuByKind(rootPid: number): Record<ProcessKind, number> {
  const out: Record<ProcessKind, number> = {
    browser: 0,
    'web renderers': 0,
    extension: 0,
    other: 0,
  };
  for (const pid of processTree(rootPid)) out[processKind(pid, rootPid)] += processCpuMs(pid);
  return out;
}

/** CPU time (user + system, ms) of the whole tree so far, without sorting it by kind. */
export function treeCpuMs(rootPid: number): number {
  return processTree(rootPid).reduce((sum, pid) => sum + processCpuMs(pid), 0);
}

/**
 * Waits until the browser's whole tree has used under `quietShare` of one core over two
 * consecutive `stepMs` windows (start-up work such as Chromium's WebUI preloads has finished),
 * or `maxMs` passed. Returns the time waited.
 */
export async function waitUntilQuiet(
  rootPid: number,
  { stepMs = 250, quietShare = 0.1, maxMs = 20_000 } = {},
): Promise<number> {
  const started = performance.now();
  let last = treeCpuMs(rootPid);
  let quietSteps = 0;
  while (quietSteps < 2 && performance.now() - started < maxMs) {
    await sleep(stepMs);
    const now = treeCpuMs(rootPid);
    quietSteps = now - last <= stepMs * quietShare ? quietSteps + 1 : 0;
    last = now;
  }
  return performance.now() - started;
}

// ---------- statistics and report bits ----------

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

export function chromiumVersion(): string {
  try {
    return (
      execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' }).trim().split('\n').pop() ??
      ''
    );
  } catch {
    return 'unknown Chromium';
  }
}

export const f1 = (n: number) => n.toFixed(1);
export const verdict = (ok: boolean) => (ok ? 'met' : '**not met**');
