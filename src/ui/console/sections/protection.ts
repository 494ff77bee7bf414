/**
 * PIN and protection settings: set or change the adult PIN, lock the console now, SafeSearch,
 * and how many days the event log keeps.
 */
import { t } from '../../../platform/i18n.ts';
import { el } from '../../shared/dom.ts';
import { send } from '../../shared/messaging.ts';
import type { ConsoleSection } from '../section.ts';
import {
  button,
  describeError,
  editable,
  labelled,
  loadSettings,
  save,
  statusBox,
} from '../settings-view.ts';

export const protectionSection: ConsoleSection = {
  id: 'protection',
  labelKey: 'consoleProtection',
  async render(container) {
    const view = await loadSettings();
    const pinStatus = statusBox();
    const current = el('input', {
      type: 'password',
      inputmode: 'numeric',
      'data-testid': 'pin-current',
    });
    const next = el('input', { type: 'password', inputmode: 'numeric', 'data-testid': 'pin-new' });
    const again = el('input', {
      type: 'password',
      inputmode: 'numeric',
      'data-testid': 'pin-again',
    });
    const setPin = button(view.pin.pinSet ? 'pinChange' : 'pinCreate', 'pin-save');
    setPin.addEventListener('click', () => {
      if (next.value !== again.value) {
        pinStatus.replaceChildren(el('p', { class: 'warning' }, t('pinMismatch')));
        return;
      }
      void send('pin/set', {
        pin: next.value,
        ...(current.value ? { current: current.value } : {}),
      }).then(
        () =>
          pinStatus.replaceChildren(
            el('p', { class: 'ok', 'data-testid': 'saved' }, t('pinSaved')),
          ),
        (error: unknown) =>
          pinStatus.replaceChildren(
            el('p', { class: 'warning', role: 'alert' }, describeError(error)),
          ),
      );
    });
    const pinCard = el('section', { class: 'card' }, el('h2', {}, t('pinTitle')));
    if (view.pin.managedPin) {
      pinCard.append(el('p', { class: 'muted', 'data-testid': 'locked-note' }, t('pinManaged')));
    } else {
      pinCard.append(
        el('p', { class: 'muted' }, t(view.pin.pinSet ? 'pinChangeIntro' : 'pinCreateIntro')),
        ...(view.pin.pinSet ? [labelled('pinCurrent', current)] : []),
        labelled('pinNew', next),
        labelled('pinAgain', again),
        setPin,
        pinStatus,
      );
    }
    pinCard.append(el('p', { class: 'muted' }, t('pinRecovery')));

    const status = statusBox();
    const safe = el('input', { type: 'checkbox', 'data-testid': 'safesearch' });
    safe.checked = view.effective.safeSearch ?? true;
    safe.addEventListener('change', () => void save(status, { safeSearch: safe.checked }));
    const days = el('input', {
      type: 'number',
      min: '1',
      max: '365',
      value: String(view.effective.retentionDays ?? 30),
      'data-testid': 'retention-days',
    });
    const saveDays = button('save', 'retention-save');
    saveDays.addEventListener(
      'click',
      () => void save(status, { retentionDays: Number(days.value) }),
    );
    container.append(
      pinCard,
      el(
        'section',
        { class: 'card' },
        el('h2', {}, t('protectionOther')),
        editable(
          view,
          ['safeSearch'],
          el('label', { class: 'choice' }, safe, t('safeSearchLabel')),
        ),
        editable(
          view,
          ['retentionDays'],
          labelled('retentionLabel', days),
          el('p', { class: 'muted' }, t('retentionIntro')),
          saveDays,
        ),
        status,
      ),
    );
  },
};
