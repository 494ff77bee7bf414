/**
 * Used by `npm run bench:rules`: KidShield installed the way a school installs it, packed and
 * forced by machine policy, rather than loaded unpacked. An unpacked extension is indexed again at
 * every browser start; a packed one keeps the rule index it built at install. Node only.
 *
 * The repo has no private key for KidShield's fixed id, so the copy is signed with a key made for
 * the run: the id changes, and the copy's rulesets redirect to that id's blocked page instead.
 * Chromium downloads the CRX from a local update server named by `ExtensionInstallForcelist` in a
 * policy file of its own in /etc/chromium/policies/managed (machine-wide: it needs root, and it is
 * removed when the measurement ends, or when the process exits).
 */
import { execFileSync } from 'node:child_process';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { accessSync, constants, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_EXTENSION_ID } from '../src/core/extension-identity.ts';
import { CHROMIUM_PATH } from '../test/e2e/harness/chromium.ts';
import type { TestServer } from '../test/e2e/harness/server.ts';
import { firstBlock, launch, newProfileDir } from './browser.ts';

const POLICY_DIR = '/etc/chromium/policies/managed';

export interface PackedStarts {
  /** From launch on a new profile (download, install, indexing) to the first block; seconds. */
  installSeconds: number;
  /** The same profile started again, each time; seconds. */
  restartSeconds: number[];
}

/** Why this machine cannot measure a packed install, or undefined when it can. */
export function packedInstallUnavailable(): string | undefined {
  try {
    accessSync(POLICY_DIR, constants.W_OK);
    return undefined;
  } catch {
    return `${POLICY_DIR} is not writable (a force-install policy needs root)`;
  }
}

/** Chromium's id for a public key: the first 128 bits of its SHA-256, written with a–p. */
function extensionIdOf(spkiDer: Buffer): string {
  const hex = createHash('sha256').update(spkiDer).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

interface PackedCopy {
  id: string;
  version: string;
  crx: Buffer;
}

/** Packs a copy of `extensionDir` under a new key, its rulesets pointed at the new id. */
async function pack(extensionDir: string): Promise<PackedCopy> {
  const work = await mkdtemp(join(tmpdir(), 'kidshield-bench-crx-'));
  try {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const id = extensionIdOf(publicKey.export({ type: 'spki', format: 'der' }));
    const keyPath = join(work, 'key.pem');
    writeFileSync(keyPath, privateKey.export({ type: 'pkcs8', format: 'pem' }));
    const dir = join(work, 'extension');
    await cp(extensionDir, dir, { recursive: true });
    rmSync(join(dir, '_metadata'), { recursive: true, force: true });
    const manifestPath = join(dir, 'manifest.json');
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as {
      key?: string;
      version: string;
    };
    delete manifest.key;
    await writeFile(manifestPath, JSON.stringify(manifest));
    for (const file of readdirSync(join(dir, 'rulesets'))) {
      const path = join(dir, 'rulesets', file);
      const text = await readFile(path, 'utf8');
      await writeFile(path, text.replaceAll(CHROME_EXTENSION_ID, id));
    }
    execFileSync(
      CHROMIUM_PATH,
      ['--headless', '--no-sandbox', `--pack-extension=${dir}`, `--pack-extension-key=${keyPath}`],
      { stdio: 'ignore' },
    );
    return { id, version: manifest.version, crx: readFileSync(`${dir}.crx`) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Serves the update manifest and the CRX on localhost (outside the fake-host mapping). */
async function startUpdateServer(copy: PackedCopy) {
  const server = createServer((request, response) => {
    if (request.url?.startsWith('/updates.xml')) {
      response.writeHead(200, { 'content-type': 'text/xml' });
      response.end(
        `<?xml version="1.0" encoding="UTF-8"?><gupdate xmlns="http://www.google.com/update2/response" protocol="2.0"><app appid="${copy.id}"><updatecheck codebase="http://localhost:${port}/kidshield.crx" version="${copy.version}"/></app></gupdate>`,
      );
    } else {
      response.writeHead(200, { 'content-type': 'application/x-chrome-extension' });
      response.end(copy.crx);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    updateUrl: `http://localhost:${port}/updates.xml`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Writes the force-install policy; the returned function removes it. So does an exit, Ctrl-C or
 * a kill: a policy left behind would force the copy into every Chromium on the machine.
 */
function forceInstall(id: string, updateUrl: string): () => void {
  const path = join(POLICY_DIR, `kidshield-bench-packed-${process.pid}.json`);
  writeFileSync(path, JSON.stringify({ ExtensionInstallForcelist: [`${id};${updateUrl}`] }));
  const onSignal = (signal: NodeJS.Signals) => {
    remove();
    process.kill(process.pid, signal);
  };
  const remove = () => {
    rmSync(path, { force: true });
    process.off('exit', remove);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
  process.once('exit', remove);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return remove;
}

/**
 * Packs `extensionDir`, force-installs it on a new profile and times the first block, then starts
 * that profile `restarts` more times and times each first block.
 */
export async function measurePackedInstall(
  server: TestServer,
  extensionDir: string,
  blockedHost: string,
  restarts = 2,
): Promise<PackedStarts> {
  const copy = await pack(extensionDir);
  const updates = await startUpdateServer(copy);
  const removePolicy = forceInstall(copy.id, updates.updateUrl);
  const prefix = `chrome-extension://${copy.id}/blocked.html?`;
  const profile = newProfileDir();
  const start = async () => {
    const started = performance.now();
    const browser = await launch(server, undefined, profile, { extensionDownloads: true });
    try {
      return (await firstBlock(browser, started, blockedHost, prefix)).seconds;
    } finally {
      await browser.close();
    }
  };
  try {
    const installSeconds = await start();
    const restartSeconds: number[] = [];
    for (let i = 0; i < restarts; i++) restartSeconds.push(await start());
    return { installSeconds, restartSeconds };
  } finally {
    removePolicy();
    await updates.close();
  }
}
