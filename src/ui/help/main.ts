/** Help page, reachable from the popup, the blocked page and every warning: 111, contacts, lessons. */
import { runPage } from '../shared/run-page.ts';
import { isBlockReason } from '../../core/block-reason.ts';
import { byId, el } from '../shared/dom.ts';
import { contactList } from '../shared/contacts.ts';
import { applyI18n, prefersVietnamese } from '../shared/i18n-dom.ts';
import { send } from '../shared/messaging.ts';
import { SAFETY_LESSONS } from '../shared/safety-lessons.ts';
import { setUpReportForm } from './report-form.ts';

async function main(): Promise<void> {
  applyI18n();
  const params = new URLSearchParams(location.search);
  const from = params.get('from');
  void send('help/visit', isBlockReason(from) ? { from } : {}).catch(() => undefined);
  setUpReportForm(isBlockReason(from) ? from : undefined);
  const context = await send('child/context', {});
  byId('contacts').append(contactList(context.contacts));
  const vi = prefersVietnamese();
  for (const lesson of SAFETY_LESSONS.filter((l) => l.tiers.includes(context.tier))) {
    const text = vi ? lesson.vi : lesson.en;
    byId('lessons').append(
      el('article', { class: 'lesson' }, el('h3', {}, text.title), el('p', {}, text.body)),
    );
  }
}

runPage(main);
