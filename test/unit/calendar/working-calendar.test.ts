import { describe, it, expect } from 'vitest';
import {
  SHIPPED_CALENDAR,
  addWorkingDays,
  addWorkingMinutes,
  createWorkingCalendar,
  isWorkingDay,
  localDate,
  nextWorkingDay,
  workingMinutesBetween,
} from '../../../src/domain/calendar/index.js';

const cal = createWorkingCalendar(SHIPPED_CALENDAR);
const at = (iso: string) => new Date(iso);

describe('localDate / isWorkingDay / nextWorkingDay', () => {
  it('uses the calendar offset, not UTC', () => {
    expect(localDate(cal, at('2025-10-01T00:30:00+08:00'))).toBe('2025-10-01');
    expect(localDate(cal, at('2025-09-30T23:59:59+08:00'))).toBe('2025-09-30');
    expect(localDate(createWorkingCalendar([], undefined, 0), at('2025-10-01T00:30:00+08:00'))).toBe('2025-09-30');
  });

  it('treats weekends as off unless a make-up workday, and holidays as off', () => {
    expect(isWorkingDay(cal, '2025-03-14')).toBe(true); // ordinary Friday
    expect(isWorkingDay(cal, '2025-03-15')).toBe(false); // ordinary Saturday
    expect(isWorkingDay(cal, '2025-09-28')).toBe(true); // make-up Sunday
    expect(isWorkingDay(cal, '2025-10-11')).toBe(true); // make-up Saturday
    expect(isWorkingDay(cal, '2025-10-01')).toBe(false); // holiday Wednesday
    expect(isWorkingDay(cal, '2025-10-08')).toBe(false); // holiday Wednesday
    expect(isWorkingDay(cal, '2025-10-09')).toBe(true);
  });

  it('finds the next working day across weekends and holidays', () => {
    expect(nextWorkingDay(cal, '2025-03-14')).toBe('2025-03-17');
    expect(nextWorkingDay(cal, '2025-09-26')).toBe('2025-09-28');
    expect(nextWorkingDay(cal, '2025-09-30')).toBe('2025-10-09');
    expect(nextWorkingDay(cal, '2026-02-14')).toBe('2026-02-24');
  });

  it('lets later overrides win (admin edits after shipped data)', () => {
    const edited = createWorkingCalendar([...SHIPPED_CALENDAR, { date: '2025-10-08', kind: 'workday', name: '本地上班' }]);
    expect(isWorkingDay(edited, '2025-10-08')).toBe(true);
  });

  it('rejects malformed input', () => {
    expect(() => isWorkingDay(cal, '2025-02-30')).toThrow(RangeError);
    expect(() => isWorkingDay(cal, '2025-2-3')).toThrow(RangeError);
    expect(() => createWorkingCalendar([], { start: '17:30', end: '08:30' })).toThrow(RangeError);
    expect(() => createWorkingCalendar([], { start: '8:30', end: '17:30' })).toThrow(RangeError);
    expect(() => addWorkingMinutes(cal, at('2025-03-14T10:00:00+08:00'), -1)).toThrow(RangeError);
    expect(() => addWorkingDays(cal, at('2025-03-14T10:00:00+08:00'), 0)).toThrow(RangeError);
    expect(() => localDate(cal, new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('addWorkingMinutes', () => {
  it('registration Friday 17:20 + 30 working minutes lands Monday 08:50', () => {
    expect(addWorkingMinutes(cal, at('2025-03-14T17:20:00+08:00'), 30)).toEqual(at('2025-03-17T08:50:00+08:00'));
  });

  it('… unless Monday is a holiday (端午 2025: Sat–Mon)', () => {
    expect(addWorkingMinutes(cal, at('2025-05-30T17:20:00+08:00'), 30)).toEqual(at('2025-06-03T08:50:00+08:00'));
  });

  it('handles office-hours boundaries', () => {
    // before opening: counting starts at 08:30
    expect(addWorkingMinutes(cal, at('2025-03-17T07:00:00+08:00'), 60)).toEqual(at('2025-03-17T09:30:00+08:00'));
    // after closing and exactly at close: counting starts at the next opening
    expect(addWorkingMinutes(cal, at('2025-03-17T18:00:00+08:00'), 60)).toEqual(at('2025-03-18T09:30:00+08:00'));
    expect(addWorkingMinutes(cal, at('2025-03-17T17:30:00+08:00'), 60)).toEqual(at('2025-03-18T09:30:00+08:00'));
    // a count ending exactly at close lands on the close
    expect(addWorkingMinutes(cal, at('2025-03-17T16:30:00+08:00'), 60)).toEqual(at('2025-03-17T17:30:00+08:00'));
    // one minute more spills to the next opening
    expect(addWorkingMinutes(cal, at('2025-03-17T16:30:00+08:00'), 61)).toEqual(at('2025-03-18T08:31:00+08:00'));
    // zero minutes is a no-op, even outside hours
    expect(addWorkingMinutes(cal, at('2025-03-15T12:00:00+08:00'), 0)).toEqual(at('2025-03-15T12:00:00+08:00'));
  });

  it('skips weekends', () => {
    expect(addWorkingMinutes(cal, at('2025-03-14T16:30:00+08:00'), 120)).toEqual(at('2025-03-17T09:30:00+08:00'));
    expect(addWorkingMinutes(cal, at('2025-03-15T10:00:00+08:00'), 540)).toEqual(at('2025-03-17T17:30:00+08:00'));
  });

  it('国庆 2025: make-up Sunday counts, holiday Wednesday does not', () => {
    // Friday 09-26 17:00: 30 min on Friday, Saturday off, Sunday 09-28 is a make-up workday
    expect(addWorkingMinutes(cal, at('2025-09-26T17:00:00+08:00'), 60)).toEqual(at('2025-09-28T09:00:00+08:00'));
    // Tuesday 09-30 17:00: the holiday runs Wed 10-01 to Wed 10-08
    expect(addWorkingMinutes(cal, at('2025-09-30T17:00:00+08:00'), 60)).toEqual(at('2025-10-09T09:00:00+08:00'));
  });

  it('春节 2026: make-up Saturday 02-14, then nine days off', () => {
    expect(addWorkingMinutes(cal, at('2026-02-13T16:30:00+08:00'), 120)).toEqual(at('2026-02-14T09:30:00+08:00'));
    expect(addWorkingMinutes(cal, at('2026-02-14T16:30:00+08:00'), 120)).toEqual(at('2026-02-24T09:30:00+08:00'));
  });

  it('respects custom office hours and offset', () => {
    const utc = createWorkingCalendar([], { start: '09:00', end: '12:00' }, 0);
    expect(addWorkingMinutes(utc, at('2025-03-14T11:00:00Z'), 120)).toEqual(at('2025-03-17T10:00:00Z'));
  });
});

describe('addWorkingDays', () => {
  it('ends at the close of the Nth working day after the start date', () => {
    expect(addWorkingDays(cal, at('2025-03-17T10:00:00+08:00'), 1)).toEqual(at('2025-03-18T17:30:00+08:00'));
    expect(addWorkingDays(cal, at('2025-03-17T07:00:00+08:00'), 1)).toEqual(at('2025-03-18T17:30:00+08:00'));
    expect(addWorkingDays(cal, at('2025-03-14T20:00:00+08:00'), 1)).toEqual(at('2025-03-17T17:30:00+08:00'));
    expect(addWorkingDays(cal, at('2025-03-15T10:00:00+08:00'), 5)).toEqual(at('2025-03-21T17:30:00+08:00'));
  });

  it('国庆 2025 and 春节 2026', () => {
    expect(addWorkingDays(cal, at('2025-09-26T10:00:00+08:00'), 1)).toEqual(at('2025-09-28T17:30:00+08:00'));
    expect(addWorkingDays(cal, at('2025-09-30T10:00:00+08:00'), 1)).toEqual(at('2025-10-09T17:30:00+08:00'));
    expect(addWorkingDays(cal, at('2025-09-30T10:00:00+08:00'), 3)).toEqual(at('2025-10-11T17:30:00+08:00'));
    expect(addWorkingDays(cal, at('2026-02-13T10:00:00+08:00'), 1)).toEqual(at('2026-02-14T17:30:00+08:00'));
    expect(addWorkingDays(cal, at('2026-02-13T10:00:00+08:00'), 2)).toEqual(at('2026-02-24T17:30:00+08:00'));
  });
});

describe('workingMinutesBetween', () => {
  it('counts office minutes in [a, b)', () => {
    expect(workingMinutesBetween(cal, at('2025-03-17T10:00:00+08:00'), at('2025-03-17T11:00:00+08:00'))).toBe(60);
    expect(workingMinutesBetween(cal, at('2025-03-17T07:00:00+08:00'), at('2025-03-17T20:00:00+08:00'))).toBe(540);
    expect(workingMinutesBetween(cal, at('2025-03-14T17:00:00+08:00'), at('2025-03-17T09:00:00+08:00'))).toBe(60);
    expect(workingMinutesBetween(cal, at('2025-03-17T11:00:00+08:00'), at('2025-03-17T10:00:00+08:00'))).toBe(0);
  });

  it('skips 国庆 2025 but counts its make-up days', () => {
    expect(workingMinutesBetween(cal, at('2025-09-30T08:30:00+08:00'), at('2025-10-09T08:30:00+08:00'))).toBe(540);
    expect(workingMinutesBetween(cal, at('2025-09-27T00:00:00+08:00'), at('2025-09-29T00:00:00+08:00'))).toBe(540);
  });
});
