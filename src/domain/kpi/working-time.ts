import { isWorkingDay, type WorkingCalendar, workingMinutesBetween } from '../calendar/working-calendar.js';

/**
 * workingMinutesBetween() for many pairs at once: the same office minutes of working days in
 * [a, b), computed from running totals per day instead of walking the days of each pair.
 * A dashboard measures thousands of cases over months; walking costs tens of µs per case,
 * this a few hundred ns. The result is identical to workingMinutesBetween (integer ms summed
 * exactly, then divided once) — a property test holds them equal.
 */
export interface WorkingTime {
  /** = workingMinutesBetween(cal, a, b) */
  minutesBetween(a: Date, b: Date): number;
  /** the same in whole milliseconds (inputs are ms-resolution) */
  msBetween(a: Date, b: Date): number;
}

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
/** Tables grow by at least this many days on each side. */
const GROW_DAYS = 400;

const clockMs = (hhmm: string): number => (Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))) * MINUTE_MS;
const dateOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

const cache = new WeakMap<WorkingCalendar, WorkingTime>();

/** The (cached) fast measure of a calendar. Calendars are immutable, so the cache never goes stale. */
export function workingTime(cal: WorkingCalendar): WorkingTime {
  let wt = cache.get(cal);
  if (!wt) {
    wt = createWorkingTime(cal);
    cache.set(cal, wt);
  }
  return wt;
}

function createWorkingTime(cal: WorkingCalendar): WorkingTime {
  const open = clockMs(cal.hours.start);
  const close = clockMs(cal.hours.end);
  const offset = cal.utcOffsetMinutes * MINUTE_MS;
  // Days lo..hi: whether each is a working day, and the office ms of the days before it (from lo).
  let lo = 0;
  let hi = -1;
  let working: boolean[] = [];
  let before: number[] = [];

  const build = (from: number, to: number) => {
    lo = from;
    hi = to;
    working = [];
    before = [];
    let sum = 0;
    for (let day = from; day <= to; day++) {
      const w = isWorkingDay(cal, dateOf(day));
      working.push(w);
      before.push(sum);
      if (w) sum += close - open;
    }
  };

  /** Office ms from the start of day lo up to the local instant. */
  const upTo = (local: number): number => {
    const day = Math.floor(local / DAY_MS);
    if (day < lo || day > hi) build(hi < lo ? day - GROW_DAYS : Math.min(lo, day - GROW_DAYS), hi < lo ? day + GROW_DAYS : Math.max(hi, day + GROW_DAYS));
    const i = day - lo;
    const inDay = working[i] ? Math.min(Math.max(local - day * DAY_MS - open, 0), close - open) : 0;
    return before[i]! + inDay;
  };

  const msBetween = (a: Date, b: Date): number => {
    const from = a.getTime() + offset;
    const to = b.getTime() + offset;
    if (!Number.isFinite(from) || !Number.isFinite(to)) return workingMinutesBetween(cal, a, b) * MINUTE_MS; // throws as it does
    if (to <= from) return 0;
    // First grow the table to hold both ends (it only grows), so that both totals share one origin.
    upTo(from);
    upTo(to);
    return upTo(to) - upTo(from);
  };
  return { msBetween, minutesBetween: (a, b) => msBetween(a, b) / MINUTE_MS };
}
