/** Localised strings from `_locales` (vi is the default locale, en the second). */
import { browser } from './browser.ts';

export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}
