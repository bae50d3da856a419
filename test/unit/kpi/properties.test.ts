import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingMinutes, createWorkingCalendar, type DeadlineBudget, evaluateDeadline, SHIPPED_CALENDAR, workingMinutesBetween } from '../../../src/domain/calendar/index.js';
import { respondedOnTime, workingTime } from '../../../src/domain/kpi/index.js';

/**
 * The KPI module's fast measures are the calendar's definitions, computed differently:
 * they must agree exactly, everywhere (holidays, make-up days, nights, ms offsets).
 */
const cal = createWorkingCalendar(SHIPPED_CALENDAR);
const LO = Date.parse('2024-12-20T00:00:00+08:00');
const HI = Date.parse('2027-11-30T00:00:00+08:00');
const instant = fc.integer({ min: LO, max: HI }).map((ms) => new Date(ms));
/** Minute-aligned instants, as a clock stamps most events. */
const minuteInstant = fc.integer({ min: LO / 60_000, max: HI / 60_000 }).map((m) => new Date(m * 60_000));
const span = fc.integer({ min: -3 * 86_400_000, max: 60 * 86_400_000 });

const byDeadline = (budget: DeadlineBudget, registeredAt: Date, acceptedAt: Date) =>
  !evaluateDeadline(cal, { startedAt: registeredAt, budget, pauses: [], stoppedAt: acceptedAt, now: acceptedAt }).breached;

describe('workingTime', () => {
  it('equals workingMinutesBetween exactly', () => {
    const wt = workingTime(cal);
    fc.assert(
      fc.property(instant, span, (a, d) => {
        const b = new Date(a.getTime() + d);
        expect(wt.minutesBetween(a, b)).toBe(workingMinutesBetween(cal, a, b));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(minuteInstant, minuteInstant, (a, b) => {
        expect(wt.minutesBetween(a, b)).toBe(workingMinutesBetween(cal, a, b));
      }),
      { numRuns: 500 },
    );
  });

  it('is cached per calendar', () => {
    expect(workingTime(cal)).toBe(workingTime(cal));
  });
});

describe('respondedOnTime', () => {
  const budgets: DeadlineBudget[] = [
    { kind: 'working_minutes', minutes: 30 },
    { kind: 'working_minutes', minutes: 1 },
    { kind: 'working_minutes', minutes: 600 },
    { kind: 'calendar_minutes', minutes: 30 },
    { kind: 'working_days', days: 1 },
  ];

  for (const budget of budgets) {
    it(`agrees with the case's response deadline (${budget.kind} ${'minutes' in budget ? budget.minutes : budget.days})`, () => {
      const cfg = { cal, responseBudget: budget };
      fc.assert(
        fc.property(instant, fc.integer({ min: 0, max: 5 * 86_400_000 }), (registeredAt, d) => {
          const acceptedAt = new Date(registeredAt.getTime() + d);
          expect(respondedOnTime(cfg, registeredAt, acceptedAt)).toBe(byDeadline(budget, registeredAt, acceptedAt));
        }),
        { numRuns: 1000 },
      );
      // Right at the due time and a millisecond either side.
      fc.assert(
        fc.property(minuteInstant, fc.integer({ min: -1, max: 1 }), (registeredAt, eps) => {
          const due = budget.kind === 'working_minutes' ? addWorkingMinutes(cal, registeredAt, budget.minutes) : new Date(registeredAt.getTime() + 30 * 60_000);
          const acceptedAt = new Date(due.getTime() + eps);
          expect(respondedOnTime(cfg, registeredAt, acceptedAt)).toBe(byDeadline(budget, registeredAt, acceptedAt));
        }),
        { numRuns: 500 },
      );
      // Registered around 17:00 so that a deadline falls right at closing time, accepted over the night or weekend after it.
      const day = fc.integer({ min: 0, max: 1000 }).map((n) => Date.parse('2025-01-01T17:00:00+08:00') + n * 86_400_000);
      fc.assert(
        fc.property(day, fc.integer({ min: -3, max: 3 }), fc.integer({ min: 0, max: 4 * 1440 }), (t, m, k) => {
          const registeredAt = new Date(t + m * 60_000);
          const acceptedAt = new Date(registeredAt.getTime() + k * 60_000);
          expect(respondedOnTime(cfg, registeredAt, acceptedAt)).toBe(byDeadline(budget, registeredAt, acceptedAt));
        }),
        { numRuns: 1000 },
      );
    });
  }

  it('counts acceptance after closing time as late when the deadline fell at closing time', () => {
    const cfg = { cal, responseBudget: { kind: 'working_minutes', minutes: 30 } as DeadlineBudget };
    const registeredAt = new Date('2026-03-02T17:00:00+08:00');
    // Due 17:30; 18:00 and the next morning's 08:30 both show 30 working minutes, both late.
    expect(workingMinutesBetween(cal, registeredAt, new Date('2026-03-02T18:00:00+08:00'))).toBe(30);
    expect(respondedOnTime(cfg, registeredAt, new Date('2026-03-02T17:30:00+08:00'))).toBe(true);
    expect(respondedOnTime(cfg, registeredAt, new Date('2026-03-02T18:00:00+08:00'))).toBe(false);
    expect(respondedOnTime(cfg, registeredAt, new Date('2026-03-03T08:30:00+08:00'))).toBe(false);
  });
});
