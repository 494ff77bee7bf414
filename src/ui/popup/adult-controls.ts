/**
 * The popup's adult controls: switch the profile in force and start or stop lesson mode, each
 * behind the PIN (asked here when the session is not unlocked; the background checks it).
 */
import { listProfiles } from '../../core/policy/resolve.ts';
import { t } from '../../platform/i18n.ts';
import { byId, el } from '../shared/dom.ts';
import { send } from '../shared/messaging.ts';

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (message === 'pin-required' || message === 'pin-wrong') return t('pinWrong');
  if (message.startsWith('pin-wait:')) {
    return t('pinWait', t('secondsCount', String(Math.ceil(Number(message.slice(9)) / 1000))));
  }
  if (message === 'lesson-empty') return t('lessonEmpty');
  if (message === 'settings-locked' || message.startsWith('managed:'))
    return t('consoleSetBySchool');
  return message;
}

export async function renderAdultControls(): Promise<void> {
  const view = await send('settings/get', {});
  const pinInput = byId<HTMLInputElement>('popup-pin');
  byId('pin-field').hidden = view.pin.unlocked;
  const select = byId<HTMLSelectElement>('profile-select');
  const active = view.effective.activeProfile;
  const profiles = listProfiles(view.effective, t('profileDefaultName'));
  select.replaceChildren(
    ...profiles.map((p, i) => {
      const option = el('option', { value: p.id }, `${p.name} · ${t(`tier_${p.tier}`)}`);
      option.selected = active === undefined ? i === 0 : p.id === active;
      return option;
    }),
  );
  const message = byId('adult-message');
  const lesson = byId<HTMLButtonElement>('lesson-toggle');
  lesson.textContent = t(view.lessonActive ? 'lessonStop' : 'lessonStart');
  lesson.dataset.active = String(view.lessonActive);
  const pin = () => (pinInput.value ? { pin: pinInput.value } : {});
  const done = () => location.reload();
  const failed = (error: unknown) => {
    pinInput.value = '';
    message.className = 'warning';
    message.textContent = describe(error);
  };
  byId('switch').addEventListener('click', () => {
    void send('profile/switch', { profileId: select.value, ...pin() }).then(done, failed);
  });
  lesson.addEventListener('click', () => {
    const task = view.lessonActive ? send('lesson/stop', pin()) : send('lesson/start', pin());
    void task.then(done, failed);
  });
}
