import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayStart,
  deriveCaseFacts,
  distribution,
  isLocalDate,
  isoWeekKey,
  monthBuckets,
  percentile,
  rate,
  weekBuckets,
  windowOf,
} from '../../../src/domain/kpi/index.js';
import { at, eventsOf, linkedOf, MARCH_CASES } from './fixtures.js';

describe('percentiles (as percentile_cont)', () => {
  it('interpolates linearly between ranks', () => {
    expect(percentile([10, 20, 30, 40], 0.5)).toBe(25);
    expect(percentile([45, 10, 20, 10], 0.9)).toBeCloseTo(37.5, 10);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBeCloseTo(9.1, 10);
    expect(percentile([7], 0.9)).toBe(7);
    expect(percentile([3, 1, 2], 0)).toBe(1);
    expect(percentile([3, 1, 2], 1)).toBe(3);
  });

  it('is null without values and refuses a bad p', () => {
    expect(percentile([], 0.5)).toBeNull();
    expect(distribution([], 1)).toEqual({ median: null, p90: null });
    expect(() => percentile([1], 1.5)).toThrow(RangeError);
  });

  it('rounds distributions and rates', () => {
    expect(distribution([1 / 3, 2 / 3], 2)).toEqual({ median: 0.5, p90: 0.63 });
    expect(rate(2, 3)).toBe(0.6667);
    expect(rate(973, 1000)).toBe(0.973);
    expect(rate(0, 5)).toBe(0);
    expect(rate(0, 0)).toBeNull();
  });
});

describe('periods', () => {
  it('validates local dates', () => {
    expect(isLocalDate('2026-02-28')).toBe(true);
    expect(isLocalDate('2026-02-29')).toBe(false);
    expect(isLocalDate('2026-2-1')).toBe(false);
    expect(isLocalDate('2026-13-01')).toBe(false);
  });

  it('turns local days into a half-open window in Asia/Shanghai', () => {
    expect(dayStart('2026-03-01', 480).toISOString()).toBe('2026-02-28T16:00:00.000Z');
    const w = windowOf({ from: '2026-03-01', to: '2026-03-31' }, 480);
    expect([w.from.toISOString(), w.to.toISOString()]).toEqual(['2026-02-28T16:00:00.000Z', '2026-03-31T16:00:00.000Z']);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('splits a period into months and ISO weeks', () => {
    expect(monthBuckets({ from: '2025-12-15', to: '2026-02-10' })).toEqual([
      { key: '2025-12', from: '2025-12-15', to: '2025-12-31' },
      { key: '2026-01', from: '2026-01-01', to: '2026-01-31' },
      { key: '2026-02', from: '2026-02-01', to: '2026-02-10' },
    ]);
    expect(monthBuckets({ from: '2026-03-05', to: '2026-03-05' })).toEqual([{ key: '2026-03', from: '2026-03-05', to: '2026-03-05' }]);
    expect(weekBuckets({ from: '2025-12-27', to: '2026-01-06' })).toEqual([
      { key: '2025-W52', from: '2025-12-27', to: '2025-12-28' },
      { key: '2026-W01', from: '2025-12-29', to: '2026-01-04' },
      { key: '2026-W02', from: '2026-01-05', to: '2026-01-06' },
    ]);
    // ISO years: 2020-12-28 is in 2020-W53; 2027-01-04 starts 2027-W01.
    expect(isoWeekKey('2020-12-28')).toBe('2020-W53');
    expect(isoWeekKey('2027-01-04')).toBe('2027-W01');
    expect(isoWeekKey('2026-03-02')).toBe('2026-W10');
  });
});

describe('deriveCaseFacts', () => {
  const byId = new Map(MARCH_CASES.map((c) => [c.row.id, deriveCaseFacts(c.row, eventsOf(c), linkedOf(c))]));

  it('takes the first acceptance and the standing conclusion', () => {
    expect(byId.get('c1')).toMatchObject({ firstAcceptedAt: at('03-02T09:20'), conclusion: { type: 'resolved', at: at('03-05T09:00') } });
    expect(byId.get('c3')).toMatchObject({ firstAcceptedAt: null, conclusion: { type: 'withdrawn', at: at('03-04T15:00') } });
    expect(byId.get('c4')!.conclusion).toBeNull();
    expect(byId.get('c5')!.conclusion).toEqual({ type: 'referred', at: at('03-16T09:00') });
  });

  it('keeps the ratings in timeline order and the linked registrations', () => {
    expect(byId.get('c2')!.feedback).toEqual([
      { at: at('03-11T09:00'), satisfaction: 'neutral' },
      { at: at('03-12T09:00'), satisfaction: 'satisfied' },
    ]);
    expect(byId.get('c1')!.linkedRegistrations).toEqual([at('2026-04-20T10:00')]);
  });

  it('follows seq, not the order events are passed in', () => {
    const c5 = MARCH_CASES.find((c) => c.row.id === 'c5')!;
    expect(deriveCaseFacts(c5.row, [...eventsOf(c5)].reverse())).toEqual(byId.get('c5'));
  });

  it('keeps only what a window can use when given one', () => {
    const c2 = MARCH_CASES.find((c) => c.row.id === 'c2')!;
    const w = windowOf({ from: '2026-03-12', to: '2026-03-31' }, 480);
    expect(deriveCaseFacts(c2.row, eventsOf(c2), [at('03-01T09:00'), at('03-20T09:00')], w)).toMatchObject({
      feedback: [{ at: at('03-12T09:00'), satisfaction: 'satisfied' }],
      linkedRegistrations: [at('03-20T09:00')],
    });
  });
});
