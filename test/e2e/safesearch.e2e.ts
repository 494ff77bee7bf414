/**
 * SafeSearch is forced where the search engine gets the request: the local server (standing in
 * for Google, Bing, DuckDuckGo and YouTube over HTTPS) must see `safe=active`, `adlt=strict`,
 * `kp=1` and the `YouTube-Restrict` header the tier asks for; with `safeSearch: false` it must not.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TierId } from '../../src/core/taxonomy.ts';
import { launchWithExtension, visit } from './harness/chromium.ts';
import type { ExtensionSession } from './harness/chromium.ts';
import { setPolicy } from './harness/policy.ts';
import type { SeenRequest } from './harness/server.ts';

const ENGINES = [
  { name: 'Google', url: 'https://www.google.com/search?q=', key: 'safe', value: 'active' },
  {
    name: 'Google Việt Nam',
    url: 'https://www.google.com.vn/search?q=',
    key: 'safe',
    value: 'active',
  },
  {
    name: 'Google images',
    url: 'https://www.google.com/images/search?safe=off&q=',
    key: 'safe',
    value: 'active',
  },
  { name: 'Bing', url: 'https://www.bing.com/search?q=', key: 'adlt', value: 'strict' },
  { name: 'DuckDuckGo', url: 'https://duckduckgo.com/?q=', key: 'kp', value: '1' },
  { name: 'DuckDuckGo html', url: 'https://html.duckduckgo.com/html/?q=', key: 'kp', value: '1' },
] as const;

describe('SafeSearch and YouTube restrictions reach the search engines', () => {
  let session: ExtensionSession;
  let n = 0;

  beforeAll(async () => {
    session = await launchWithExtension();
    await session.serviceWorker();
  });
  afterAll(async () => session?.close());

  /** Opens `url` and returns what the server received for it (found by a unique query word). */
  async function search(base: string): Promise<{ landed: string; seen: SeenRequest }> {
    const word = `meo-con-${++n}`;
    const page = await session.newPage();
    const landed = await visit(page, `${base}${word}`);
    await page.close();
    const seen = session.server.requests.find((r) => r.path.includes(word));
    if (!seen) throw new Error(`the server never saw ${base}${word}`);
    return { landed, seen };
  }

  const params = (r: SeenRequest) => new URL(r.path, 'https://x').searchParams;

  for (const engine of ENGINES) {
    it(`${engine.name}: ${engine.key}=${engine.value} reaches the server`, async () => {
      await setPolicy(session, { tier: 'lower' });
      const { landed, seen } = await search(engine.url);
      expect(seen.secure).toBe(true);
      expect(params(seen).getAll(engine.key)).toEqual([engine.value]);
      expect(new URL(landed).searchParams.get(engine.key)).toBe(engine.value);
    });
  }

  const youtube: [TierId, string | undefined][] = [
    ['early', 'Strict'],
    ['lower', 'Strict'],
    ['upper', 'Moderate'],
    ['adult', undefined],
  ];
  for (const [tier, header] of youtube) {
    it(`YouTube-Restrict for ${tier}: ${header ?? 'none'}`, async () => {
      await setPolicy(session, { tier });
      const { seen } = await search('https://www.youtube.com/results?search_query=');
      expect(seen.secure).toBe(true);
      expect(seen.headers['youtube-restrict']).toBe(header);
      const mobile = await search('https://m.youtube.com/results?search_query=');
      expect(mobile.seen.headers['youtube-restrict']).toBe(header);
      // Search engines stay safe at every tier, the adults' own included.
      const google = await search(ENGINES[0].url);
      expect(params(google.seen).get('safe')).toBe('active');
    });
  }

  it('with safeSearch off in the policy, nothing is added (and it was before)', async () => {
    await setPolicy(session, { tier: 'lower' });
    const before = await search(ENGINES[0].url);
    expect(params(before.seen).get('safe')).toBe('active');
    await setPolicy(session, { tier: 'lower', safeSearch: false });
    const google = await search(ENGINES[0].url);
    expect(params(google.seen).has('safe')).toBe(false);
    const yt = await search('https://www.youtube.com/results?search_query=');
    expect(yt.seen.headers['youtube-restrict']).toBeUndefined();
  });
});
