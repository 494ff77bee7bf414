/** Alarms: schedules, lesson-mode end, retention. */
import { browser } from './browser.ts';

export async function setAlarm(
  name: string,
  when: number,
  periodInMinutes?: number,
): Promise<void> {
  await browser.alarms.create(name, periodInMinutes ? { when, periodInMinutes } : { when });
}

export async function clearAlarm(name: string): Promise<void> {
  await browser.alarms.clear(name);
}

export function onAlarm(listener: (name: string) => void): void {
  browser.alarms.onAlarm.addListener((alarm) => listener(alarm.name));
}
