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

/** When the alarm is due next, or undefined when there is none. */
export async function alarmTime(name: string): Promise<number | undefined> {
  const alarm = await browser.alarms.get(name);
  return alarm?.scheduledTime;
}
