/**
 * Notices above every section: the school's policy in force or the console locked, and private
 * windows that open without KidShield (with how to fix it).
 */
import type { SettingsView } from '../../messaging/replies.ts';
import { allowedInPrivateWindows } from '../../platform/incognito.ts';
import { t } from '../../platform/i18n.ts';
import { el } from '../shared/dom.ts';
import { issueList } from './settings-view.ts';

export async function renderNotices(box: HTMLElement, view: SettingsView): Promise<void> {
  box.replaceChildren();
  if (view.locked) {
    box.append(
      el('p', { class: 'warning', 'data-testid': 'console-locked' }, t('consoleLockedAll')),
    );
  } else if (view.managedKeys.length) {
    box.append(
      el('p', { class: 'muted', 'data-testid': 'console-managed' }, t('consoleManagedSome')),
    );
  }
  // A school policy value the schema refused: IT should know which key, the rest still applies.
  const policyIssues = view.issues.filter((i) => i.message.startsWith('managed policy:'));
  if (policyIssues.length) {
    box.append(
      el(
        'div',
        { class: 'warning' },
        t('consolePolicyIssues'),
        issueList(policyIssues, 'policy-issues'),
      ),
    );
  }
  if ((await allowedInPrivateWindows()) === false) {
    box.append(
      el(
        'div',
        { class: 'warning', role: 'alert', 'data-testid': 'incognito-warning' },
        el('strong', {}, t('incognitoOffTitle')),
        el('p', {}, t('incognitoOffFix')),
      ),
    );
  }
}
