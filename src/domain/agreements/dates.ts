/** Calendar-day arithmetic on local dates ('YYYY-MM-DD'), and today in Asia/Shanghai (a fixed UTC+8). */

const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

export const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/** The local date in Asia/Shanghai of an instant. */
export function shanghaiDate(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

export { addDays, daysBetween, isDate as isValidDate } from '../calendar/days.js';

/** ¥1,234.50 — amounts in messages. */
export function yuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}¥${Math.floor(abs / 100).toLocaleString('en-US')}.${String(abs % 100).padStart(2, '0')}`;
}
