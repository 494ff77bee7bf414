/**
 * The tricks a pupil (or a link) uses to get past a blocklist, against a real listed gambling
 * domain at the default tier: every one must still end on the blocked page, and the site must
 * never be reached (the local server records every request it gets).
 */
import { domainToUnicode } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockedUrl, isBlockedPage } from './harness/blocked.ts';
import { launchWithExtension, sleep, visit, waitUntil } from './harness/chromium.ts';
import type { ExtensionSession } from './harness/chromium.ts';
import { listedDomain } from './harness/listed-domains.ts';
import { setPolicy } from './harness/policy.ts';
import { html, redirect } from './harness/server.ts';

const isIdn = (d: string) => d.split('.').some((label) => label.startsWith('xn--'));
/** An IDN whose Unicode form has Vietnamese letters (sexviệtnam.com in the shipped adult list). */
const isVietnameseIdn = (d: string) => isIdn(d) && /[à-ỹ]/u.test(domainToUnicode(d));

describe('bypass battery: a listed site stays blocked however it is reached', () => {
  let session: ExtensionSession;
  const gambling = listedDomain('gambling');
  const idn = listedDomain('adult', isVietnameseIdn);
  let counter = 0;
  /** A path no other case uses, so "the server never saw it" means this case. */
  const marker = () => `/bypass-${++counter}`;
  const reached = (path: string) => session.server.requests.some((r) => r.path.startsWith(path));

  beforeAll(async () => {
    session = await launchWithExtension();
    await session.serviceWorker();
    await setPolicy(session, { tier: 'lower' });
  });
  afterAll(async () => session?.close());

  async function expectBlocked(url: string, category: string, path: string) {
    const page = await session.newPage();
    const landed = await visit(page, url);
    await page.close();
    expect(landed, url).toSatisfy((l: string) => isBlockedPage(l, category));
    expect(reached(path), `${url} reached the server`).toBe(false);
  }

  it('the chosen domains are real list entries (gambling, and an IDN in adult)', () => {
    expect(gambling).toMatch(/\./);
    expect(isIdn(idn)).toBe(true);
    expect(domainToUnicode(idn)).not.toBe(idn);
  });

  it('upper-case host', async () => {
    const path = marker();
    await expectBlocked(`http://${gambling.toUpperCase()}${path}`, 'gambling', path);
  });

  it('trailing dot', async () => {
    const path = marker();
    await expectBlocked(`http://${gambling}.${path}`, 'gambling', path);
  });

  it('subdomain and www.', async () => {
    const a = marker();
    await expectBlocked(`http://www.${gambling}${a}`, 'gambling', a);
    const b = marker();
    await expectBlocked(`https://m.cdn.${gambling}${b}`, 'gambling', b);
  });

  it('explicit port', async () => {
    const path = marker();
    await expectBlocked(`http://${gambling}:8080${path}`, 'gambling', path);
  });

  it('percent-encoded path and query, and a percent-encoded letter in the host', async () => {
    const a = marker();
    await expectBlocked(`http://${gambling}${a}/%6B%65%6F?q=%6E%68%61`, 'gambling', a);
    const b = marker();
    const host = gambling.replace(/[a-z]/, (c) => `%${c.charCodeAt(0).toString(16)}`);
    await expectBlocked(`http://${host}${b}`, 'gambling', b);
  });

  it('user name and password in the address', async () => {
    const path = marker();
    await expectBlocked(`http://hocsinh:123@${gambling}${path}`, 'gambling', path);
  });

  it('punycode and Unicode forms of a listed IDN domain', async () => {
    const a = marker();
    await expectBlocked(`http://${idn}${a}`, 'adult', a);
    const b = marker();
    await expectBlocked(`http://${domainToUnicode(idn)}${b}`, 'adult', b);
  });

  it('IP literal (IPv4 and IPv6)', async () => {
    const a = marker();
    await expectBlocked(`http://203.0.113.7${a}`, 'ip_literal', a);
    const b = marker();
    await expectBlocked(`http://[2001:db8::7]${b}`, 'ip_literal', b);
  });

  it('iframe of a blocked site inside an allowed page: the frame never gets the site', async () => {
    const path = marker();
    session.server.route(
      'truong-hoc.test',
      html(
        'Trường học',
        `<h1>Bài tập</h1><iframe id="f" src="http://${gambling}${path}"></iframe>`,
      ),
      '/iframe',
    );
    const page = await session.newPage();
    expect(await visit(page, 'http://truong-hoc.test/iframe')).toBe(
      'http://truong-hoc.test/iframe',
    );
    await sleep(500);
    const frameUrls = page.frames().map((f) => f.url());
    await page.close();
    expect(reached(path)).toBe(false);
    expect(frameUrls.some((u) => u.includes(gambling))).toBe(false);
  });

  it('window.open from an allowed page', async () => {
    const path = marker();
    const opener = await session.newPage();
    await visit(opener, 'http://truong-hoc.test/');
    const url = `http://${gambling}${path}`;
    await opener.evaluate((u) => void window.open(u, '_blank'), url);
    const target = await session.browser.waitForTarget(
      (t) => t.url() === blockedUrl('gambling', url),
      { timeout: 15_000 },
    );
    const popup = await target.page();
    await popup?.close();
    await opener.close();
    expect(reached(path)).toBe(false);
  });

  it('a redirect through an allowed redirector (302 to the listed site)', async () => {
    const path = marker();
    session.server.route('chuyen-huong.test', redirect(`http://${gambling}${path}`), '/r');
    const page = await session.newPage();
    const landed = await visit(page, 'http://chuyen-huong.test/r');
    await page.close();
    expect(landed).toBe(blockedUrl('gambling', `http://${gambling}${path}`));
    expect(reached(path)).toBe(false);
  });

  it('a translation proxy host (<site>.translate.goog) is blocked as a proxy', async () => {
    const path = marker();
    const proxied = gambling.replace(/-/g, '--').replace(/\./g, '-');
    await expectBlocked(
      `https://${proxied}.translate.goog${path}?_x_tr_sl=auto&_x_tr_tl=vi`,
      'proxy',
      path,
    );
  });

  it('control: the same hosts reach the server once the tier allows them', async () => {
    const path = marker();
    const ip = marker();
    const page = await session.newPage();
    expect(await visit(page, `http://${gambling}${path}`)).toSatisfy((l: string) =>
      isBlockedPage(l, 'gambling'),
    );
    await setPolicy(session, { tier: 'adult' });
    expect(await visit(page, `http://${gambling}${path}`)).toBe(`http://${gambling}${path}`);
    expect(await visit(page, `http://203.0.113.7${ip}`)).toBe(`http://203.0.113.7${ip}`);
    await page.close();
    await waitUntil(() => reached(path) && reached(ip));
    await setPolicy(session, { tier: 'lower' });
  });
});
