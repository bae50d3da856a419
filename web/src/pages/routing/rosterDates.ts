// Calendar dates ('YYYY-MM-DD') for the roster screen, computed in UTC so that no browser
// time zone shifts a day; "today" is the center's date (UTC+8).
const DAY_MS = 86_400_000;
const CENTER_OFFSET_MS = 8 * 3_600_000;

const toDay = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const fromDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

export function centerToday(now = Date.now()): string {
  return fromDay(Math.floor((now + CENTER_OFFSET_MS) / DAY_MS));
}

export function addDays(date: string, days: number): string {
  return fromDay(toDay(date) + days);
}

/** ISO weekday, 1 = Monday. */
export function isoWeekday(date: string): number {
  return ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
}

export type RosterView = 'week' | 'month';

/** The range shown for a view around `anchor`: Monday to Sunday, or the calendar month. */
export function rangeOf(view: RosterView, anchor: string): { from: string; to: string } {
  if (view === 'week') {
    const from = addDays(anchor, 1 - isoWeekday(anchor));
    return { from, to: addDays(from, 6) };
  }
  const [y, m] = anchor.split('-').map(Number) as [number, number];
  const from = `${anchor.slice(0, 7)}-01`;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from, to: `${anchor.slice(0, 7)}-${String(last).padStart(2, '0')}` };
}

/** The anchor of the previous or next range. */
export function shift(view: RosterView, anchor: string, direction: -1 | 1): string {
  if (view === 'week') return addDays(anchor, 7 * direction);
  const [y, m] = anchor.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + direction, 1));
  return d.toISOString().slice(0, 10);
}
