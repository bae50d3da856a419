/** Calendar-day arithmetic on local dates 'YYYY-MM-DD' (no time zone: a date is a day). */

const DAY_MS = 86_400_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The day number of a date (days since 1970-01-01); RangeError for anything that is not a real date. */
export function dayNumber(date: string): number {
  const ms = DATE.test(date) ? Date.parse(`${date}T00:00:00Z`) : NaN;
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date) throw new RangeError(`invalid date: ${date}`);
  return ms / DAY_MS;
}

/** Whether `date` is a real calendar date 'YYYY-MM-DD'. */
export function isDate(date: string): boolean {
  try {
    dayNumber(date);
    return true;
  } catch {
    return false;
  }
}

export function addDays(date: string, days: number): string {
  return new Date((dayNumber(date) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** Calendar days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}
