/**
 * The blocked page (`blocked.html?c=<category>&u=<url>`; on Firefox the URL comes from the
 * background), shown in the child's tab: why the page is blocked in a child's words, one safety
 * tip, "ask for access", and help with 111.
 */
import { runPage } from '../shared/run-page.ts';
import { displayAddress, parseBlockedPageQuery } from '../../core/blocked-page.ts';
import { t } from '../../platform/i18n.ts';
import { byId } from '../shared/dom.ts';
import { contactList, hotlineLink } from '../shared/contacts.ts';
import { applyI18n, prefersVietnamese } from '../shared/i18n-dom.ts';
import { send } from '../shared/messaging.ts';
import { lessonFor } from '../shared/safety-lessons.ts';
import { showApprovePanel } from './approve-panel.ts';

/** Firefox's static redirects carry no URL (`u`): the background remembers what the tab opened. */
async function originalUrl(fromQuery: string | undefined): Promise<string | undefined> {
  if (fromQuery) return fromQuery;
  const reply = await send('blocked/original-url', {}).catch(() => ({ url: undefined }));
  return reply.url;
}

const RECORD_TRIES = 3;

async function recordBlock(record: () => Promise<unknown>): Promise<void> {
  for (let attempt = 1; attempt <= RECORD_TRIES; attempt++) {
    try {
      await record();
      return;
    } catch (error) {
      if (attempt === RECORD_TRIES) console.error('[KidShield] could not record the block', error);
      else await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
    }
  }
}

async function main(): Promise<void> {
  applyI18n();
  const query = parseBlockedPageQuery(location.search);
  const category = query.category;
  const url = await originalUrl(query.url);
  const shown = category ?? 'custom';
  byId('category').textContent = t('blockedCategoryLine', t(`category_${shown}`));
  // Every reason has its own words (test/unit/blocked-page-reasons.test.ts); t() gives the key back if not.
  const reasonKey = `reason_${shown}`;
  const reason = t(reasonKey);
  byId('reason').textContent = reason === reasonKey ? t('reason_default') : reason;
  byId('reason').dataset.reason = shown;
  byId('address').textContent = url ? displayAddress(url) : '';
  byId('hotline').append(hotlineLink());
  byId('back').addEventListener('click', () => {
    if (history.length > 1) history.back();
    else window.close();
  });

  // Record first, so the adults' log has the block even if the child closes the tab at once.
  // A background stopped mid-write answers with an error: try again (a duplicate line in the log
  // is better than a block the adults never see).
  void recordBlock(() => send('block/record', { category: shown, ...(url ? { url } : {}) }));

  byId<HTMLFormElement>('ask-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const reason = byId<HTMLTextAreaElement>('ask-reason').value.trim();
    void send('access/request', {
      category: shown,
      ...(url ? { url } : {}),
      ...(reason ? { reason } : {}),
    }).then(({ requestId }) => {
      byId('ask-sent').textContent = t('askAccessSent');
      byId<HTMLButtonElement>('ask').disabled = true;
      return showApprovePanel(requestId, url);
    });
  });

  const context = await send('child/context', {});
  const lesson = lessonFor(shown, context.tier);
  const text = prefersVietnamese() ? lesson.vi : lesson.en;
  byId('tip-title').textContent = text.title;
  byId('tip-body').textContent = text.body;
  byId('contacts').append(contactList(context.contacts));
}

runPage(main);
