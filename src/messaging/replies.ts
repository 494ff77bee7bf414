/** What each message kind answers, joined from the areas. */
import type { BlockedReplies } from './areas/blocked.ts';
import type { ChildReplies } from './areas/child.ts';
import type { MonitoringReplies } from './areas/monitoring.ts';
import type { PageReplies } from './areas/page.ts';
import type { SettingsReplies } from './areas/settings.ts';
import type { StatusReplies } from './areas/status.ts';

export type { ChildContext } from './areas/child.ts';
export type { ProtectionStatus } from './areas/status.ts';
export type { LessonPlan, PinStatus, SettingsView } from './areas/settings.ts';

export interface Replies
  extends PageReplies,
    ChildReplies,
    StatusReplies,
    BlockedReplies,
    MonitoringReplies,
    SettingsReplies {}
