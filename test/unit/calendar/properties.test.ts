import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  SHIPPED_CALENDAR,
  addWorkingDays,
  addWorkingMinutes,
  createWorkingCalendar,
  evaluateDeadline,
  isWorkingDay,
  localDate,
  workingMinutesBetween,
} from '../../../src/domain/calendar/index.js';

const cal = createWorkingCalendar(SHIPPED_CALENDAR);
const LO = Date.parse('2024-12-20T00:00:00+08:00');
const HI = Date.parse('2027-11-30T00:00:00+08:00');
/** Instants over the shipped years, at arbitrary milliseconds. */
const instant = fc.integer({ min: LO, max: HI }).map((ms) => new Date(ms));
const budget = fc.integer({ min: 0, max: 20 * 540 });
const localTime = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(11, 16);
/** Local time of day in minutes, with millisecond precision. */
const minuteOfDay = (d: Date) => ((d.getTime() + 8 * 3_600_000) % 86_400_000) / 60_000;

describe('working calendar properties', () => {
  it('addWorkingMinutes then workingMinutesBetween round-trips', () => {
    fc.assert(
      fc.property(instant, budget, (from, m) => {
        expect(workingMinutesBetween(cal, from, addWorkingMinutes(cal, from, m))).toBe(m);
      }),
    );
  });

  it('results are monotonic in minutes', () => {
    fc.assert(
      fc.property(instant, budget, budget, (from, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(addWorkingMinutes(cal, from, lo).getTime()).toBeLessThanOrEqual(addWorkingMinutes(cal, from, hi).getTime());
      }),
    );
  });

  it('never lands on a non-working day or outside office hours', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 20 * 540 }), (from, m) => {
        const due = addWorkingMinutes(cal, from, m);
        expect(isWorkingDay(cal, localDate(cal, due))).toBe(true);
        expect(minuteOfDay(due)).toBeGreaterThan(8 * 60 + 30);
        expect(minuteOfDay(due)).toBeLessThanOrEqual(17 * 60 + 30);
      }),
    );
  });

  it('addWorkingDays lands at the close of the Nth working day', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 20 }), (from, n) => {
        const due = addWorkingDays(cal, from, n);
        expect(isWorkingDay(cal, localDate(cal, due))).toBe(true);
        expect(localTime(due)).toBe('17:30');
        const dayAfterStart = new Date(Date.parse(`${localDate(cal, from)}T00:00:00+08:00`) + 86_400_000);
        expect(workingMinutesBetween(cal, dayAfterStart, due)).toBe(n * 540);
      }),
    );
  });

  it('workingMinutesBetween is additive', () => {
    fc.assert(
      fc.property(instant, instant, instant, (x, y, z) => {
        const [a, b, c] = [x, y, z].sort((p, q) => p.getTime() - q.getTime()) as [Date, Date, Date];
        const sum = workingMinutesBetween(cal, a, b) + workingMinutesBetween(cal, b, c);
        expect(workingMinutesBetween(cal, a, c)).toBeCloseTo(sum, 6);
      }),
    );
  });
});

describe('deadline properties', () => {
  it('a closed pause before the due time extends it by the paused working minutes; one after changes nothing', () => {
    fc.assert(
      fc.property(instant, budget, fc.integer({ min: 0, max: 30 * 86_400_000 }), fc.integer({ min: 0, max: 10 * 86_400_000 }), (start, m, offset, length) => {
        const pause = { from: new Date(start.getTime() + offset), to: new Date(start.getTime() + offset + length) };
        const plainDue = addWorkingMinutes(cal, start, m);
        const s = evaluateDeadline(cal, {
          startedAt: start,
          budget: { kind: 'working_minutes', minutes: m },
          pauses: [pause],
          stoppedAt: null,
          now: new Date(pause.to.getTime() + 1),
        });
        const expected =
          pause.from < plainDue ? addWorkingMinutes(cal, start, m + workingMinutesBetween(cal, pause.from, pause.to)) : plainDue;
        expect(s.dueAt?.getTime()).toBe(expected.getTime());
        expect(s.paused).toBe(false);
      }),
    );
  });

  it('remaining minutes are the budget minus the running working time', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 40 * 86_400_000 }).map((n) => n - (n % 60_000)), budget, (start, elapsed, m) => {
        const aligned = new Date(start.getTime() - (start.getTime() % 60_000));
        const now = new Date(aligned.getTime() + elapsed);
        const s = evaluateDeadline(cal, {
          startedAt: aligned,
          budget: { kind: 'working_minutes', minutes: m },
          pauses: [],
          stoppedAt: null,
          now,
        });
        expect(s.remainingWorkingMinutes).toBe(m - workingMinutesBetween(cal, aligned, now));
        expect(s.breached).toBe(now > (s.dueAt as Date));
      }),
    );
  });
});
