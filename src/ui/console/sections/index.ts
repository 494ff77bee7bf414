/** The console's sections, in navigation order: adding one touches its file and this list. */
import type { ConsoleSection } from '../section.ts';
import { dashboardSection } from './dashboard.ts';
import { overviewSection } from './overview.ts';

export const SECTIONS: ConsoleSection[] = [overviewSection, dashboardSection];
