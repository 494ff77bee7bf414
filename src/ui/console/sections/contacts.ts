/**
 * Help contacts shown to the child beside the 111 hotline (which is always there): e.g. the
 * province's social-work centre, the school counsellor, a parent's number.
 */
import type { Contact } from '../../../core/policy/schema.ts';
import { t } from '../../../platform/i18n.ts';
import { contactList } from '../../shared/contacts.ts';
import { el } from '../../shared/dom.ts';
import type { ConsoleSection } from '../section.ts';
import { button, editable, labelled, loadSettings, save, statusBox } from '../settings-view.ts';

export const contactsSection: ConsoleSection = {
  id: 'contacts',
  labelKey: 'consoleContacts',
  async render(container) {
    const view = await loadSettings();
    const contacts: Contact[] = structuredClone(view.effective.contacts ?? []);
    const status = statusBox();
    const rerender = () => {
      container.replaceChildren();
      void contactsSection.render(container);
    };
    const commit = (next: Contact[]) =>
      void save(status, { contacts: next }).then((ok) => ok && rerender());

    const removable = el('ul', { 'data-testid': 'contacts-edit' });
    for (const [index, contact] of contacts.entries()) {
      const remove = button('remove', 'contact-remove', true);
      remove.addEventListener('click', () => commit(contacts.filter((_, i) => i !== index)));
      removable.append(
        el('li', {}, `${contact.name} ${contact.phone ?? ''} ${contact.url ?? ''} `, remove),
      );
    }
    const name = el('input', { type: 'text', maxlength: '200', 'data-testid': 'contact-name' });
    const phone = el('input', { type: 'tel', maxlength: '32', 'data-testid': 'contact-phone' });
    const url = el('input', { type: 'url', placeholder: 'https://', 'data-testid': 'contact-url' });
    const area = el('input', { type: 'text', maxlength: '200', 'data-testid': 'contact-area' });
    const add = button('contactsAdd', 'contact-add');
    add.addEventListener('click', () => {
      const entry: Contact = { name: name.value.trim() };
      if (phone.value.trim()) entry.phone = phone.value.trim();
      if (url.value.trim()) entry.url = url.value.trim();
      if (area.value.trim()) entry.area = area.value.trim();
      commit([...contacts, entry]);
    });
    container.append(
      el('h2', {}, t('consoleContacts')),
      el('p', { class: 'muted' }, t('contactsIntro')),
      el('h3', {}, t('contactsPreview')),
      contactList(contacts),
      editable(
        view,
        ['contacts'],
        removable,
        el('h3', {}, t('contactsNew')),
        labelled('contactName', name),
        labelled('contactPhone', phone),
        labelled('contactUrl', url),
        labelled('contactArea', area),
        add,
      ),
      status,
    );
  },
};
