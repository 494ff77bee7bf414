/** Fills every `[data-i18n]` element's text from `_locales`, and sets the page language. */
import { t, uiLanguage } from '../../platform/i18n.ts';

export function applyI18n(root: ParentNode = document): void {
  document.documentElement.lang = uiLanguage().toLowerCase().startsWith('vi') ? 'vi' : 'en';
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    el.textContent = t(el.dataset.i18n ?? '');
  }
}

export function prefersVietnamese(): boolean {
  return uiLanguage().toLowerCase().startsWith('vi');
}
