/**
 * Reporting periods. A period is a run of local days (Asia/Shanghai, a fixed UTC+8 offset),
 * `to` inclusive; as instants it is the half-open window [from 00:00, day after `to` 00:00).
 * Pure: the offset is passed in (WorkingCalendar.utcOffsetMinutes).
 */

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/** Local days, 'YYYY-MM-DD', both inclusive. */
export interface DayPeriod {
  from: string;
  to: string;
}

/** Instants, [from, to). */
export interface Window {
  from: Date;
  to: Date;
}

/** A real calendar date written 'YYYY-MM-DD'. */
export function isLocalDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === s;
}

function dayNumber(date: string): number {
  if (!isLocalDate(date)) throw new RangeError(`invalid date: ${date}`);
  return Date.parse(`${date}T00:00:00Z`) / DAY_MS;
}

function dateOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return dateOf(dayNumber(date) + days);
}

/** Whole days from a to b (b − a). */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/** Local midnight starting `date`. */
export function dayStart(date: string, utcOffsetMinutes: number): Date {
  return new Date(dayNumber(date) * DAY_MS - utcOffsetMinutes * MINUTE_MS);
}

export function windowOf(p: DayPeriod, utcOffsetMinutes: number): Window {
  return { from: dayStart(p.from, utcOffsetMinutes), to: dayStart(addDays(p.to, 1), utcOffsetMinutes) };
}

export interface TimeBucket extends DayPeriod {
  key: string;
}

/** The calendar months the period touches, each clipped to the period; key 'YYYY-MM'. */
export function monthBuckets(p: DayPeriod): TimeBucket[] {
  const out: TimeBucket[] = [];
  let start = p.from;
  while (start <= p.to) {
    const [y, m] = [Number(start.slice(0, 4)), Number(start.slice(5, 7))];
    const nextMonth = new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);
    const end = addDays(nextMonth, -1);
    out.push({ key: start.slice(0, 7), from: start, to: end < p.to ? end : p.to });
    start = nextMonth;
  }
  return out;
}

/** The ISO weeks (Monday–Sunday) the period touches, each clipped to the period; key 'YYYY-Www' (ISO week-numbering year). */
export function weekBuckets(p: DayPeriod): TimeBucket[] {
  const out: TimeBucket[] = [];
  let start = p.from;
  while (start <= p.to) {
    const weekday = (new Date(`${start}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
    const monday = addDays(start, -weekday);
    const sunday = addDays(monday, 6);
    out.push({ key: isoWeekKey(monday), from: start, to: sunday < p.to ? sunday : p.to });
    start = addDays(sunday, 1);
  }
  return out;
}

/** 'YYYY-Www' of the ISO week starting on `monday`: the year of its Thursday, counted from the week holding 4 January. */
export function isoWeekKey(monday: string): string {
  const thursday = addDays(monday, 3);
  const year = thursday.slice(0, 4);
  const week = Math.floor(daysBetween(`${year}-01-01`, thursday) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}
