/**
 * What a child sees on the blocked page: the category and the reason in plain words, one safety
 * tip for the tier, "ask for access", "get help: 111" as a tel: link, and the school's local
 * contacts from policy. Strings are compared with the locale file of the browser's language.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, visit, waitInPage } from './harness/chromium.ts';
import type { ExtensionSession } from './harness/chromium.ts';
import { listedDomain } from './harness/listed-domains.ts';
import { setPolicy } from './harness/policy.ts';

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
    expect(view.tip?.length).toBeGreaterThan(20);
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
