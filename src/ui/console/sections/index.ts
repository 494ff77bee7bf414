/** The console's sections, in navigation order: adding one touches its file and this list. */
import type { ConsoleSection } from '../section.ts';
import { dashboardSection } from './dashboard.ts';
import { backupSection } from './backup.ts';
import { contactsSection } from './contacts.ts';
import { lessonSection } from './lesson.ts';
import { listsSection } from './lists.ts';
import { overviewSection } from './overview.ts';
import { profilesSection } from './profiles.ts';
import { protectionSection } from './protection.ts';
import { schedulesSection } from './schedules.ts';

export const SECTIONS: ConsoleSection[] = [
  overviewSection,
  dashboardSection,
  profilesSection,
  listsSection,
  schedulesSection,
  lessonSection,
  contactsSection,
  protectionSection,
  backupSection,
];
