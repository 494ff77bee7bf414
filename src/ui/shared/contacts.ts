/** The 111 hotline and the local contacts from policy, as a list a child can tap. */
import type { Contact } from '../../core/policy/schema.ts';
import { t } from '../../platform/i18n.ts';
import { el } from './dom.ts';

export function hotlineLink(): HTMLAnchorElement {
  return el(
    'a',
    { href: 'tel:111', class: 'hotline', 'data-testid': 'hotline-111' },
    t('getHelp111'),
  );
}

export function contactList(contacts: Contact[]): HTMLElement {
  const list = el('ul', { class: 'contacts', 'data-testid': 'contacts' });
  list.append(el('li', {}, el('a', { href: 'tel:111' }, '111'), ' – ', t('hotline111')));
  for (const contact of contacts) {
    const item = el('li', {}, contact.name);
    if (contact.area) item.append(` (${contact.area})`);
    if (contact.phone) {
      item.append(
        ' – ',
        el('a', { href: `tel:${contact.phone.replace(/[^+0-9]/g, '')}` }, contact.phone),
      );
    }
    if (contact.url) {
      item.append(
        ' – ',
        el('a', { href: contact.url, target: '_blank', rel: 'noopener' }, contact.url),
      );
    }
    list.append(item);
  }
  return list;
}
