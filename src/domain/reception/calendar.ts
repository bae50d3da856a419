import { addDays, dayNumber, daysBetween, isDate } from '../calendar/days.js';
import { isWorkingDay, type WorkingCalendar } from '../calendar/working-calendar.js';
import { isoWeekday } from '../routing/roster.js';
import { parseSlot, sortSlots } from './slots.js';
import { themeOn, type ReceptionTheme, type ThemeDay } from './themes.js';

export { addDays, daysBetween, isDate };

/** The longest range one calendar request may cover. */
export const CALENDAR_MAX_DAYS = 92;
/** How far ahead a slot can be booked, in calendar days from today. */
export const BOOKING_HORIZON_DAYS = 60;

/** Every date from `from` to `to`, both included. */
export function datesBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = dayNumber(from); d <= dayNumber(to); d++) out.push(addDays('1970-01-01', d));
  return out;
}

/** A theme as the calendar needs it. */
export interface ThemeSchedule extends ThemeDay {
  hostUnitId: string | null;
  slots: readonly string[];
  capacity: number;
}

export interface ReceptionDay {
  date: string;
  weekday: number;
  working: boolean;
  /** the name of the holiday or make-up day (调休上班) when the day deviates from the week */
  dayName: string | null;
  makeUpDay: boolean;
  theme: ReceptionTheme | null;
  hostUnitId: string | null;
  slots: string[];
  capacity: number;
}

/**
 * The reception days of a center between two dates. A theme is held on its weekday when
 * that day is a working day: never on a public holiday, and a make-up working day (调休上班)
 * keeps its own weekday — a Saturday make-up day hosts no theme, since themes sit on
 * Monday–Friday. This is the same rule as `themeOn`, which routing reads.
 */
export function receptionDays(cal: WorkingCalendar, themes: readonly ThemeSchedule[], from: string, to: string): ReceptionDay[] {
  return datesBetween(from, to).map((date) => {
    const working = isWorkingDay(cal, date);
    const override = cal.overrides.get(date);
    const theme = themeOn(themes, date, working);
    const t = theme ? themes.find((x) => x.theme === theme)! : null;
    return {
      date,
      weekday: isoWeekday(date),
      working,
      dayName: override?.name ?? null,
      makeUpDay: override?.kind === 'workday',
      theme,
      hostUnitId: t?.hostUnitId ?? null,
      slots: t ? sortSlots(t.slots) : [],
      capacity: t?.capacity ?? 0,
    };
  });
}

/** The instant a slot of a local date starts. */
export function slotStart(cal: WorkingCalendar, date: string, slot: string): Date {
  const s = parseSlot(slot);
  if (!s) throw new RangeError(`invalid slot: ${slot}`);
  return new Date((dayNumber(date) * 1440 + s.start - cal.utcOffsetMinutes) * 60_000);
}

export type BookingWindowProblem = 'past' | 'too_far' | 'started';

/**
 * Whether a slot can still be booked as of `now`: not on a past day, not beyond the
 * booking horizon, and not once it has started. `today` is the local date of `now`.
 */
export function bookingWindowProblem(cal: WorkingCalendar, now: Date, today: string, date: string, slot: string): BookingWindowProblem | null {
  const ahead = daysBetween(today, date);
  if (ahead < 0) return 'past';
  if (ahead > BOOKING_HORIZON_DAYS) return 'too_far';
  if (slotStart(cal, date, slot).getTime() <= now.getTime()) return 'started';
  return null;
}

export function remainingPlaces(capacity: number, booked: number): number {
  return Math.max(0, capacity - booked);
}
