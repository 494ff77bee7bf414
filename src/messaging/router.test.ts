import { describe, expect, it } from 'vitest';
import { createRouter } from './router.ts';
import { senderKind } from './sender.ts';
import type { OwnIdentity } from './sender.ts';

const self: OwnIdentity = { id: 'abc', origin: 'chrome-extension://abc' };
const page = { id: 'abc', url: 'chrome-extension://abc/blocked.html?c=adult', tab: { id: 4 } };
const content = { id: 'abc', url: 'https://news.example/a', tab: { id: 7 } };

const router = createRouter(
  'background',
  {
    'child/context': async () => ({ tier: 'lower', profileName: 'Lớp 7A', contacts: [] }),
    'classify/page': async (payload, { tabId }) => ({
      action: 'none',
      score: payload.text.length + (tabId ?? 0),
    }),
  },
  self,
);

describe('sender kinds', () => {
  it('tells content scripts, extension pages, the offscreen document and the background apart', () => {
    expect(senderKind(content, self)).toBe('content');
    expect(senderKind(page, self)).toBe('extension-page');
    expect(senderKind({ id: 'abc', url: 'chrome-extension://abc/offscreen.html' }, self)).toBe(
      'offscreen',
    );
    expect(
      senderKind({ id: 'abc', url: 'chrome-extension://abc/service-worker-loader.js' }, self),
    ).toBe('background');
  });

  it('trusts no other extension, and no web page outside a tab', () => {
    expect(senderKind({ ...content, id: 'evil' }, self)).toBeUndefined();
    expect(senderKind({ id: 'abc', url: 'https://news.example/' }, self)).toBeUndefined();
    expect(
      senderKind({ id: 'abc', url: 'chrome-extension://other/popup.html', tab: {} }, self),
    ).toBeUndefined();
    expect(senderKind({ id: 'abc' }, self)).toBeUndefined();
  });
});

describe('router', () => {
  it('answers a valid message from an allowed sender', async () => {
    await expect(
      router({ target: 'background', kind: 'child/context', payload: {} }, page),
    ).resolves.toEqual({
      ok: true,
      value: { tier: 'lower', profileName: 'Lớp 7A', contacts: [] },
    });
    await expect(
      router(
        {
          target: 'background',
          kind: 'classify/page',
          payload: { url: 'x', text: 'abc', kind: 'page' },
        },
        content,
      ),
    ).resolves.toEqual({ ok: true, value: { action: 'none', score: 10 } });
  });

  it('stays silent on messages for another context and on junk', () => {
    expect(
      router({ target: 'offscreen', kind: 'classify/text', payload: {} }, page),
    ).toBeUndefined();
    expect(router('hello', page)).toBeUndefined();
    expect(router(null, page)).toBeUndefined();
  });

  it('refuses a sender the message does not allow: a web page cannot read the settings', async () => {
    await expect(
      router({ target: 'background', kind: 'child/context', payload: {} }, content),
    ).resolves.toMatchObject({
      ok: false,
      error: expect.stringContaining('sender not allowed'),
    });
  });

  it('names the field of an invalid payload, and unknown kinds', async () => {
    await expect(
      router(
        {
          target: 'background',
          kind: 'classify/page',
          payload: { url: 'x', text: 5, kind: 'page' },
        },
        content,
      ),
    ).resolves.toMatchObject({ ok: false, error: expect.stringContaining('text') });
    await expect(
      router({ target: 'background', kind: 'settings/wipe', payload: {} }, page),
    ).resolves.toMatchObject({
      ok: false,
      error: expect.stringContaining('unknown message kind'),
    });
  });

  it('turns a failing handler into an error reply', async () => {
    const failing = createRouter(
      'background',
      { 'child/context': async () => Promise.reject(new Error('disk full')) },
      self,
    );
    await expect(
      failing({ target: 'background', kind: 'child/context', payload: {} }, page),
    ).resolves.toEqual({
      ok: false,
      error: 'disk full',
    });
  });
});
