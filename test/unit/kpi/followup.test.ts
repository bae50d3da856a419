import { describe, expect, it } from 'vitest';
import { createWorkingCalendar, SHIPPED_CALENDAR } from '../../../src/domain/calendar/index.js';
import { DEFAULT_CASE_POLICY } from '../../../src/domain/case/policy.js';
import {
  computeKpis,
  emptyAggregates,
  followUpTally,
  KPI_DEFINITIONS,
  type KpiScreeningGridFact,
  type KpiVisitFact,
  kpisFromAggregates,
  MIN_RANKED_SAMPLE,
  parseDrillMetric,
  screeningTally,
  windowOf,
  withFollowUp,
} from '../../../src/domain/kpi/index.js';
import { at } from './fixtures.js';

/**
 * Follow-up visits and screening grids of June 2026, worked out by hand (today: 06-20).
 *
 * Visits (plan of case A, grid 1):  v1 due 06-05 done 06-04 (on time) · v2 due 06-10 done 06-12 (late)
 *                                   v3 due 06-15 still open (overdue) · v4 due 06-25 open (not yet due: left out)
 * Household plan (grid 2):          v5 due 06-08 done 06-09 (late) · v6 due 05-30 done 05-29 (May)
 *                                   v7 due 06-12 cancelled (left out)
 * Plan of case B (grid B):          v8 due 06-30 done 06-18 (early: on time)
 * June: due 5 (v1 v2 v3 v5 v8), on time 2 (v1 v8) → 0.4; late cases: A only (v5 has no case).
 */
const VISITS: (KpiVisitFact & { id: string })[] = [
  { id: 'v1', caseId: 'A', dueOn: '2026-06-05', status: 'done', doneOn: '2026-06-04' },
  { id: 'v2', caseId: 'A', dueOn: '2026-06-10', status: 'done', doneOn: '2026-06-12' },
  { id: 'v3', caseId: 'A', dueOn: '2026-06-15', status: 'due', doneOn: null },
  { id: 'v4', caseId: 'A', dueOn: '2026-06-25', status: 'due', doneOn: null },
  { id: 'v5', caseId: null, dueOn: '2026-06-08', status: 'done', doneOn: '2026-06-09' },
  { id: 'v6', caseId: null, dueOn: '2026-05-30', status: 'done', doneOn: '2026-05-29' },
  { id: 'v7', caseId: null, dueOn: '2026-06-12', status: 'cancelled', doneOn: null },
  { id: 'v8', caseId: 'B', dueOn: '2026-06-30', status: 'done', doneOn: '2026-06-18' },
];
const JUNE = { from: '2026-06-01', to: '2026-06-30' };
const TODAY = '2026-06-20';
const cal = createWorkingCalendar(SHIPPED_CALENDAR);

/**
 * Campaign C1 06-01…06-30: grid 1 target 10, screened 5 in June and 1 on 07-02; grid 2 target 4,
 * screened 5 (one more than its target). Campaign C2 07-01…07-31: grid 1 target 20, none yet.
 * June: target 14, screened min(5, 10) + min(5, 4) = 9 → 9/14. June–July: (6 + 4 + 0) / 34.
 */
const june = (day: number) => at(`2026-06-${String(day).padStart(2, '0')}T10:00`);
const GRIDS: KpiScreeningGridFact[] = [
  { campaignId: 'C1', gridId: 'g1', startsOn: '2026-06-01', endsOn: '2026-06-30', targetHouseholds: 10, screenedAt: [june(2), june(3), june(9), june(15), june(29), at('2026-07-02T09:00')] },
  { campaignId: 'C1', gridId: 'g2', startsOn: '2026-06-01', endsOn: '2026-06-30', targetHouseholds: 4, screenedAt: [june(4), june(5), june(6), june(7), june(8)] },
  { campaignId: 'C2', gridId: 'g1', startsOn: '2026-07-01', endsOn: '2026-07-31', targetHouseholds: 20, screenedAt: [] },
];

describe('follow-up on-time rate', () => {
  it('counts visits due in the period that are done or overdue, on time when done by the due day', () => {
    expect(followUpTally(VISITS, JUNE, TODAY)).toEqual({ due: 5, onTime: 2, lateCaseIds: ['A'] });
  });

  it('counts an open visit once it is overdue, not on its due day', () => {
    expect(followUpTally(VISITS, JUNE, '2026-06-15').due).toBe(4); // v3 due today: not yet
    expect(followUpTally(VISITS, JUNE, '2026-06-16').due).toBe(5);
    expect(followUpTally(VISITS, JUNE, '2026-06-26').due).toBe(6); // v4 now overdue too
  });

  it('takes the due day, not the day it was done, for the period', () => {
    expect(followUpTally(VISITS, { from: '2026-05-01', to: '2026-05-31' }, TODAY)).toEqual({ due: 1, onTime: 1, lateCaseIds: [] });
  });

  it('gives the rate and the bases through withFollowUp; null without visits due', () => {
    const k = withFollowUp(computeKpis([], windowOf(JUNE, 480), { cal, responseBudget: DEFAULT_CASE_POLICY.responseBudget }), followUpTally(VISITS, JUNE, TODAY), null);
    expect(k.followUpOnTimeRate).toBe(0.4);
    expect(k.bases).toMatchObject({ visitsDue: 5, visitsOnTime: 2, followUpLateCases: 1 });
    expect(withFollowUp(k, followUpTally([], JUNE, TODAY), null).followUpOnTimeRate).toBeNull();
  });
});

describe('screening coverage', () => {
  it('sums the targets of campaign grids open in the period and the households screened by its end, capped grid by grid', () => {
    expect(screeningTally(GRIDS, JUNE, windowOf(JUNE, 480))).toEqual({ target: 14, screened: 9 });
    const summer = { from: '2026-06-01', to: '2026-07-31' };
    expect(screeningTally(GRIDS, summer, windowOf(summer, 480))).toEqual({ target: 34, screened: 10 });
  });

  it('takes a campaign that runs on one day of the period, and not one outside it', () => {
    expect(screeningTally(GRIDS, { from: '2026-06-30', to: '2026-06-30' }, windowOf({ from: '2026-06-30', to: '2026-06-30' }, 480))).toEqual({ target: 14, screened: 9 });
    expect(screeningTally(GRIDS, { from: '2026-05-01', to: '2026-05-31' }, windowOf({ from: '2026-05-01', to: '2026-05-31' }, 480))).toEqual({ target: 0, screened: 0 });
  });

  it('is a rate of the tally, null without a target or when it does not apply', () => {
    const k = kpisFromAggregates(emptyAggregates());
    expect(withFollowUp(k, null, { target: 14, screened: 9 }).screeningCoverage).toBe(0.6429);
    expect(withFollowUp(k, null, { target: 0, screened: 0 }).screeningCoverage).toBeNull();
    expect(withFollowUp(k, null, null).screeningCoverage).toBeNull();
  });

  it('is defined in both languages, saying which filters apply', () => {
    expect(KPI_DEFINITIONS.screeningCoverage.zh).toContain('不适用');
    expect(KPI_DEFINITIONS.followUpOnTimeRate.en).toContain('only through the case of a case plan');
  });
});

describe('aggregates', () => {
  it('rounds and divides as computeKpis does', () => {
    const a = { ...emptyAggregates(), registered: 3, responded: 3, respondedOnTime: 2, responseMinutes: [12.34, 56.789] as [number, number], accepted: 3, concluded: 2, resolved: 1 };
    expect(kpisFromAggregates(a)).toMatchObject({ onTimeResponseRate: 0.6667, closureRate: 0.6667, resolutionRate: 0.5, responseMinutes: { median: 12.3, p90: 56.8 } });
  });
});

describe('drill-down metrics', () => {
  it('parses figures and breakdown entries, and refuses anything else', () => {
    expect(parseDrillMetric('respondedLate')).toEqual({ kind: 'set', name: 'respondedLate' });
    expect(parseDrillMetric('byChannel:hotline')).toEqual({ kind: 'breakdown', by: 'byChannel', code: 'hotline' });
    for (const bad of ['', 'closureRate', 'byChannel:', 'byColour:red', 'byCategory:DROP TABLE', 'registered:x']) expect(parseDrillMetric(bad), bad).toBeNull();
  });

  it('keeps small groups out of the ranking', () => {
    expect(MIN_RANKED_SAMPLE).toBe(20);
  });
});
