/** Constants Vite replaces at build time (vite.config.ts `define`). */

/** The browser this bundle is built for; code for the other one is dropped from the bundle. */
declare const __BROWSER__: 'chrome' | 'firefox';
