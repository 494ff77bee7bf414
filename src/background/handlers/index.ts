/** Every background handler, joined from the areas (one file per area). */
import type { Send } from '../../messaging/client.ts';
import type { Handlers } from '../../messaging/router.ts';
import { blockedHandlers } from './blocked.ts';
import { childHandlers } from './child.ts';
import { monitoringHandlers } from './monitoring.ts';
import { pageHandlers } from './page.ts';
import { settingsHandlers } from './settings.ts';
import { statusHandlers } from './status.ts';

export function backgroundHandlers(send: Send): Handlers {
  return {
    ...pageHandlers(send),
    ...childHandlers(),
    ...statusHandlers(),
    ...blockedHandlers(),
    ...monitoringHandlers(),
    ...settingsHandlers(),
  };
}
