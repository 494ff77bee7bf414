/** Guide page for parents and teachers (`guide.html`), linked from the console's dashboard. */
import { el, byId } from '../shared/dom.ts';
import { applyI18n, prefersVietnamese } from '../shared/i18n-dom.ts';
import { runPage } from '../shared/run-page.ts';
import { SAFETY_LESSONS } from '../shared/safety-lessons.ts';
import { MEASURES } from './measures.ts';

async function main(): Promise<void> {
  applyI18n();
  const vi = prefersVietnamese();
  for (const measure of MEASURES) {
    const text = vi ? measure.vi : measure.en;
    byId('measures').append(
      el(
        'section',
        { class: 'card', 'data-measure': measure.id },
        el('h2', {}, text.title),
        el('ul', {}, ...text.points.map((p) => el('li', {}, p))),
      ),
    );
  }
  for (const lesson of SAFETY_LESSONS) {
    const text = vi ? lesson.vi : lesson.en;
    byId('lessons').append(
      el('details', {}, el('summary', {}, text.title), el('p', {}, text.body)),
    );
  }
}

runPage(main);
