import { describe, it, expect } from 'vitest';
import {
  SHIPPED_CALENDAR,
  createWorkingCalendar,
  evaluateDeadline,
  type DeadlineBudget,
  type Pause,
} from '../../../src/domain/calendar/index.js';

const cal = createWorkingCalendar(SHIPPED_CALENDAR);
const at = (iso: string) => new Date(iso);
const minutes = (n: number): DeadlineBudget => ({ kind: 'working_minutes', minutes: n });

function evaluate(startedAt: string, budget: DeadlineBudget, now: string, pauses: Pause[] = [], stoppedAt: string | null = null) {
  return evaluateDeadline(cal, {
    startedAt: at(startedAt),
    budget,
    pauses,
    stoppedAt: stoppedAt === null ? null : at(stoppedAt),
    now: at(now),
  });
}

describe('evaluateDeadline without pauses', () => {
  it('runs on working minutes', () => {
    expect(evaluate('2025-03-17T10:00:00+08:00', minutes(60), '2025-03-17T10:30:00+08:00')).toEqual({
      dueAt: at('2025-03-17T11:00:00+08:00'),
      paused: false,
      breached: false,
      remainingWorkingMinutes: 30,
      stoppedAt: null,
    });
  });

  it('is not breached exactly at the due time, breached after', () => {
    const due = evaluate('2025-03-17T10:00:00+08:00', minutes(60), '2025-03-17T11:00:00+08:00');
    expect([due.breached, due.remainingWorkingMinutes]).toEqual([false, 0]);
    const late = evaluate('2025-03-17T10:00:00+08:00', minutes(60), '2025-03-17T11:15:00+08:00');
    expect([late.breached, late.remainingWorkingMinutes]).toEqual([true, -15]);
    const secondLate = evaluate('2025-03-17T10:00:00+08:00', minutes(60), '2025-03-17T11:00:01+08:00');
    expect([secondLate.breached, secondLate.remainingWorkingMinutes]).toEqual([true, -1]);
  });

  it('Friday 17:20 + 30 working minutes is due Monday 08:50; overdue time on the weekend is not counted', () => {
    const sat = evaluate('2025-03-14T17:20:00+08:00', minutes(30), '2025-03-15T12:00:00+08:00');
    expect(sat).toMatchObject({ dueAt: at('2025-03-17T08:50:00+08:00'), breached: false, remainingWorkingMinutes: 20 });
    const mon = evaluate('2025-03-14T17:20:00+08:00', minutes(30), '2025-03-17T09:00:00+08:00');
    expect(mon).toMatchObject({ breached: true, remainingWorkingMinutes: -10 });
  });

  it('converts working days to the close of the Nth working day (国庆 2025 make-up Sunday)', () => {
    const s = evaluate('2025-09-26T10:00:00+08:00', { kind: 'working_days', days: 1 }, '2025-09-27T10:00:00+08:00');
    expect(s.dueAt).toEqual(at('2025-09-28T17:30:00+08:00'));
    expect(s.remainingWorkingMinutes).toBe(540);
  });

  it('春节 2026: 3 working days from Friday 02-13 are Sat 02-14 (make-up), Tue 02-24, Wed 02-25', () => {
    const s = evaluate('2026-02-13T10:00:00+08:00', { kind: 'working_days', days: 3 }, '2026-02-20T10:00:00+08:00');
    expect(s.dueAt).toEqual(at('2026-02-25T17:30:00+08:00'));
    expect(s.remainingWorkingMinutes).toBe(2 * 540); // Friday's rest and Saturday 02-14 are spent
  });

  it('calendar budgets run on wall-clock time', () => {
    const s = evaluate('2025-03-14T17:00:00+08:00', { kind: 'calendar_minutes', minutes: 24 * 60 }, '2025-03-15T16:00:00+08:00');
    expect(s).toMatchObject({ dueAt: at('2025-03-15T17:00:00+08:00'), breached: false, remainingWorkingMinutes: 60 });
  });
});

describe('evaluateDeadline with pauses', () => {
  const start = '2025-09-30T09:00:00+08:00';
  const budget = minutes(600); // without pauses: due 10-09 10:00 (510 min on 09-30, 90 on 10-09)

  it('a pause spanning 国庆 extends the deadline by the paused working minutes only', () => {
    const pause = { from: at('2025-09-30T14:00:00+08:00'), to: at('2025-10-09T10:00:00+08:00') };
    // paused working minutes: 210 on 09-30 + 90 on 10-09 = 300 → due 10-09 15:00
    const s = evaluate(start, budget, '2025-10-09T12:00:00+08:00', [pause]);
    expect(s).toEqual({
      dueAt: at('2025-10-09T15:00:00+08:00'),
      paused: false,
      breached: false,
      remainingWorkingMinutes: 180,
      stoppedAt: null,
    });
  });

  it('an open pause leaves the due time unknown and the budget frozen', () => {
    const s = evaluate(start, budget, '2025-10-09T12:00:00+08:00', [{ from: at('2025-09-30T14:00:00+08:00'), to: null }]);
    expect(s).toEqual({ dueAt: null, paused: true, breached: false, remainingWorkingMinutes: 300, stoppedAt: null });
  });

  it('a pause after the deadline does not un-breach it', () => {
    const s = evaluate('2025-03-17T10:00:00+08:00', minutes(60), '2025-03-17T15:00:00+08:00', [
      { from: at('2025-03-17T12:00:00+08:00'), to: null },
    ]);
    expect(s).toEqual({
      dueAt: at('2025-03-17T11:00:00+08:00'),
      paused: true,
      breached: true,
      remainingWorkingMinutes: -60,
      stoppedAt: null,
    });
  });

  it('overlapping pauses count once and time before the start is ignored', () => {
    const pauses = [
      { from: at('2025-03-17T09:00:00+08:00'), to: at('2025-03-17T10:30:00+08:00') },
      { from: at('2025-03-17T10:15:00+08:00'), to: at('2025-03-17T11:00:00+08:00') },
      { from: at('2025-03-17T10:45:00+08:00'), to: at('2025-03-17T10:50:00+08:00') },
    ];
    const s = evaluate('2025-03-17T10:00:00+08:00', minutes(60), '2025-03-17T11:30:00+08:00', pauses);
    expect(s).toMatchObject({ dueAt: at('2025-03-17T12:00:00+08:00'), paused: false, remainingWorkingMinutes: 30 });
  });

  it('extends calendar budgets by wall-clock pause time', () => {
    const s = evaluate('2025-03-14T17:00:00+08:00', { kind: 'calendar_minutes', minutes: 24 * 60 }, '2025-03-15T16:00:00+08:00', [
      { from: at('2025-03-14T20:00:00+08:00'), to: at('2025-03-14T21:00:00+08:00') },
    ]);
    expect(s.dueAt).toEqual(at('2025-03-15T18:00:00+08:00'));
  });

  it('rejects a pause that ends before it starts', () => {
    const bad = { from: at('2025-03-17T12:00:00+08:00'), to: at('2025-03-17T11:00:00+08:00') };
    expect(() => evaluate('2025-03-17T10:00:00+08:00', minutes(60), '2025-03-17T15:00:00+08:00', [bad])).toThrow(RangeError);
  });
});

describe('evaluateDeadline when stopped', () => {
  it('stopped early: met, frozen as of the stop', () => {
    const s = evaluate('2025-03-17T10:00:00+08:00', minutes(60), '2025-03-20T10:00:00+08:00', [], '2025-03-17T10:40:00+08:00');
    expect(s).toEqual({
      dueAt: at('2025-03-17T11:00:00+08:00'),
      paused: false,
      breached: false,
      remainingWorkingMinutes: 20,
      stoppedAt: at('2025-03-17T10:40:00+08:00'),
    });
  });

  it('stopped late: breached, overdue frozen as of the stop', () => {
    const s = evaluate('2025-03-17T10:00:00+08:00', minutes(60), '2025-03-20T10:00:00+08:00', [], '2025-03-17T11:25:00+08:00');
    expect(s).toMatchObject({ breached: true, remainingWorkingMinutes: -25, paused: false });
  });

  it('stopped during an open pause: the pause ends at the stop, not breached', () => {
    const s = evaluate('2025-03-17T10:00:00+08:00', minutes(60), '2025-03-20T10:00:00+08:00', [
      { from: at('2025-03-17T10:30:00+08:00'), to: null },
    ], '2025-03-18T09:00:00+08:00');
    expect(s).toMatchObject({ paused: false, breached: false, remainingWorkingMinutes: 30, dueAt: at('2025-03-18T09:30:00+08:00') });
  });
});
