/**
 * Import and export of the settings as JSON in the policy-key shape (the same shape a school
 * pushes through managed policy). A malformed or hostile file is refused with the key named,
 * and the settings in force stay as they were.
 */
import { t } from '../../../platform/i18n.ts';
import { el } from '../../shared/dom.ts';
import { send } from '../../shared/messaging.ts';
import type { ConsoleSection } from '../section.ts';
import {
  button,
  describeError,
  editable,
  issueList,
  loadSettings,
  statusBox,
} from '../settings-view.ts';

export const backupSection: ConsoleSection = {
  id: 'backup',
  labelKey: 'consoleBackup',
  async render(container) {
    const view = await loadSettings();
    const exported = el('textarea', {
      readonly: '',
      'data-testid': 'export-json',
      spellcheck: 'false',
    });
    const download = el(
      'a',
      { class: 'button secondary', download: 'kidshield-settings.json', hidden: '' },
      t('backupDownload'),
    );
    const exportButton = button('backupExport', 'export');
    exportButton.addEventListener('click', () => {
      void send('settings/export', {}).then(({ json }) => {
        exported.value = json;
        download.href = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
        download.hidden = false;
      });
    });

    const file = el('input', {
      type: 'file',
      accept: 'application/json,.json',
      'data-testid': 'import-file',
    });
    const pasted = el('textarea', { 'data-testid': 'import-text', spellcheck: 'false' });
    file.addEventListener('change', () => {
      void file.files?.[0]?.text().then((text) => (pasted.value = text));
    });
    const result = el('div', { 'data-testid': 'import-result', 'aria-live': 'polite' });
    const importButton = button('backupImport', 'import');
    importButton.addEventListener('click', () => {
      result.replaceChildren();
      void send('settings/import', { text: pasted.value }).then(
        (reply) => {
          result.dataset.saved = String(reply.saved);
          result.append(
            el(
              'p',
              { class: reply.saved ? 'ok' : 'warning' },
              t(reply.saved ? 'backupImported' : 'backupRefused'),
            ),
          );
          if (reply.errors.length) result.append(issueList(reply.errors, 'import-errors'));
          if (reply.warnings.length) result.append(issueList(reply.warnings, 'import-warnings'));
        },
        (error: unknown) => {
          result.dataset.saved = 'false';
          result.append(el('p', { class: 'warning', role: 'alert' }, describeError(error)));
        },
      );
    });
    container.append(
      el(
        'section',
        { class: 'card' },
        el('h2', {}, t('backupExportTitle')),
        el('p', { class: 'muted' }, t('backupExportIntro')),
        el('div', { class: 'row' }, exportButton, download),
        exported,
      ),
      el(
        'section',
        { class: 'card' },
        el('h2', {}, t('backupImportTitle')),
        el('p', { class: 'muted' }, t('backupImportIntro')),
        editable(view, [], file, pasted, importButton),
        result,
      ),
      statusBox(),
    );
  },
};
