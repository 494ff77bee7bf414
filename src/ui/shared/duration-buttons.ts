/** One button per approval length (15 minutes, an hour, a day), for the blocked page and the console. */
import { ACCESS_DURATION_IDS } from '../../core/access.ts';
import type { AccessDuration } from '../../core/access.ts';
import { t } from '../../platform/i18n.ts';
import { el } from './dom.ts';

export function durationButtons(onPick: (duration: AccessDuration) => void): HTMLButtonElement[] {
  return ACCESS_DURATION_IDS.map((duration) => {
    const button = el(
      'button',
      { type: 'button', 'data-duration': duration },
      t(`approveFor_${duration}`),
    );
    button.addEventListener('click', () => onPick(duration));
    return button;
  });
}
