/** An evidence excerpt with the flagged words in `<mark>`, built with DOM nodes only. */
import type { KidShieldEvent } from '../../../core/events.ts';

export function excerptNode(event: KidShieldEvent): HTMLElement {
  const box = document.createElement('span');
  box.className = 'excerpt';
  const text = event.excerpt ?? '';
  const [start, end] = event.mark ?? [0, 0];
  if (end > start && end <= text.length) {
    const mark = document.createElement('mark');
    mark.textContent = text.slice(start, end);
    box.append(text.slice(0, start), mark, text.slice(end));
  } else {
    box.textContent = text;
  }
  return box;
}
