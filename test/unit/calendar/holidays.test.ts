import { describe, it, expect } from 'vitest';
import {
  HOLIDAYS_2025,
  HOLIDAYS_2026,
  HOLIDAYS_2027,
  SHIPPED_CALENDAR,
  SHIPPED_CALENDAR_YEARS,
  createWorkingCalendar,
  isWorkingDay,
  type CalendarOverride,
} from '../../../src/domain/calendar/index.js';

const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();
const isWeekend = (date: string) => weekday(date) === 0 || weekday(date) === 6;
const dates = (entries: readonly CalendarOverride[], kind: CalendarOverride['kind']) =>
  entries.filter((e) => e.kind === kind).map((e) => e.date);

describe('shipped holiday data', () => {
  it('covers 2025–2027, sorted, one entry per date', () => {
    expect(SHIPPED_CALENDAR_YEARS).toEqual([2025, 2026, 2027]);
    const all = SHIPPED_CALENDAR.map((e) => e.date);
    expect([...all].sort()).toEqual(all);
    expect(new Set(all).size).toBe(all.length);
    expect(new Set(all.map((d) => Number(d.slice(0, 4))))).toEqual(new Set(SHIPPED_CALENDAR_YEARS));
    expect(() => createWorkingCalendar(SHIPPED_CALENDAR)).not.toThrow();
  });

  it('has make-up workdays only on weekends, and Chinese names', () => {
    for (const e of SHIPPED_CALENDAR) {
      if (e.kind === 'workday') expect(isWeekend(e.date), e.date).toBe(true);
      expect(e.name).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it.each([
    [2025, HOLIDAYS_2025],
    [2026, HOLIDAYS_2026],
    [2027, HOLIDAYS_2027],
  ] as const)('%i nets the 13 statutory days off (weekday holidays minus make-up days)', (_year, entries) => {
    const weekdaysOff = dates(entries, 'holiday').filter((d) => !isWeekend(d)).length;
    expect(weekdaysOff - dates(entries, 'workday').length).toBe(13);
  });

  it('matches the 2025 State Council notice', () => {
    expect(dates(HOLIDAYS_2025, 'workday')).toEqual(['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11']);
    const spring = HOLIDAYS_2025.filter((e) => e.name === '春节').map((e) => e.date);
    expect([spring[0], spring.at(-1), spring.length]).toEqual(['2025-01-28', '2025-02-04', 8]);
    expect(dates(HOLIDAYS_2025, 'holiday').filter((d) => d.startsWith('2025-10'))).toHaveLength(8);
  });

  it('matches the 2026 State Council notice', () => {
    expect(dates(HOLIDAYS_2026, 'workday')).toEqual([
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
    const spring = HOLIDAYS_2026.filter((e) => e.name === '春节').map((e) => e.date);
    expect([spring[0], spring.at(-1), spring.length]).toEqual(['2026-02-15', '2026-02-23', 9]);
  });

  it('drives isWorkingDay', () => {
    const cal = createWorkingCalendar(SHIPPED_CALENDAR);
    expect(isWorkingDay(cal, '2026-02-14')).toBe(true); // Saturday, 春节调休上班
    expect(isWorkingDay(cal, '2026-02-16')).toBe(false); // Monday, 春节
    expect(isWorkingDay(cal, '2027-02-05')).toBe(false); // projected 除夕
  });
});
