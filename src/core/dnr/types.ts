/**
 * Minimal declarativeNetRequest types, shaped like the Chrome and Firefox schema, so core needs
 * no `@types/chrome`. Only the fields KidShield emits are modelled.
 */

export type ResourceType =
  | 'main_frame'
  | 'sub_frame'
  | 'stylesheet'
  | 'script'
  | 'image'
  | 'font'
  | 'object'
  | 'xmlhttprequest'
  | 'ping'
  | 'csp_report'
  | 'media'
  | 'websocket'
  | 'webtransport'
  | 'webbundle'
  | 'other';

export interface QueryKeyValue {
  key: string;
  value: string;
  replaceOnly?: boolean;
}

export interface UrlTransform {
  queryTransform?: { addOrReplaceParams?: QueryKeyValue[]; removeParams?: string[] };
}

export interface Redirect {
  extensionPath?: string;
  regexSubstitution?: string;
  transform?: UrlTransform;
  url?: string;
}

export interface ModifyHeaderInfo {
  header: string;
  operation: 'set' | 'append' | 'remove';
  value?: string;
}

export type RuleAction =
  | { type: 'block' }
  | { type: 'allow' }
  | { type: 'allowAllRequests' }
  | { type: 'redirect'; redirect: Redirect }
  | { type: 'modifyHeaders'; requestHeaders?: ModifyHeaderInfo[] };

export interface RuleCondition {
  urlFilter?: string;
  regexFilter?: string;
  isUrlFilterCaseSensitive?: boolean;
  requestDomains?: string[];
  excludedRequestDomains?: string[];
  resourceTypes?: ResourceType[];
}

export interface DnrRule {
  id: number;
  priority: number;
  action: RuleAction;
  condition: RuleCondition;
}

export type Browser = 'chrome' | 'firefox';
