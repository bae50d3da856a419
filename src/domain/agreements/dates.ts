/** Calendar-day arithmetic on local dates ('YYYY-MM-DD'), and today in Asia/Shanghai (a fixed UTC+8). */

const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

export const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/** The local date in Asia/Shanghai of an instant. */
export function shanghaiDate(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

function dayNo(date: string): number {
  if (!DATE_RE.test(date)) throw new RangeError(`invalid date ${date}`);
  const t = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== date) throw new RangeError(`invalid date ${date}`);
  return Math.round(t / DAY_MS);
}

export function isValidDate(date: string): boolean {
  try {
    dayNo(date);
    return true;
  } catch {
    return false;
  }
}

export function addDays(date: string, days: number): string {
  return new Date((dayNo(date) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return dayNo(b) - dayNo(a);
}

/** ¥1,234.50 — amounts in messages. */
export function yuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}¥${Math.floor(abs / 100).toLocaleString('en-US')}.${String(abs % 100).padStart(2, '0')}`;
}
