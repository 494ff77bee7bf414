/** What each message kind answers. */
import type { ClassificationResult, PageVerdict } from '../core/classification.ts';
import type { KidShieldEvent } from '../core/events.ts';
import type { Contact } from '../core/policy/schema.ts';
import type { TierId, UrlCategory } from '../core/taxonomy.ts';

export interface ProtectionStatus {
  profileId: string;
  profileName: string;
  tier: TierId;
  /** Static rulesets the profile asks for that the browser did not enable. */
  missingRulesets: UrlCategory[];
  lessonActive: boolean;
  safeSearch: boolean;
  managed: boolean;
  locked: boolean;
}

export interface ChildContext {
  tier: TierId;
  profileName: string;
  contacts: Contact[];
}

export interface Replies {
  'classify/page': PageVerdict;
  'classify/text': ClassificationResult;
  'block/record': { recorded: boolean };
  'child/context': ChildContext;
  'help/visit': { recorded: boolean };
  'access/request': { requestId: number };
  'status/get': ProtectionStatus;
  'events/recent': KidShieldEvent[];
}
