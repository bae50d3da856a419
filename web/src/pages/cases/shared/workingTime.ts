// A client-side copy of the working calendar, just enough to run countdowns between
// two server reads: weekdays work, weekends rest, overrides (holidays, 调休 workdays)
// win; office hours from the calendar; local time is UTC+8 (no daylight saving).
import type { CalendarDay, OfficeHours } from '../../../api/settings';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const OFFSET_MS = 8 * 60 * MINUTE_MS;

export interface ClientCalendar {
  hours: OfficeHours;
  overrides: ReadonlyMap<string, CalendarDay['kind']>;
}

export const DEFAULT_HOURS: OfficeHours = { start: '08:30', end: '17:30' };

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** Office minutes in one working day (540 for 08:30–17:30). */
export function minutesPerDay(hours: OfficeHours): number {
  return Math.max(0, minutesOf(hours.end) - minutesOf(hours.start));
}

function dateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday (1 = Monday) of a day number counted from 1970-01-01 (a Thursday). */
export function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

function isWorkingDay(cal: ClientCalendar, day: number): boolean {
  const override = cal.overrides.get(dateOfDay(day));
  if (override) return override === 'workday';
  return isoWeekday(day) <= 5;
}

/** Office minutes of working days between two instants (0 when `to` is before `from`). */
export function workingMinutesBetween(cal: ClientCalendar, from: number, to: number): number {
  if (to <= from) return 0;
  const open = minutesOf(cal.hours.start) * MINUTE_MS;
  const close = minutesOf(cal.hours.end) * MINUTE_MS;
  let total = 0;
  const firstDay = Math.floor((from + OFFSET_MS) / DAY_MS);
  const lastDay = Math.floor((to + OFFSET_MS) / DAY_MS);
  for (let day = firstDay; day <= lastDay; day++) {
    if (!isWorkingDay(cal, day)) continue;
    const dayStart = day * DAY_MS - OFFSET_MS;
    const start = Math.max(from, dayStart + open);
    const end = Math.min(to, dayStart + close);
    if (end > start) total += end - start;
  }
  return total / MINUTE_MS;
}
