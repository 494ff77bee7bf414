/** Exports of the filtered events: CSV for spreadsheets, JSON for records; a download each. */
import type { KidShieldEvent } from '../../../core/events.ts';
import { toCsv } from './csv.ts';

export const CSV_COLUMNS = [
  'time',
  'kind',
  'profile',
  'category',
  'action',
  'score',
  'url',
  'domain',
  'title',
  'excerpt',
  'decision',
  'alert',
  'reviewed',
] as const;

export function eventsToCsv(events: readonly KidShieldEvent[]): string {
  return toCsv(
    CSV_COLUMNS,
    events.map((e) => [
      new Date(e.ts).toISOString(),
      e.kind,
      e.profileId,
      e.category,
      e.action,
      e.score,
      e.url,
      e.domain,
      e.title,
      e.excerpt,
      e.decision,
      e.alert,
      e.reviewed,
    ]),
  );
}

export function eventsToJson(events: readonly KidShieldEvent[]): string {
  return `${JSON.stringify({ exportedAt: new Date().toISOString(), events }, null, 2)}\n`;
}

/** Starts a download of `text` as `filename`. */
export function download(text: string, filename: string, type: string): Blob {
  const blob = new Blob([text], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return blob;
}
