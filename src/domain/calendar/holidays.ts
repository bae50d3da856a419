import type { CalendarOverride } from './working-calendar.js';

/**
 * Shipped public holidays and make-up working days (调休上班) of mainland China.
 * Only deviations from the Monday–Friday week are listed; weekend days inside a holiday
 * period are listed too, so the data reads like the announcement. Admins can edit the
 * calendar: their overrides are applied after these (see createWorkingCalendar).
 */

function off(name: string, from: string, to: string = from): CalendarOverride[] {
  const out: CalendarOverride[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    out.push({ date: new Date(t).toISOString().slice(0, 10), kind: 'holiday', name });
  }
  return out;
}

function work(name: string, ...dates: string[]): CalendarOverride[] {
  return dates.map((date) => ({ date, kind: 'workday', name }));
}

/** 国务院办公厅关于2025年部分节假日安排的通知 (国办发明电〔2024〕12号, 2024-11-12). */
export const HOLIDAYS_2025: readonly CalendarOverride[] = [
  ...off('元旦', '2025-01-01'),
  ...work('春节调休上班', '2025-01-26'),
  ...off('春节', '2025-01-28', '2025-02-04'),
  ...work('春节调休上班', '2025-02-08'),
  ...off('清明节', '2025-04-04', '2025-04-06'),
  ...work('劳动节调休上班', '2025-04-27'),
  ...off('劳动节', '2025-05-01', '2025-05-05'),
  ...off('端午节', '2025-05-31', '2025-06-02'),
  ...work('国庆节、中秋节调休上班', '2025-09-28'),
  ...off('国庆节、中秋节', '2025-10-01', '2025-10-08'),
  ...work('国庆节、中秋节调休上班', '2025-10-11'),
];

/** 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04). */
export const HOLIDAYS_2026: readonly CalendarOverride[] = [
  ...off('元旦', '2026-01-01', '2026-01-03'),
  ...work('元旦调休上班', '2026-01-04'),
  ...work('春节调休上班', '2026-02-14'),
  ...off('春节', '2026-02-15', '2026-02-23'),
  ...work('春节调休上班', '2026-02-28'),
  ...off('清明节', '2026-04-04', '2026-04-06'),
  ...off('劳动节', '2026-05-01', '2026-05-05'),
  ...work('劳动节调休上班', '2026-05-09'),
  ...off('端午节', '2026-06-19', '2026-06-21'),
  ...work('国庆节调休上班', '2026-09-20'),
  ...off('中秋节', '2026-09-25', '2026-09-27'),
  ...off('国庆节', '2026-10-01', '2026-10-07'),
  ...work('国庆节调休上班', '2026-10-10'),
];

/**
 * 2027: PROJECTED; replace with the official announcement — admins can edit the calendar.
 * Derived from the rules stated in the 2025 notice (春节 from 除夕 8 days, 国庆 from 10-01 7 days,
 * 劳动节 5 days, 元旦/清明/端午/中秋 3 days with the weekend or only the day itself if it is a
 * Wednesday; statutory days falling on a weekend are compensated) and the 2027 dates:
 * 除夕 02-05 (Fri, 春节 02-06), 清明 04-05 (Mon), 端午 06-09 (Wed), 中秋 09-15 (Wed).
 * Net 13 statutory days off, like 2025 and 2026. The choice of make-up days is a guess.
 */
export const HOLIDAYS_2027: readonly CalendarOverride[] = [
  ...off('元旦', '2027-01-01', '2027-01-03'),
  ...work('春节调休上班', '2027-01-31'),
  ...off('春节', '2027-02-05', '2027-02-12'),
  ...work('春节调休上班', '2027-02-13'),
  ...off('清明节', '2027-04-03', '2027-04-05'),
  ...off('劳动节', '2027-05-01', '2027-05-05'),
  ...work('劳动节调休上班', '2027-05-08'),
  ...off('端午节', '2027-06-09'),
  ...off('中秋节', '2027-09-15'),
  ...work('国庆节调休上班', '2027-09-26'),
  ...off('国庆节', '2027-10-01', '2027-10-07'),
  ...work('国庆节调休上班', '2027-10-09'),
];

export const SHIPPED_CALENDAR_YEARS: readonly number[] = [2025, 2026, 2027];

/** All shipped entries, in date order. */
export const SHIPPED_CALENDAR: readonly CalendarOverride[] = [...HOLIDAYS_2025, ...HOLIDAYS_2026, ...HOLIDAYS_2027];
