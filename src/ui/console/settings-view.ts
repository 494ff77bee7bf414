/**
 * What every settings section shares: the settings view from the background, which keys are
 * locked (set by the school, or the whole console locked), saving with errors shown per key,
 * and the words for the background's refusals.
 */
import type { PolicyIssue } from '../../core/policy/parse.ts';
import type { PolicyKey } from '../../core/policy/schema.ts';
import type { SettingsView } from '../../messaging/replies.ts';
import { t } from '../../platform/i18n.ts';
import { el } from '../shared/dom.ts';
import { send } from '../shared/messaging.ts';

export function loadSettings(): Promise<SettingsView> {
  return send('settings/get', {});
}

export function isLocked(view: SettingsView, ...keys: PolicyKey[]): boolean {
  return view.locked || keys.some((k) => view.managedKeys.includes(k));
}

/** A fieldset that is disabled (with a note saying why) when any of `keys` is locked. */
export function editable(view: SettingsView, keys: PolicyKey[], ...children: Node[]): HTMLElement {
  const fieldset = el('fieldset', { class: 'plain' });
  if (isLocked(view, ...keys)) {
    fieldset.disabled = true;
    fieldset.dataset.locked = 'true';
    fieldset.append(
      el(
        'p',
        { class: 'muted locked-note', 'data-testid': 'locked-note' },
        t(view.locked ? 'consoleLockedAll' : 'consoleSetBySchool'),
      ),
    );
  }
  fieldset.append(...children);
  return fieldset;
}

/** The background's refusal codes, in words for the adult. */
export function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (message === 'pin-required') return t('pinExpired');
  if (message === 'pin-wrong') return t('pinWrong');
  if (message.startsWith('pin-wait:')) return t('pinWait', waitText(Number(message.slice(9))));
  if (message === 'pin-format') return t('pinFormat');
  if (message === 'settings-locked') return t('consoleLockedAll');
  if (message.startsWith('managed:')) return `${t('consoleSetBySchool')} (${message.slice(8)})`;
  if (message === 'lesson-empty') return t('lessonEmpty');
  return message;
}

export function waitText(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return seconds >= 120
    ? t('minutesCount', String(Math.ceil(seconds / 60)))
    : t('secondsCount', String(seconds));
}

/** A list of issues, each naming its key: `<li data-key="allow">allow: "x" is not a domain</li>`. */
export function issueList(issues: PolicyIssue[], testid: string): HTMLElement {
  const list = el('ul', { class: 'issues', 'data-testid': testid, role: 'alert' });
  for (const issue of issues) {
    list.append(el('li', { 'data-key': issue.key }, `${issue.key}: ${issue.message}`));
  }
  return list;
}

/** Saves a partial policy; shows what was wrong (or "saved") in `status`. True when saved. */
export async function save(
  status: HTMLElement,
  set: Record<string, unknown>,
  remove: PolicyKey[] = [],
): Promise<boolean> {
  status.replaceChildren();
  try {
    const result = await send('settings/update', { set, remove });
    if (!result.saved) {
      status.append(
        el('p', { class: 'warning' }, t('saveFailed')),
        issueList(result.errors, 'save-errors'),
      );
      return false;
    }
    status.append(el('p', { class: 'ok', 'data-testid': 'saved' }, t('saved')));
    return true;
  } catch (error) {
    status.append(el('p', { class: 'warning', role: 'alert' }, describeError(error)));
    return false;
  }
}

export function statusBox(): HTMLElement {
  return el('div', { class: 'save-status', 'aria-live': 'polite', 'data-testid': 'save-status' });
}

export function button(labelKey: string, testid: string, secondary = false): HTMLButtonElement {
  return el(
    'button',
    { type: 'button', 'data-testid': testid, ...(secondary ? { class: 'secondary' } : {}) },
    t(labelKey),
  );
}

export function labelled(labelKey: string, control: HTMLElement): HTMLLabelElement {
  return el('label', { class: 'field' }, el('span', {}, t(labelKey)), control);
}
