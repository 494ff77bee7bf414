/**
 * Lesson mode: only the lesson's sites open until the end time. The teacher keeps the site list
 * here, and starts or stops the lesson with one click (also from the toolbar popup).
 */
import { parseDomainList } from '../../../core/policy/domain-list.ts';
import { t } from '../../../platform/i18n.ts';
import { el } from '../../shared/dom.ts';
import { send } from '../../shared/messaging.ts';
import type { ConsoleSection } from '../section.ts';
import {
  button,
  describeError,
  editable,
  issueList,
  labelled,
  loadSettings,
  statusBox,
} from '../settings-view.ts';

export const lessonSection: ConsoleSection = {
  id: 'lesson',
  labelKey: 'consoleLesson',
  async render(container) {
    const view = await loadSettings();
    const status = statusBox();
    const rerender = () => {
      container.replaceChildren();
      void lessonSection.render(container);
    };
    const current = view.lessonActive ? view.effective.lesson : undefined;
    const sites = el('textarea', { 'data-testid': 'lesson-allow', spellcheck: 'false' });
    sites.value = (current?.allow ?? view.lessonPlan.allow).join('\n');
    const minutes = el('input', {
      type: 'number',
      min: '5',
      max: '1440',
      value: String(view.lessonPlan.minutes),
      'data-testid': 'lesson-minutes',
    });
    const state = el(
      'p',
      { 'data-testid': 'lesson-state', 'data-active': String(view.lessonActive) },
      current
        ? t('lessonOnUntil', current.until ? new Date(current.until).toLocaleTimeString() : '—')
        : t('lessonOff'),
    );
    const start = button('lessonStart', 'lesson-start');
    const stop = button('lessonStop', 'lesson-stop', true);
    stop.disabled = !view.lessonActive;
    const run = (task: Promise<unknown>) =>
      task.then(rerender, (error: unknown) => {
        status.replaceChildren(el('p', { class: 'warning', role: 'alert' }, describeError(error)));
      });
    start.addEventListener('click', () => {
      const list = parseDomainList(sites.value);
      if (list.invalid.length) {
        status.replaceChildren(
          issueList(
            list.invalid.map((i) => ({
              key: 'lesson.allow',
              message: t('listBadEntry', [i.entry, i.reason]),
            })),
            'save-errors',
          ),
        );
        return;
      }
      void run(send('lesson/start', { allow: list.hosts, minutes: Number(minutes.value) || 45 }));
    });
    stop.addEventListener('click', () => void run(send('lesson/stop', {})));
    container.append(
      el('h2', {}, t('consoleLesson')),
      el('p', { class: 'muted' }, t('lessonIntro')),
      state,
      editable(
        view,
        ['lesson'],
        labelled('lessonSites', sites),
        labelled('lessonMinutes', minutes),
        el('div', { class: 'row' }, start, stop),
      ),
      status,
    );
  },
};
