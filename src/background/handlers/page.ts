/**
 * Handlers for page text: classify what the content script sends, with the tier's verdict; close
 * the idle classifier when the offscreen document says it has nothing to do.
 */
import type { Send } from '../../messaging/client.ts';
import type { Handlers } from '../../messaging/router.ts';
import { classifyPage, closeIdleClassifier } from '../classify-pipeline.ts';
import { currentState } from '../state.ts';

export function pageHandlers(send: Send): Handlers {
  return {
    'classify/page': async (payload, { sender }) => {
      const { profile } = await currentState();
      // The page's own address comes from the browser, never from what the page says.
      return classifyPage(send, profile, { ...payload, url: sender.url ?? payload.url });
    },
    'classifier/idle': async () => closeIdleClassifier(),
  };
}
