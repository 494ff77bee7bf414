/** What a child sees when a page's text is flagged: a warning, a blur, or the blocked page. */
import type { PageVerdict } from '../core/classification.ts';
import { contentExtensionUrl as extensionUrl, contentT as t } from '../platform/content-runtime.ts';

const OVERLAY_ID = 'kidshield-overlay-host';

export function blockedPageUrl(category: string, original: string): string {
  return extensionUrl(`blocked.html?c=${encodeURIComponent(category)}&u=${original}`);
}

export function helpPageUrl(original: string): string {
  return extensionUrl(`help.html?from=${encodeURIComponent('self_harm')}&u=${original}`);
}

export function applyVerdict(verdict: PageVerdict): void {
  const category = verdict.category ?? 'custom';
  if (verdict.action === 'none' || verdict.action === 'log') return;
  if (category === 'self_harm') {
    // Never a bare block for self-harm: a supportive page with 111.
    location.replace(helpPageUrl(location.href));
    return;
  }
  if (verdict.action === 'block') {
    location.replace(blockedPageUrl(category, location.href));
    return;
  }
  showOverlay(verdict.action, category);
}

function showOverlay(kind: 'warn' | 'blur', category: string): void {
  if (document.getElementById(OVERLAY_ID)) return;
  const host = document.createElement('div');
  host.id = OVERLAY_ID;
  host.setAttribute('data-kidshield', kind);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = `
    :host { all: initial; }
    .veil { position: fixed; inset: 0; z-index: 2147483647; display: flex; align-items: center;
      justify-content: center; font: 16px/1.5 system-ui, sans-serif;
      background: ${kind === 'blur' ? 'rgba(255,255,255,0.35)' : 'rgba(16, 42, 67, 0.92)'};
      backdrop-filter: ${kind === 'blur' ? 'blur(18px)' : 'none'}; }
    .card { max-width: 32rem; margin: 1rem; padding: 1.5rem; border-radius: 1rem; background: #fff;
      color: #102a43; box-shadow: 0 8px 32px rgba(0,0,0,.25); }
    h2 { margin: 0 0 .5rem; font-size: 1.3rem; }
    .actions { display: flex; gap: .75rem; flex-wrap: wrap; margin-top: 1rem; }
    button, a { font: inherit; padding: .6rem 1rem; border-radius: .6rem; border: 0; cursor: pointer;
      text-decoration: none; }
    .primary { background: #1e6091; color: #fff; }
    .secondary { background: #e8eef4; color: #102a43; }
    .help { background: #c62828; color: #fff; }`;
  const veil = document.createElement('div');
  veil.className = 'veil';
  veil.setAttribute('role', 'dialog');
  veil.setAttribute('aria-modal', 'true');
  const card = document.createElement('div');
  card.className = 'card';
  const title = document.createElement('h2');
  title.textContent = t(kind === 'blur' ? 'overlayBlurTitle' : 'overlayWarnTitle');
  const body = document.createElement('p');
  body.textContent = t('overlayBody', t(`category_${category}`));
  const actions = document.createElement('div');
  actions.className = 'actions';
  const back = document.createElement('button');
  back.className = 'primary';
  back.textContent = t('overlayGoBack');
  back.addEventListener('click', () =>
    history.length > 1 ? history.back() : location.replace('about:blank'),
  );
  const help = document.createElement('a');
  help.className = 'help';
  help.href = extensionUrl('help.html');
  help.target = '_blank';
  help.textContent = t('getHelp111');
  actions.append(back, help);
  if (kind === 'warn') {
    const proceed = document.createElement('button');
    proceed.className = 'secondary';
    proceed.textContent = t('overlayContinue');
    proceed.addEventListener('click', () => host.remove());
    actions.append(proceed);
  }
  card.append(title, body, actions);
  veil.append(card);
  shadow.append(style, veil);
  document.documentElement.append(host);
}
