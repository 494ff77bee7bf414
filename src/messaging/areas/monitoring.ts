/** Monitoring: access-request decisions, reviewed marks, children's reports, monitoring settings. */
import { z } from 'zod';
import { ACCESS_DURATION_IDS } from '../../core/access.ts';
import type { AccessRequest } from '../../core/access.ts';
import { BLOCK_REASONS } from '../../core/block-reason.ts';
import type { MonitoringSettings } from '../../core/monitoring.ts';
import type { MessageDefinition } from './define.ts';

const requestId = z.number().int().positive();

export const MONITORING_MESSAGES = {
  'access/adult': {
    target: 'background',
    senders: ['extension-page'],
    payload: z.object({}),
  },
  'access/approve': {
    target: 'background',
    senders: ['extension-page'],
    payload: z.object({
      requestId,
      duration: z.enum(ACCESS_DURATION_IDS),
      /** The PIN typed on the spot (the blocked page), when the console is not unlocked. */
      pin: z.string().max(64).optional(),
    }),
  },
  'access/deny': {
    target: 'background',
    senders: ['extension-page'],
    payload: z.object({ requestId }),
  },
  'events/review': {
    target: 'background',
    senders: ['extension-page'],
    payload: z.object({
      ids: z.array(z.number().int().positive()).min(1).max(1000),
      reviewed: z.boolean(),
    }),
  },
  'report/submit': {
    target: 'background',
    senders: ['extension-page'],
    payload: z.object({
      text: z.string().trim().min(1).max(1000),
      from: z.enum(BLOCK_REASONS).optional(),
    }),
  },
  'monitoring/get': {
    target: 'background',
    senders: ['extension-page'],
    payload: z.object({}),
  },
  'monitoring/set': {
    target: 'background',
    senders: ['extension-page'],
    payload: z.object({
      keepQuery: z.boolean().optional(),
      alertCategories: z.array(z.enum(BLOCK_REASONS)).max(64).optional(),
    }),
  },
} as const satisfies Record<string, MessageDefinition>;

/** May an adult action go ahead now? (PIN set and console unlocked, or no PIN at all.) */
export interface AdultAccess {
  pinSet: boolean;
  unlocked: boolean;
  allowed: boolean;
}

export interface MonitoringReplies {
  'access/adult': AdultAccess;
  'access/approve': AccessRequest;
  'access/deny': AccessRequest;
  'events/review': { unreviewedAlerts: number };
  'report/submit': { reportId: number };
  'monitoring/get': MonitoringSettings;
  'monitoring/set': MonitoringSettings;
}
