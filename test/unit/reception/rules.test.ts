import { describe, expect, it } from 'vitest';
import { DEFAULT_OFFICE_HOURS } from '../../../src/domain/calendar/working-calendar.js';
import { bookingActions, bookingCode, markProblem, mayAct } from '../../../src/domain/reception/bookings.js';
import { themeConfigProblems, type ThemeConfigInput } from '../../../src/domain/reception/config.js';

const SLOTS = ['09:00-10:00', '10:00-11:00'];
const week = (): ThemeConfigInput[] => [
  { theme: 'labour', weekday: 1, slots: SLOTS },
  { theme: 'contract', weekday: 2, slots: SLOTS },
  { theme: 'property_rights', weekday: 3, slots: SLOTS },
  { theme: 'operations', weekday: 4, slots: SLOTS },
  { theme: 'rights_protection', weekday: 5, slots: SLOTS },
];

describe('theme configuration rules', () => {
  it('accepts five themes on five working weekdays', () => {
    expect(themeConfigProblems(week(), DEFAULT_OFFICE_HOURS)).toEqual({});
  });

  it('names the second theme of a weekday that is taken', () => {
    const items = week();
    items[3]!.weekday = 2;
    const fields = themeConfigProblems(items, DEFAULT_OFFICE_HOURS);
    expect(Object.keys(fields)).toEqual(['themes.3.weekday']);
    expect(fields['themes.3.weekday']!['zh-CN']).toBe('周二已安排“合同履约”，同一天只能安排一个主题');
    expect(fields['themes.3.weekday']!.en).toContain('Tuesday already hosts Contracts');
  });

  it('refuses weekends and missing or repeated themes', () => {
    const items = week();
    items[4]!.weekday = 6;
    expect(Object.keys(themeConfigProblems(items, DEFAULT_OFFICE_HOURS))).toEqual(['themes.4.weekday']);
    const missing = themeConfigProblems(week().slice(0, 4), DEFAULT_OFFICE_HOURS);
    expect(missing.themes!['zh-CN']).toContain('维权服务');
    const twice = week();
    twice[4] = { theme: 'labour', weekday: 5, slots: SLOTS };
    expect(Object.keys(themeConfigProblems(twice, DEFAULT_OFFICE_HOURS))).toEqual(['themes']);
  });

  it('names each bad slot, and a theme without slots', () => {
    const items = week();
    items[0]!.slots = ['09:00-10:00', '09:30-10:30'];
    items[1]!.slots = ['07:00-08:00'];
    items[2]!.slots = [];
    const fields = themeConfigProblems(items, DEFAULT_OFFICE_HOURS);
    expect(Object.keys(fields).sort()).toEqual(['themes.0.slots.1', 'themes.1.slots.0', 'themes.2.slots']);
    expect(fields['themes.1.slots.0']!['zh-CN']).toBe('时段须在办公时间 08:30–17:30 之内');
  });
});

describe('bookings', () => {
  it('codes a booking by its day and sequence', () => {
    expect(bookingCode('2026-12-01', 7)).toBe('JD-20261201-0007');
    expect(bookingCode('2026-12-01', 12345)).toBe('JD-20261201-12345');
  });

  it('lets staff change only a booked place: attendance from the day on, cancellation until the day', () => {
    expect(markProblem('booked', 'attended', '2026-12-01', '2026-12-01')).toBeNull();
    expect(markProblem('booked', 'no_show', '2026-12-01', '2026-12-03')).toBeNull();
    expect(markProblem('booked', 'attended', '2026-12-02', '2026-12-01')).toBe('too_early');
    expect(markProblem('booked', 'cancelled', '2026-12-01', '2026-12-01')).toBeNull();
    expect(markProblem('booked', 'cancelled', '2026-11-30', '2026-12-01')).toBe('too_late');
    expect(markProblem('attended', 'no_show', '2026-12-01', '2026-12-01')).toBe('status');
    expect(markProblem('cancelled', 'attended', '2026-12-01', '2026-12-01')).toBe('status');
  });
});

describe('what staff can do with a booking', () => {
  const none = { manages: false, hosts: false, liaison: false, own: false };
  const booked = { status: 'booked' as const, date: '2026-12-01', hasCase: false };

  it('gives the center’s staff and the host every action the booking’s state allows', () => {
    expect(bookingActions({ ...none, manages: true }, booked, '2026-12-01')).toEqual(['attended', 'no_show', 'cancelled', 'register', 'reveal']);
    expect(bookingActions({ ...none, hosts: true }, booked, '2026-11-30')).toEqual(['cancelled', 'register', 'reveal']);
    expect(bookingActions({ ...none, manages: true }, { ...booked, status: 'attended', hasCase: true }, '2026-12-01')).toEqual(['reveal']);
    expect(bookingActions({ ...none, manages: true }, { ...booked, status: 'no_show' }, '2026-12-02')).toEqual(['reveal']);
  });

  it('lets an enterprise liaison cancel or register, never see the phone or mark attendance', () => {
    expect(bookingActions({ ...none, liaison: true }, booked, '2026-12-01')).toEqual(['cancelled', 'register']);
    expect(bookingActions({ ...none, own: true }, booked, '2026-11-30')).toEqual(['cancelled']);
    expect(bookingActions(none, booked, '2026-12-01')).toEqual([]);
    expect(mayAct({ ...none, liaison: true }, 'attended')).toBe(false);
  });
});
