/**
 * The working calendar: which days are working days and when the office is open.
 * Pure: no I/O and no clock, every instant is passed in. Local time is a fixed UTC
 * offset (China has no daylight saving time), so a local day is an exact 24 h span.
 * Resolution is one millisecond; minute counts are exact for minute-aligned inputs.
 */

export interface CalendarOverride {
  /** 'YYYY-MM-DD', local date */
  date: string;
  /** 'holiday': a day off even on a weekday; 'workday': a working day even on a weekend (调休上班) */
  kind: 'holiday' | 'workday';
  name: string;
}

export interface OfficeHours {
  /** 'HH:MM' local time, inclusive */
  start: string;
  /** 'HH:MM' local time, exclusive; '24:00' allowed */
  end: string;
}

export interface WorkingCalendar {
  overrides: ReadonlyMap<string, CalendarOverride>;
  hours: OfficeHours;
  /** 480 for China (UTC+8) */
  utcOffsetMinutes: number;
}

export const DEFAULT_OFFICE_HOURS: OfficeHours = Object.freeze({ start: '08:30', end: '17:30' });
export const CHINA_UTC_OFFSET_MINUTES = 480;

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** Scanning this many consecutive days without a working day means the calendar is broken. */
const MAX_DAYS_WITHOUT_WORK = 3_660;

/**
 * Builds a calendar. Overrides are applied in order, so a later entry for the same date wins:
 * pass the shipped data first and admin edits after it.
 */
export function createWorkingCalendar(
  overrides: readonly CalendarOverride[],
  hours: OfficeHours = DEFAULT_OFFICE_HOURS,
  utcOffsetMinutes: number = CHINA_UTC_OFFSET_MINUTES,
): WorkingCalendar {
  parseHours(hours);
  if (!Number.isInteger(utcOffsetMinutes) || Math.abs(utcOffsetMinutes) > 14 * 60) {
    throw new RangeError(`invalid UTC offset: ${utcOffsetMinutes}`);
  }
  const map = new Map<string, CalendarOverride>();
  for (const o of overrides) {
    dayNumber(o.date);
    if (o.kind !== 'holiday' && o.kind !== 'workday') throw new RangeError(`invalid override kind for ${o.date}`);
    map.set(o.date, Object.freeze({ date: o.date, kind: o.kind, name: o.name }));
  }
  return Object.freeze({ overrides: map, hours: Object.freeze({ ...hours }), utcOffsetMinutes });
}

/** The local date ('YYYY-MM-DD') of an instant. */
export function localDate(cal: WorkingCalendar, instant: Date): string {
  return dateOfDay(Math.floor(toLocal(cal, instant) / DAY_MS));
}

/** Weekdays are working days, weekends are not; a 'workday' override makes a day working, a 'holiday' one makes it off. */
export function isWorkingDay(cal: WorkingCalendar, date: string): boolean {
  return isWorkingDayNumber(cal, dayNumber(date));
}

/** The first working day strictly after `date`. */
export function nextWorkingDay(cal: WorkingCalendar, date: string): string {
  return dateOfDay(nextWorkingDayNumber(cal, dayNumber(date)));
}

/**
 * The earliest instant t >= from such that workingMinutesBetween(from, t) === minutes.
 * Only office minutes of working days count; if `from` is outside office hours counting starts at
 * the next opening. A count that ends exactly at closing time lands on the close (17:30), not on
 * the next opening. `minutes === 0` returns `from` unchanged.
 */
export function addWorkingMinutes(cal: WorkingCalendar, from: Date, minutes: number): Date {
  if (!Number.isFinite(minutes) || minutes < 0) throw new RangeError(`invalid minutes: ${minutes}`);
  let left = Math.round(minutes * MINUTE_MS);
  const t = toLocal(cal, from);
  if (left === 0) return new Date(from.getTime());
  const { open, close } = parseHours(cal.hours);
  let idle = 0;
  for (let day = Math.floor(t / DAY_MS); ; day++) {
    if (!isWorkingDayNumber(cal, day)) {
      if (++idle > MAX_DAYS_WITHOUT_WORK) throw new RangeError('calendar has no working days');
      continue;
    }
    idle = 0;
    const start = Math.max(t, day * DAY_MS + open);
    const end = day * DAY_MS + close;
    if (start >= end) continue;
    if (left <= end - start) return fromLocal(cal, start + left);
    left -= end - start;
  }
}

/**
 * Deadline "N working days" (N >= 1): the close of office hours on the Nth working day after
 * the local date of `from`. As in the Civil Code (民法典 arts. 201, 203), the day the period
 * starts is not counted, whatever the time of day, and the period ends when business stops
 * on its last day. E.g. registered Monday 10:00 or Sunday 20:00 → 1 working day = Tuesday/Monday 17:30.
 */
export function addWorkingDays(cal: WorkingCalendar, from: Date, days: number): Date {
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`invalid working days: ${days}`);
  let day = Math.floor(toLocal(cal, from) / DAY_MS);
  for (let n = 0; n < days; n++) day = nextWorkingDayNumber(cal, day);
  return fromLocal(cal, day * DAY_MS + parseHours(cal.hours).close);
}

/** Office minutes of working days in [a, b); 0 if b <= a. Fractional if the inputs are not minute-aligned. */
export function workingMinutesBetween(cal: WorkingCalendar, a: Date, b: Date): number {
  const from = toLocal(cal, a);
  const to = toLocal(cal, b);
  if (to <= from) return 0;
  const { open, close } = parseHours(cal.hours);
  let total = 0;
  for (let day = Math.floor(from / DAY_MS); day * DAY_MS < to; day++) {
    if (!isWorkingDayNumber(cal, day)) continue;
    total += Math.max(0, Math.min(to, day * DAY_MS + close) - Math.max(from, day * DAY_MS + open));
  }
  return total / MINUTE_MS;
}

// ---- internals: days are counted from 1970-01-01, local instants are epoch ms shifted by the offset

function toLocal(cal: WorkingCalendar, instant: Date): number {
  const ms = instant.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('invalid date');
  return ms + cal.utcOffsetMinutes * MINUTE_MS;
}

function fromLocal(cal: WorkingCalendar, local: number): Date {
  return new Date(local - cal.utcOffsetMinutes * MINUTE_MS);
}

function dayNumber(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
  if (!m || Number.isNaN(ms) || dateOfDay(ms / DAY_MS) !== date) throw new RangeError(`invalid date: ${date}`);
  return ms / DAY_MS;
}

function dateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function isWorkingDayNumber(cal: WorkingCalendar, day: number): boolean {
  const override = cal.overrides.get(dateOfDay(day));
  if (override) return override.kind === 'workday';
  const weekday = new Date(day * DAY_MS).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

function nextWorkingDayNumber(cal: WorkingCalendar, day: number): number {
  for (let d = day + 1; d <= day + MAX_DAYS_WITHOUT_WORK; d++) {
    if (isWorkingDayNumber(cal, d)) return d;
  }
  throw new RangeError('calendar has no working days');
}

/** Office hours as ms since local midnight. */
function parseHours(hours: OfficeHours): { open: number; close: number } {
  const open = parseClock(hours.start);
  const close = parseClock(hours.end);
  if (open >= close) throw new RangeError(`office hours must open before they close: ${hours.start}–${hours.end}`);
  return { open, close };
}

function parseClock(hhmm: string): number {
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
  const minutes = m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
  if (!m || Number(m[2]) > 59 || !(minutes <= 24 * 60)) throw new RangeError(`invalid time of day: ${hhmm}`);
  return minutes * MINUTE_MS;
}
