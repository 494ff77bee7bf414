/**
 * What a child sees on the blocked page: the category and the reason in plain words, one safety
 * tip for the tier, "ask for access", "get help: 111" as a tel: link, and the school's local
 * contacts from policy. Strings are compared with the locale file of the browser's language.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, visit, waitInPage } from './harness/chromium.ts';
import type { ExtensionSession } from './harness/chromium.ts';
import { listedDomain } from './harness/listed-domains.ts';
import { setPolicy } from './harness/policy.ts';
import { lessonFor } from '../../src/ui/shared/safety-lessons.ts';

type Messages = Record<string, { message: string }>;

describe('the blocked page explains, teaches and offers help', () => {
  let session: ExtensionSession;
  let messages: Messages;

  beforeAll(async () => {
    session = await launchWithExtension();
    await session.serviceWorker();
  });
  afterAll(async () => session?.close());

  async function open(url: string) {
    const page = await session.newPage();
    await visit(page, url);
    await waitInPage(page, () => (document.querySelector('#tip-title')?.textContent ?? '') !== '');
    if (!messages) {
      const lang = await page.evaluate(() => chrome.i18n.getUILanguage());
      const dir = lang.startsWith('vi') ? 'vi' : 'en';
      messages = JSON.parse(
        readFileSync(`public/_locales/${dir}/messages.json`, 'utf8'),
      ) as Messages;
    }
    return page;
  }

  it('says why in words, with a tip, ask-for-access, 111 and the local contacts', async () => {
    await setPolicy(session, {
      tier: 'lower',
      contacts: [
        { name: 'Cô Lan – tư vấn học đường', phone: '0912 345 678', area: 'THCS Nguyễn Du' },
        { name: 'Phòng LĐ-TB&XH quận 1', url: 'https://quan1.example.vn/tre-em' },
      ],
    });
    const drugs = listedDomain('drugs');
    const page = await open(`http://hocsinh:bimat@${drugs}/mua?x=1&y=2`);
    const view = await page.evaluate(() => ({
      category: document.querySelector('[data-testid="blocked-category"]')?.textContent,
      reason: document.querySelector('#reason')?.textContent,
      address: document.querySelector('[data-testid="blocked-url"]')?.textContent,
      tip: document.querySelector('#tip-body')?.textContent,
      hotline: document.querySelector('[data-testid="hotline-111"]')?.getAttribute('href'),
      ask: !!document.querySelector('[data-testid="ask-access"]'),
      contacts: [...document.querySelectorAll('[data-testid="contacts"] li')].map(
        (li) => li.textContent,
      ),
      tels: [...document.querySelectorAll('[data-testid="contacts"] a[href^="tel:"]')].map((a) =>
        a.getAttribute('href'),
      ),
    }));
    expect(view.category).toContain(messages.category_drugs?.message);
    expect(view.reason).toBe(messages.reason_drugs?.message);
    expect(view.address).toBe(`http://${drugs}/mua?x=1&y=2`);
    // The tip is in the same language as the page's strings.
    const tipLang = messages.localeLanguage?.message === 'vi' ? 'vi' : 'en';
    expect(view.tip).toBe(lessonFor('drugs', 'lower')[tipLang].body);
    expect(view.hotline).toBe('tel:111');
    expect(view.ask).toBe(true);
    expect(view.tels).toEqual(['tel:111', 'tel:0912345678']);
    expect(view.contacts.join('\n')).toContain('Cô Lan');
    expect(view.contacts.join('\n')).toContain('quan1.example.vn');
    await page
      .screenshot({ path: 'test-results/blocked-page.png', fullPage: true })
      .catch(() => undefined);
    await page.close();
  });

  it('every reason the rules use has its own words: custom, lesson, IP literal, proxy', async () => {
    await setPolicy(session, { tier: 'lower', block: ['tu-chan.test'] });
    for (const [url, reason] of [
      ['http://tu-chan.test/', 'custom'],
      ['http://203.0.113.9/', 'ip_literal'],
      [`http://${listedDomain('proxy')}/`, 'proxy'],
      [`http://${listedDomain('weapons')}/`, 'weapons'],
    ] as const) {
      const page = await open(url);
      expect(await page.$eval('#reason', (p) => p.textContent)).toBe(
        messages[`reason_${reason}`]?.message,
      );
      await page.close();
    }
  });
});

describe('the blocked page in Vietnamese', () => {
  let session: ExtensionSession;
  let copy: string;

  beforeAll(async () => {
    // Chromium's UI is en-US here: a temp copy whose en strings are the vi ones stands in for a
    // browser that picks the Vietnamese strings (a Vietnamese UI, or any language without strings).
    copy = mkdtempSync(join(tmpdir(), 'kidshield-vi-'));
    cpSync('dist/chrome', copy, { recursive: true });
    cpSync(join(copy, '_locales/vi/messages.json'), join(copy, '_locales/en/messages.json'));
    session = await launchWithExtension({ extensionSource: copy });
    await session.serviceWorker();
  });
  afterAll(async () => {
    await session?.close();
    rmSync(copy, { recursive: true, force: true });
  });

  it('the reason, the tip and the page language are all Vietnamese', async () => {
    const vi = JSON.parse(readFileSync('public/_locales/vi/messages.json', 'utf8')) as Messages;
    await setPolicy(session, { tier: 'early' });
    const page = await session.newPage();
    await visit(page, `http://${listedDomain('games')}/`);
    await waitInPage(page, () => (document.querySelector('#tip-title')?.textContent ?? '') !== '');
    const view = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      reason: document.querySelector('#reason')?.textContent,
      tip: document.querySelector('#tip-title')?.textContent,
      hotline: document.querySelector('[data-testid="hotline-111"]')?.textContent,
    }));
    await page.close();
    expect(view.lang).toBe('vi');
    expect(view.reason).toBe(vi.reason_games?.message);
    expect(view.tip).toBe(lessonFor('games', 'early').vi.title);
    expect(view.hotline).toBe(vi.getHelp111?.message);
  });
});
