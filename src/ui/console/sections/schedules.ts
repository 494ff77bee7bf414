/**
 * Schedules: time windows per profile when more categories are blocked, e.g. games and social
 * networks on school days 07:00–17:00. Times are the computer's own clock.
 */
import { listProfiles } from '../../../core/policy/resolve.ts';
import type { ScheduleEntry } from '../../../core/policy/schema.ts';
import { URL_CATEGORIES } from '../../../core/taxonomy.ts';
import type { UrlCategory } from '../../../core/taxonomy.ts';
import { t } from '../../../platform/i18n.ts';
import { el } from '../../shared/dom.ts';
import type { ConsoleSection } from '../section.ts';
import { button, editable, labelled, loadSettings, save, statusBox } from '../settings-view.ts';

/** Monday first, as a Vietnamese week is read (Thứ Hai … Chủ nhật). */
const WEEK = [1, 2, 3, 4, 5, 6, 0];

function checkbox(value: string, labelText: string, checked: boolean, testid: string) {
  const box = el('input', { type: 'checkbox', value, 'data-testid': testid });
  box.checked = checked;
  return { box, label: el('label', { class: 'choice' }, box, labelText) };
}

export const schedulesSection: ConsoleSection = {
  id: 'schedules',
  labelKey: 'consoleSchedules',
  async render(container) {
    const view = await loadSettings();
    const schedules: ScheduleEntry[] = structuredClone(view.effective.schedules ?? []);
    const profiles = listProfiles(view.effective, t('profileDefaultName'));
    const status = statusBox();
    const rerender = () => {
      container.replaceChildren();
      void schedulesSection.render(container);
    };
    const profileName = (id?: string) =>
      id === undefined
        ? t('schedulesAllProfiles')
        : (profiles.find((p) => p.id === id)?.name ?? id);

    const rows = el('ul', { 'data-testid': 'schedules' });
    if (!schedules.length) rows.append(el('li', { class: 'muted' }, t('schedulesNone')));
    for (const [index, s] of schedules.entries()) {
      const remove = button('remove', 'schedule-remove', true);
      remove.addEventListener('click', () => {
        schedules.splice(index, 1);
        void save(status, { schedules }).then((ok) => ok && rerender());
      });
      const days = WEEK.filter((d) => s.days.includes(d))
        .map((d) => t(`day_${d}`))
        .join(', ');
      const blocks = s.block.map((c) => t(`category_${c}`)).join(', ');
      rows.append(
        el(
          'li',
          { 'data-testid': 'schedule' },
          `${profileName(s.profile)} · ${days} · ${s.from}–${s.to} · ${blocks} `,
          remove,
        ),
      );
    }

    const profile = el('select', { 'data-testid': 'schedule-profile' });
    profile.append(el('option', { value: '' }, t('schedulesAllProfiles')));
    for (const p of profiles) profile.append(el('option', { value: p.id }, p.name));
    const dayBoxes = WEEK.map((d) =>
      checkbox(String(d), t(`day_${d}`), d >= 1 && d <= 5, `schedule-day-${d}`),
    );
    const from = el('input', { type: 'time', value: '07:00', 'data-testid': 'schedule-from' });
    const to = el('input', { type: 'time', value: '17:00', 'data-testid': 'schedule-to' });
    const categoryBoxes = URL_CATEGORIES.map((c) =>
      checkbox(c, t(`category_${c}`), c === 'games' || c === 'social', `schedule-block-${c}`),
    );
    const add = button('schedulesAdd', 'schedule-add');
    add.addEventListener('click', () => {
      const entry: ScheduleEntry = {
        id: `s${Date.now().toString(36)}`,
        days: dayBoxes.filter((d) => d.box.checked).map((d) => Number(d.box.value)),
        from: from.value,
        to: to.value,
        block: categoryBoxes.filter((c) => c.box.checked).map((c) => c.box.value as UrlCategory),
      };
      if (profile.value) entry.profile = profile.value;
      void save(status, { schedules: [...schedules, entry] }).then((ok) => ok && rerender());
    });
    container.append(
      el('h2', {}, t('consoleSchedules')),
      el('p', { class: 'muted' }, t('schedulesIntro')),
      rows,
      editable(
        view,
        ['schedules'],
        el('h3', {}, t('schedulesNew')),
        labelled('schedulesProfile', profile),
        el('p', {}, ...dayBoxes.map((d) => d.label)),
        el('div', { class: 'row' }, labelled('schedulesFrom', from), labelled('schedulesTo', to)),
        el('p', {}, ...categoryBoxes.map((c) => c.label)),
        add,
      ),
      status,
    );
  },
};
