/** The typed message client for extension pages. */
import { createClient } from '../../messaging/client.ts';
import { sendRuntimeMessage } from '../../platform/runtime.ts';

export const send = createClient(sendRuntimeMessage);
