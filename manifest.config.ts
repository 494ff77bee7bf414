/**
 * The one manifest source, for Chromium (service worker, offscreen document, fixed `key`) and for
 * Firefox MV3 (event page, gecko settings). The build mode (`chrome` | `firefox`) picks the target.
 */
import { defineManifest } from '@crxjs/vite-plugin';
import pkg from './package.json' with { type: 'json' };
import { EXTENSION_PUBLIC_KEY, GECKO_EXTENSION_ID } from './src/core/extension-identity.ts';
import { URL_CATEGORIES } from './src/core/taxonomy.ts';
import { DEFAULT_TIER } from './src/core/taxonomy.ts';
import { TIERS } from './src/core/tiers.ts';

export type BuildTarget = 'chrome' | 'firefox';

const ICONS = {
  16: 'icons/icon-16.png',
  32: 'icons/icon-32.png',
  48: 'icons/icon-48.png',
  128: 'icons/icon-128.png',
};

const CSP =
  "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Protection is on from the first second: the default tier's rulesets start enabled. */
function rulesetResources() {
  const onByDefault = new Set<string>(TIERS[DEFAULT_TIER].blockCategories);
  return URL_CATEGORIES.map((category) => ({
    id: category,
    enabled: onByDefault.has(category),
    path: `rulesets/${category}.json`,
  }));
}

/**
 * The page reader as a declared content script, in every http(s) page: Firefox only (Chromium's
 * background injects it after load, src/background/page-reader.ts). Not given to crxjs:
 * scripts/build-content-script.ts bundles it as one classic script and adds this entry to the
 * built Firefox manifest.
 */
export const CONTENT_SCRIPTS = [
  {
    matches: ['http://*/*', 'https://*/*'],
    run_at: 'document_idle' as const,
  },
];

export function buildManifest(target: BuildTarget) {
  const common = {
    manifest_version: 3 as const,
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'vi',
    version: pkg.version,
    icons: ICONS,
    action: {
      default_popup: 'popup.html',
      default_icon: ICONS,
      default_title: '__MSG_extShortName__',
    },
    options_ui: { page: 'options.html', open_in_tab: true },
    permissions: [
      'declarativeNetRequest',
      'storage',
      'unlimitedStorage',
      'alarms',
      'notifications',
    ],
    host_permissions: ['http://*/*', 'https://*/*'],
    declarative_net_request: { rule_resources: rulesetResources() },
    web_accessible_resources: [
      { resources: ['blocked.html', 'help.html'], matches: ['<all_urls>'] },
    ],
    content_security_policy: { extension_pages: CSP },
    incognito: 'spanning' as const,
  };
  if (target === 'firefox') {
    return {
      ...common,
      // webRequest (non-blocking, read-only): the blocked page's original URL, see docs/BROWSERS.md.
      permissions: [...common.permissions, 'webRequest'],
      background: { scripts: ['src/background/main.ts'], type: 'module' as const },
      browser_specific_settings: {
        gecko: {
          id: GECKO_EXTENSION_ID,
          strict_min_version: '142.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    };
  }
  return {
    ...common,
    key: EXTENSION_PUBLIC_KEY,
    minimum_chrome_version: '121',
    // scripting + webNavigation: the page reader is injected after each page's load.
    permissions: [...common.permissions, 'offscreen', 'scripting', 'webNavigation'],
    background: { service_worker: 'src/background/main.ts', type: 'module' as const },
    storage: { managed_schema: 'managed_schema.json' },
  };
}

export default defineManifest(
  (env) => buildManifest(env.mode === 'firefox' ? 'firefox' : 'chrome') as never,
);
