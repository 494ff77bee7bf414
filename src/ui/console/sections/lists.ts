/**
 * Custom allow and block lists, for the whole device or one profile. Whole URLs pasted in are
 * reduced to their domain, Vietnamese (IDN) domains are accepted, and bad entries are named
 * before anything is saved. Allow wins over every block.
 */
import { parseDomainList } from '../../../core/policy/domain-list.ts';
import type { PolicyIssue } from '../../../core/policy/parse.ts';
import { listProfiles } from '../../../core/policy/resolve.ts';
import { t } from '../../../platform/i18n.ts';
import { el } from '../../shared/dom.ts';
import type { ConsoleSection } from '../section.ts';
import {
  button,
  editable,
  issueList,
  labelled,
  loadSettings,
  save,
  statusBox,
} from '../settings-view.ts';

const DEVICE = '';

export const listsSection: ConsoleSection = {
  id: 'lists',
  labelKey: 'consoleLists',
  async render(container) {
    const view = await loadSettings();
    const profiles = structuredClone(listProfiles(view.effective, t('profileDefaultName')));
    const hasOwnProfiles = (view.effective.profiles?.length ?? 0) > 0;
    const scope = el('select', { 'data-testid': 'lists-scope' });
    scope.append(el('option', { value: DEVICE }, t('listsDevice')));
    if (hasOwnProfiles) {
      for (const p of profiles)
        scope.append(el('option', { value: p.id }, t('listsProfile', p.name)));
    }
    const allow = el('textarea', { 'data-testid': 'lists-allow', spellcheck: 'false' });
    const block = el('textarea', { 'data-testid': 'lists-block', spellcheck: 'false' });
    const status = statusBox();
    const fill = () => {
      const profile = profiles.find((p) => p.id === scope.value);
      allow.value = ((scope.value === DEVICE ? view.effective.allow : profile?.allow) ?? []).join(
        '\n',
      );
      block.value = ((scope.value === DEVICE ? view.effective.block : profile?.block) ?? []).join(
        '\n',
      );
    };
    scope.addEventListener('change', fill);
    fill();

    const submit = button('save', 'lists-save');
    submit.addEventListener('click', () => {
      const allowed = parseDomainList(allow.value);
      const blocked = parseDomainList(block.value);
      const issues: PolicyIssue[] = [
        ...allowed.invalid.map((i) => ({
          key: 'allow',
          message: t('listBadEntry', [i.entry, i.reason]),
        })),
        ...blocked.invalid.map((i) => ({
          key: 'block',
          message: t('listBadEntry', [i.entry, i.reason]),
        })),
      ];
      if (issues.length) {
        status.replaceChildren(
          el('p', { class: 'warning' }, t('listsFix')),
          issueList(issues, 'save-errors'),
        );
        return;
      }
      allow.value = allowed.hosts.join('\n');
      block.value = blocked.hosts.join('\n');
      if (scope.value === DEVICE) {
        void save(status, { allow: allowed.hosts, block: blocked.hosts });
        return;
      }
      const profile = profiles.find((p) => p.id === scope.value);
      if (!profile) return;
      profile.allow = allowed.hosts;
      profile.block = blocked.hosts;
      void save(status, { profiles });
    });
    const keys = () =>
      scope.value === DEVICE ? (['allow', 'block'] as const) : (['profiles'] as const);
    container.append(
      el('h2', {}, t('consoleLists')),
      el('p', { class: 'muted' }, t('listsIntro')),
      editable(
        view,
        [...keys()],
        labelled('listsScope', scope),
        labelled('listsAllow', allow),
        labelled('listsBlock', block),
        submit,
      ),
      status,
    );
  },
};
