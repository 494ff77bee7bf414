/** declarativeNetRequest: static rulesets on/off and dynamic rules, the only door to the API. */
import { browser } from './browser.ts';

export type DnrRuleInput = chrome.declarativeNetRequest.Rule;

function dnr(): typeof chrome.declarativeNetRequest {
  // The polyfill's typings lag behind DNR; the namespace is promise-based in both browsers.
  return (browser as unknown as { declarativeNetRequest: typeof chrome.declarativeNetRequest })
    .declarativeNetRequest;
}

export async function enabledRulesetIds(): Promise<string[]> {
  return dnr().getEnabledRulesets();
}

export async function updateEnabledRulesets(enable: string[], disable: string[]): Promise<void> {
  await dnr().updateEnabledRulesets({ enableRulesetIds: enable, disableRulesetIds: disable });
}

export async function dynamicRules(): Promise<DnrRuleInput[]> {
  return dnr().getDynamicRules();
}

export async function replaceDynamicRules(removeIds: number[], add: DnrRuleInput[]): Promise<void> {
  await dnr().updateDynamicRules({ removeRuleIds: removeIds, addRules: add });
}

export async function availableStaticRuleCount(): Promise<number | undefined> {
  const api = dnr();
  return typeof api.getAvailableStaticRuleCount === 'function'
    ? api.getAvailableStaticRuleCount()
    : undefined;
}
