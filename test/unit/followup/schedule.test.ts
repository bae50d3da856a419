import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../../src/domain/calendar/days.js';
import {
  afterVisit,
  DEFAULT_FOLLOWUP_POLICY as P,
  firstDueOn,
  type FollowupPolicy,
  followupPolicyProblems,
  overdueStep,
  rescheduledDueOn,
  STABILITIES,
  visitOnTime,
} from '../../../src/domain/followup/schedule.js';
import { levelRank, RISK_LEVELS, type RiskLevel } from '../../../src/domain/risk/checklist.js';

const day = fc.integer({ min: 0, max: 3650 }).map((n) => addDays('2025-01-01', n));
const level = fc.constantFrom(...RISK_LEVELS);
const stability = fc.constantFrom(...STABILITIES);

describe('分级回访: intervals by level', () => {
  it('high every half month, medium monthly, low quarterly', () => {
    expect(firstDueOn('2026-03-02', 'high', P)).toBe('2026-03-17');
    expect(firstDueOn('2026-03-02', 'medium', P)).toBe('2026-04-01');
    expect(firstDueOn('2026-03-02', 'low', P)).toBe('2026-05-31');
    // Across a month and a year end.
    expect(firstDueOn('2026-12-20', 'high', P)).toBe('2027-01-04');
    expect(firstDueOn('2028-02-20', 'high', P)).toBe('2028-03-06');
  });

  it('the first visit is always one interval of its level after the start', () => {
    fc.assert(fc.property(day, level, (start, l) => daysBetween(start, firstDueOn(start, l, P)) === P.intervalDays[l]));
  });

  it('a configured policy is followed', () => {
    const p: FollowupPolicy = { ...P, intervalDays: { high: 7, medium: 14, low: 60 } };
    expect(firstDueOn('2026-03-02', 'high', p)).toBe('2026-03-09');
  });
});

describe('after a visit', () => {
  const at = (l: RiskLevel, stableRun = 0) => ({ level: l, stableRun });

  it('the next visit counts from the day of the visit at the (new) level’s interval', () => {
    expect(afterVisit(at('high'), { day: '2026-03-20', stability: 'unstable' }, P)).toEqual({ ended: false, level: 'high', stableRun: 0, nextDueOn: '2026-04-04' });
    expect(afterVisit(at('high'), { day: '2026-03-20', stability: 'stable', level: 'low' }, P)).toEqual({ ended: false, level: 'low', stableRun: 1, nextDueOn: '2026-06-18' });
    expect(afterVisit(at('low'), { day: '2026-03-20', stability: 'unstable', level: 'medium' }, P)).toMatchObject({ level: 'medium', nextDueOn: '2026-04-19' });
  });

  it('a run of stable visits ends the plan (at the level it then has)', () => {
    expect(afterVisit(at('medium', 2), { day: '2026-03-20', stability: 'stable' }, P)).toEqual({ ended: true, level: 'medium', stableRun: 3, reason: 'stable_run' });
    expect(afterVisit(at('high', 3), { day: '2026-03-20', stability: 'stable' }, P)).toMatchObject({ ended: true, stableRun: 4 });
    expect(afterVisit(at('high', 2), { day: '2026-03-20', stability: 'stable' }, P)).toMatchObject({ ended: false, stableRun: 3 });
    // Lowered to low at the second stable visit: low needs 2.
    expect(afterVisit(at('medium', 1), { day: '2026-03-20', stability: 'stable', level: 'low' }, P)).toMatchObject({ ended: true, level: 'low' });
  });

  it('an unstable visit starts the run again; a raised level too, even when stable', () => {
    expect(afterVisit(at('medium', 2), { day: '2026-03-20', stability: 'unstable' }, P)).toMatchObject({ ended: false, stableRun: 0 });
    expect(afterVisit(at('low', 1), { day: '2026-03-20', stability: 'stable', level: 'medium' }, P)).toMatchObject({ ended: false, stableRun: 0, level: 'medium' });
  });

  it('worsened raises one step at least; a rebound makes it high and never ends the plan', () => {
    expect(afterVisit(at('low'), { day: '2026-03-20', stability: 'worsened' }, P)).toMatchObject({ level: 'medium', nextDueOn: '2026-04-19' });
    expect(afterVisit(at('medium'), { day: '2026-03-20', stability: 'worsened' }, P)).toMatchObject({ level: 'high' });
    expect(afterVisit(at('high'), { day: '2026-03-20', stability: 'worsened' }, P)).toMatchObject({ level: 'high' });
    // A worker who judges it high after a worsened low: high stands.
    expect(afterVisit(at('low'), { day: '2026-03-20', stability: 'worsened', level: 'high' }, P)).toMatchObject({ level: 'high' });
    expect(afterVisit(at('low', 1), { day: '2026-03-20', stability: 'stable', rebound: true }, P)).toEqual({ ended: false, level: 'high', stableRun: 0, nextDueOn: '2026-04-04' });
  });

  it('properties: a worsened visit never lowers; a plan ends only on a stable visit; the next due day is one interval away', () => {
    fc.assert(
      fc.property(level, fc.integer({ min: 0, max: 5 }), day, stability, fc.option(level, { nil: undefined }), fc.boolean(), (l, run, d, s, judged, rebound) => {
        const out = afterVisit({ level: l, stableRun: run }, { day: d, stability: s, level: judged, rebound }, P);
        if (s === 'worsened') expect(levelRank(out.level)).toBeGreaterThanOrEqual(Math.min(levelRank(l) + 1, 2));
        if (rebound) expect(out).toMatchObject({ level: 'high', ended: false, stableRun: 0 });
        if (out.ended) expect(s).toBe('stable');
        if (!out.ended) expect(daysBetween(d, out.nextDueOn)).toBe(P.intervalDays[out.level]);
        if (s !== 'stable') expect(out.stableRun).toBe(0);
      }),
    );
  });

  it('property: stable visits at one level end a plan after exactly the configured run', () => {
    fc.assert(
      fc.property(level, day, (l, start) => {
        let state = { level: l, stableRun: 0 };
        let d = start;
        for (let n = 1; ; n++) {
          const out = afterVisit(state, { day: d, stability: 'stable' }, P);
          if (out.ended) return n === P.stableVisitsToEnd[l];
          state = { level: out.level, stableRun: out.stableRun };
          d = out.nextDueOn;
          if (n > 30) return false;
        }
      }),
    );
  });
});

describe('a level changed between visits', () => {
  it('moves the open visit at once, counted from the last visit (or the start)', () => {
    expect(rescheduledDueOn('2026-05-16', 'medium', P)).toBe('2026-06-15');
    expect(rescheduledDueOn('2026-05-16', 'high', P)).toBe('2026-05-31');
    expect(rescheduledDueOn('2026-05-16', 'low', P)).toBe('2026-08-14');
  });

  it('property: a higher level is never due later than a lower one from the same day', () => {
    fc.assert(fc.property(day, (d) => rescheduledDueOn(d, 'high', P) <= rescheduledDueOn(d, 'medium', P) && rescheduledDueOn(d, 'medium', P) <= rescheduledDueOn(d, 'low', P)));
  });
});

describe('overdue steps and on-time visits', () => {
  it('steps 1/2/3 at 1, 5 and 10 days late', () => {
    const due = '2026-03-17';
    expect([0, 1, 4, 5, 9, 10, 60].map((late) => overdueStep(due, addDays(due, late), P))).toEqual([0, 1, 1, 2, 2, 3, 3]);
    expect(overdueStep(due, '2026-03-10', P)).toBe(0);
  });

  it('property: the step never goes down as days pass', () => {
    fc.assert(fc.property(day, fc.integer({ min: -30, max: 60 }), fc.integer({ min: 0, max: 30 }), (due, a, more) => overdueStep(due, addDays(due, a), P) <= overdueStep(due, addDays(due, a + more), P)));
  });

  it('a visit is on time on or before its due day', () => {
    expect(visitOnTime('2026-03-17', '2026-03-17')).toBe(true);
    expect(visitOnTime('2026-03-17', '2026-03-10')).toBe(true);
    expect(visitOnTime('2026-03-17', '2026-03-18')).toBe(false);
  });
});

describe('policy problems', () => {
  it('the default is valid', () => {
    expect(followupPolicyProblems(P)).toEqual([]);
  });

  it('names each field at fault', () => {
    expect(followupPolicyProblems({ ...P, intervalDays: { high: 0, medium: 30, low: 400 } })).toEqual(['intervalDays.high', 'intervalDays.low']);
    expect(followupPolicyProblems({ ...P, intervalDays: { high: 40, medium: 30, low: 90 } })).toEqual(['intervalDays']);
    expect(followupPolicyProblems({ ...P, stableVisitsToEnd: { high: 0, medium: 3, low: 25 } })).toEqual(['stableVisitsToEnd.high', 'stableVisitsToEnd.low']);
    expect(followupPolicyProblems({ ...P, escalateAfterDays: [5, 5, 10] })).toEqual(['escalateAfterDays']);
    expect(followupPolicyProblems({ ...P, escalateAfterDays: [1, 5, 100] })).toEqual(['escalateAfterDays']);
    expect(followupPolicyProblems({ ...P, intervalDays: { high: 1.5, medium: 30, low: 90 } })).toEqual(['intervalDays.high']);
  });
});
