/** Fills every `[data-i18n]` element's text from `_locales`, and sets the page language. */
import { t } from '../../platform/i18n.ts';

export function applyI18n(root: ParentNode = document): void {
  document.documentElement.lang = prefersVietnamese() ? 'vi' : 'en';
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    el.textContent = t(el.dataset.i18n ?? '');
  }
}

/**
 * True when the browser picked the Vietnamese strings: a UI in Vietnamese, and also any UI
 * language KidShield has no strings for (vi is the default locale), so text built in code (safety
 * tips, help) matches the page's `_locales` strings.
 */
export function prefersVietnamese(): boolean {
  return t('localeLanguage') !== 'en';
}
