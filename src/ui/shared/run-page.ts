/** Runs a page's main function; if it fails, the page says so instead of staying half-empty. */
import { t } from '../../platform/i18n.ts';

export function runPage(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error('[KidShield]', error);
    const box = document.createElement('p');
    box.className = 'warning';
    box.setAttribute('role', 'alert');
    box.dataset.testid = 'page-error';
    box.textContent = `${t('pageError')} (${error instanceof Error ? error.message : String(error)})`;
    document.querySelector('main')?.prepend(box);
  });
}
