import { describe, expect, it } from 'vitest';
import { createRouter } from '../router.ts';
import type { Handlers } from '../router.ts';
import { SETTINGS_MESSAGES } from './settings.ts';

// As the background computes it: `getURL('/')` without the trailing slash.
const self = { id: 'ext', origin: 'chrome-extension://ext' };
const handlers = Object.fromEntries(
  Object.keys(SETTINGS_MESSAGES).map((kind) => [kind, () => Promise.resolve('handled')]),
) as unknown as Handlers;
const router = createRouter('background', handlers, self);

describe('settings messages', () => {
  it('are accepted only from extension pages, never from content scripts or web pages', async () => {
    for (const kind of Object.keys(SETTINGS_MESSAGES)) {
      const message = { target: 'background', kind, payload: {} };
      const fromContent = await router(message, {
        id: 'ext',
        url: 'https://evil.example/',
        tab: { id: 1 },
      });
      expect(fromContent).toEqual({ ok: false, error: `${kind}: sender not allowed` });
      const fromWeb = await router(message, { url: 'https://evil.example/', tab: { id: 1 } });
      expect(fromWeb?.ok).toBe(false);
    }
    const fromConsole = await router(
      { target: 'background', kind: 'pin/status', payload: {} },
      { id: 'ext', url: 'chrome-extension://ext/options.html' },
    );
    expect(fromConsole).toEqual({ ok: true, value: 'handled' });
  });
});
