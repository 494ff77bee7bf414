import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeDownload, extractTarMember, updateSources, validateList } from './rules-update.ts';

/** A one-file ustar archive. */
function tar(name: string, body: string): Buffer {
  const header = Buffer.alloc(512);
  header.write(name, 0);
  header.write('0000644\0', 100);
  header.write(`${Buffer.byteLength(body).toString(8).padStart(11, '0')}\0`, 124);
  header.write('0', 156);
  header.write('ustar\0', 257);
  const data = Buffer.alloc(Math.ceil(Buffer.byteLength(body) / 512) * 512);
  data.write(body);
  return Buffer.concat([header, data, Buffer.alloc(1024)]);
}

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0)) await c();
});

async function serve(routes: Record<string, Buffer | string | number>): Promise<string> {
  const server: Server = createServer((req, res) => {
    const body = routes[req.url ?? ''];
    if (body === undefined || typeof body === 'number') {
      res.statusCode = typeof body === 'number' ? body : 404;
      res.end();
    } else res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanup.push(() => new Promise((resolve) => server.close(() => resolve())));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('rules:update', () => {
  it('downloads plain, .gz and .tar.gz sources from a mirror, keeps old files on failure', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kidshield-update-'));
    cleanup.push(() => rm(dir, { recursive: true, force: true }));
    const sourcesDir = join(dir, 'sources');
    await mkdir(join(sourcesDir, 'x'), { recursive: true });
    await writeFile(join(sourcesDir, 'x/broken.txt'), 'old.example\n');
    await writeFile(join(sourcesDir, 'x/missing.txt'), 'kept.example\n');
    await writeFile(join(sourcesDir, 'x/empty.txt'), 'still.example\n');
    const sources = [
      { path: 'x/plain.txt', url: 'https://upstream.invalid/plain.txt' },
      { path: 'x/gz.txt', url: 'https://upstream.invalid/gz.txt.gz' },
      {
        path: 'ut1/adult/domains',
        url: 'https://upstream.invalid/adult.tar.gz',
        extract: 'adult/domains',
      },
      { path: 'x/broken.txt', url: 'https://upstream.invalid/broken' },
      { path: 'x/missing.txt', url: 'https://upstream.invalid/missing' },
      { path: 'x/empty.txt', url: 'https://upstream.invalid/empty' },
      { path: 'x/local.txt' },
    ];
    const sourcesJson = join(dir, 'sources.json');
    await writeFile(sourcesJson, JSON.stringify({ sources }));
    const base = await serve({
      '/x/plain.txt': '# list\na.example\n0.0.0.0 b.example\n',
      '/x/gz.txt': gzipSync('c.example\n'),
      '/ut1/adult/domains': gzipSync(tar('adult/domains', 'porn.example\nxxx.example\n')),
      '/x/broken.txt': '<html><body>not a list</body></html>\n<p>at all</p>\n',
      '/x/missing.txt': 500,
      '/x/empty.txt': '',
    });
    const lines: string[] = [];
    const results = await updateSources({
      sourcesJson,
      sourcesDir,
      baseUrl: base,
      log: (l) => lines.push(l),
    });
    expect(results.map((r) => [r.path, r.ok])).toEqual([
      ['x/plain.txt', true],
      ['x/gz.txt', true],
      ['ut1/adult/domains', true],
      ['x/broken.txt', false],
      ['x/missing.txt', false],
      ['x/empty.txt', false],
    ]);
    expect(await readFile(join(sourcesDir, 'x/plain.txt'), 'utf8')).toBe(
      '# list\na.example\n0.0.0.0 b.example\n',
    );
    expect(await readFile(join(sourcesDir, 'x/gz.txt'), 'utf8')).toBe('c.example\n');
    expect(await readFile(join(sourcesDir, 'ut1/adult/domains'), 'utf8')).toBe(
      'porn.example\nxxx.example\n',
    );
    expect(await readFile(join(sourcesDir, 'x/broken.txt'), 'utf8')).toBe('old.example\n');
    expect(await readFile(join(sourcesDir, 'x/missing.txt'), 'utf8')).toBe('kept.example\n');
    expect(await readFile(join(sourcesDir, 'x/empty.txt'), 'utf8')).toBe('still.example\n');
    expect(lines[4]).toMatch(/^FAIL x\/missing.txt <- .*HTTP 500; old file kept$/);
    expect((await readdir(join(sourcesDir, 'x'))).filter((f) => f.includes('.download-'))).toEqual(
      [],
    );
  });

  it('validates and decodes', () => {
    expect(validateList('a.example\nb.example\nnot a domain\n')).toEqual({ lines: 3, valid: 2 });
    expect(() => validateList('')).toThrow(/no valid entry/);
    expect(decodeDownload(gzipSync(tar('a/b', 'x.example\n')), 'a/b')).toBe('x.example\n');
    expect(() => decodeDownload(tar('a/b', 'x'), 'a/c')).toThrow(/no a\/c/);
    expect(extractTarMember(tar('./a/b', 'hi'), 'a/b')?.toString()).toBe('hi');
  });
});
