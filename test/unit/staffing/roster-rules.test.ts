import { describe, expect, it } from 'vitest';
import { datesBetween, MAX_ROSTER_DAYS, rangeDays, rangeErrors, rosterErrors } from '../../../src/domain/routing/roster-rules.js';

const A = 'aaaaaaaa-0000-4000-8000-000000000001';
const B = 'aaaaaaaa-0000-4000-8000-000000000002';
const STRANGER = 'aaaaaaaa-0000-4000-8000-000000000009';
const handlers = new Set([A, B]);

describe('roster ranges', () => {
  it('lists the dates of a range, both ends included, across months and leap days', () => {
    expect(datesBetween('2026-02-27', '2026-03-02')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
    expect(datesBetween('2028-02-28', '2028-03-01')).toEqual(['2028-02-28', '2028-02-29', '2028-03-01']);
    expect(datesBetween('2026-03-02', '2026-03-02')).toEqual(['2026-03-02']);
    expect(datesBetween('2026-03-03', '2026-03-02')).toEqual([]);
    expect(rangeDays('2026-03-01', '2026-05-01')).toBe(62);
  });

  it('accepts up to 62 days; refuses a longer or a backwards range, naming `to`', () => {
    expect(rangeErrors('2026-03-01', '2026-05-01')).toEqual({});
    expect(Object.keys(rangeErrors('2026-03-01', '2026-05-02'))).toEqual(['to']);
    expect(rangeErrors('2026-03-01', '2026-05-02').to!['zh-CN']).toContain(String(MAX_ROSTER_DAYS));
    expect(rangeErrors('2026-03-02', '2026-03-01').to!.en).toBe('The end date is before the start date');
  });
});

describe('rosterErrors', () => {
  const edit = (shifts: { userId: string; date: string }[], from = '2026-03-02', to = '2026-03-08') => ({ from, to, shifts });

  it('a valid week and an empty roster have no errors', () => {
    expect(rosterErrors(edit([{ userId: A, date: '2026-03-02' }, { userId: B, date: '2026-03-02' }, { userId: A, date: '2026-03-08' }]), handlers)).toEqual({});
    expect(rosterErrors(edit([]), handlers)).toEqual({});
  });

  it('names a person who does not handle cases in the unit', () => {
    expect(Object.keys(rosterErrors(edit([{ userId: A, date: '2026-03-02' }, { userId: STRANGER, date: '2026-03-03' }]), handlers))).toEqual(['shifts.1.userId']);
  });

  it('names dates outside the range on both sides', () => {
    const errors = rosterErrors(edit([{ userId: A, date: '2026-03-01' }, { userId: A, date: '2026-03-09' }, { userId: B, date: '2026-03-05' }]), handlers);
    expect(Object.keys(errors)).toEqual(['shifts.0.date', 'shifts.1.date']);
    expect(errors['shifts.0.date']!['zh-CN']).toBe('日期不在本次排班范围内');
  });

  it('names the second entry of the same person on the same day', () => {
    const errors = rosterErrors(edit([{ userId: A, date: '2026-03-03' }, { userId: B, date: '2026-03-03' }, { userId: A, date: '2026-03-03' }]), handlers);
    expect(Object.keys(errors)).toEqual(['shifts.2.date']);
    expect(errors['shifts.2.date']!.en).toContain('twice');
  });

  it('reports the range and every shift at once', () => {
    const errors = rosterErrors(edit([{ userId: STRANGER, date: '2026-06-01' }], '2026-03-01', '2026-06-01'), handlers);
    expect(Object.keys(errors).sort()).toEqual(['shifts.0.userId', 'to']);
  });
});
