import { describe, expect, it } from 'vitest';
import { createWorkingCalendar, SHIPPED_CALENDAR } from '../../../src/domain/calendar/index.js';
import {
  addDays,
  bookingWindowProblem,
  datesBetween,
  daysBetween,
  isDate,
  receptionDays,
  remainingPlaces,
  slotStart,
  type ThemeSchedule,
} from '../../../src/domain/reception/calendar.js';

const cal = createWorkingCalendar(SHIPPED_CALENDAR);
const SLOTS = ['14:30-15:30', '09:00-10:00'];
const themes: ThemeSchedule[] = [
  { theme: 'labour', weekday: 1, hostUnitId: 'hr', slots: SLOTS, capacity: 2 },
  { theme: 'contract', weekday: 2, hostUnitId: 'law', slots: SLOTS, capacity: 3 },
  { theme: 'property_rights', weekday: 3, hostUnitId: 'court', slots: SLOTS, capacity: 2 },
  { theme: 'operations', weekday: 4, hostUnitId: 'market', slots: SLOTS, capacity: 2 },
  { theme: 'rights_protection', weekday: 5, hostUnitId: 'judicial', slots: SLOTS, capacity: 2 },
];

describe('reception calendar', () => {
  it('gives each working weekday its theme, host, slots in order and capacity; weekends none', () => {
    // 2026-03-02 is a Monday without holidays.
    const days = receptionDays(cal, themes, '2026-03-02', '2026-03-08');
    expect(days.map((d) => [d.date, d.weekday, d.theme])).toEqual([
      ['2026-03-02', 1, 'labour'],
      ['2026-03-03', 2, 'contract'],
      ['2026-03-04', 3, 'property_rights'],
      ['2026-03-05', 4, 'operations'],
      ['2026-03-06', 5, 'rights_protection'],
      ['2026-03-07', 6, null],
      ['2026-03-08', 7, null],
    ]);
    expect(days[1]).toMatchObject({ hostUnitId: 'law', slots: ['09:00-10:00', '14:30-15:30'], capacity: 3, working: true, dayName: null, makeUpDay: false });
    expect(days[5]).toMatchObject({ hostUnitId: null, slots: [], capacity: 0, working: false });
  });

  it('holds no theme on a public holiday that falls on a weekday', () => {
    // 劳动节 2026-05-01..05: Friday 1st, Monday 4th and Tuesday 5th are off.
    const days = receptionDays(cal, themes, '2026-05-01', '2026-05-06');
    expect(days.map((d) => [d.date, d.theme, d.working, d.dayName])).toEqual([
      ['2026-05-01', null, false, '劳动节'],
      ['2026-05-02', null, false, '劳动节'],
      ['2026-05-03', null, false, '劳动节'],
      ['2026-05-04', null, false, '劳动节'],
      ['2026-05-05', null, false, '劳动节'],
      ['2026-05-06', 'property_rights', true, null],
    ]);
  });

  it('keeps a make-up working day (调休上班) on its own weekday: a Saturday make-up day hosts no theme', () => {
    // 2026-05-09 is a Saturday worked for 劳动节.
    const [day] = receptionDays(cal, themes, '2026-05-09', '2026-05-09');
    expect(day).toMatchObject({ date: '2026-05-09', weekday: 6, working: true, makeUpDay: true, dayName: '劳动节调休上班', theme: null, slots: [] });
    // A make-up day on a Sunday (2026-01-04) likewise.
    expect(receptionDays(cal, themes, '2026-01-04', '2026-01-05').map((d) => [d.date, d.makeUpDay, d.theme])).toEqual([
      ['2026-01-04', true, null],
      ['2026-01-05', false, 'labour'],
    ]);
  });

  it('expands a range across months and years, both ends included', () => {
    expect(datesBetween('2026-12-30', '2027-01-02')).toEqual(['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']);
    expect(datesBetween('2026-03-02', '2026-03-01')).toEqual([]);
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
    expect(daysBetween('2026-12-01', '2027-01-30')).toBe(60);
    expect(isDate('2026-02-29')).toBe(false);
    expect(isDate('2028-02-29')).toBe(true);
    expect(isDate('2026-3-1')).toBe(false);
  });

  it('starts a slot at its local time (UTC+8)', () => {
    expect(slotStart(cal, '2026-12-01', '09:00-10:00').toISOString()).toBe('2026-12-01T01:00:00.000Z');
  });

  it('books from now until the slot starts, up to 60 days ahead', () => {
    const now = new Date('2026-12-01T09:30:00+08:00');
    const today = '2026-12-01';
    expect(bookingWindowProblem(cal, now, today, '2026-11-30', '14:30-15:30')).toBe('past');
    expect(bookingWindowProblem(cal, now, today, '2026-12-01', '09:00-10:00')).toBe('started');
    expect(bookingWindowProblem(cal, now, today, '2026-12-01', '14:30-15:30')).toBeNull();
    expect(bookingWindowProblem(cal, now, today, '2027-01-30', '09:00-10:00')).toBeNull();
    expect(bookingWindowProblem(cal, now, today, '2027-01-31', '09:00-10:00')).toBe('too_far');
  });

  it('never counts fewer than zero places left', () => {
    expect(remainingPlaces(2, 0)).toBe(2);
    expect(remainingPlaces(2, 2)).toBe(0);
    expect(remainingPlaces(2, 3)).toBe(0);
  });
});
