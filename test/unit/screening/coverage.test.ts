import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/domain/calendar/days.js';
import {
  type CampaignWindow,
  campaignEnded,
  campaignTotals,
  coverageOf,
  coverageRows,
  expectedProgress,
  type GridTally,
  isOverdue,
  OVERDUE_MARGIN_PERCENT,
} from '../../../src/domain/screening/coverage.js';

// A 10-day span: expected progress moves 10 points a day, 0% on the 1st, 100% on the 11th.
const W: CampaignWindow = { startsOn: '2026-04-01', endsOn: '2026-04-11' };
const day = (n: number) => addDays(W.startsOn, n);
const t = (targetHouseholds: number, screened: number) => ({ targetHouseholds, screened });

describe('expectedProgress', () => {
  it('is 0 before and on the first day, linear in between, 1 on and after the last day', () => {
    expect(expectedProgress(W, day(-3))).toEqual({ num: 0, den: 10 });
    expect(expectedProgress(W, day(0))).toEqual({ num: 0, den: 10 });
    expect(expectedProgress(W, day(4))).toEqual({ num: 4, den: 10 });
    expect(expectedProgress(W, day(10))).toEqual({ num: 10, den: 10 });
    expect(expectedProgress(W, day(30))).toEqual({ num: 10, den: 10 });
  });

  it('a one-day campaign expects everything on its day, nothing before', () => {
    const one = { startsOn: '2026-04-01', endsOn: '2026-04-01' };
    expect(expectedProgress(one, '2026-03-31')).toEqual({ num: 0, den: 1 });
    expect(expectedProgress(one, '2026-04-01')).toEqual({ num: 1, den: 1 });
  });
});

describe('campaignEnded', () => {
  it('after the last day, or closed; the last day itself still runs', () => {
    expect(campaignEnded(W, day(10))).toBe(false);
    expect(campaignEnded(W, day(11))).toBe(true);
    expect(campaignEnded({ ...W, closed: true }, day(2))).toBe(true);
  });
});

describe('coverageOf', () => {
  it('is screened / target, capped at 100%', () => {
    expect(coverageOf(t(200, 50))).toBe(0.25);
    expect(coverageOf(t(200, 200))).toBe(1);
    expect(coverageOf(t(200, 260))).toBe(1);
    expect(coverageOf(t(3, 1))).toBeCloseTo(1 / 3);
  });

  it('a zero target has nothing to screen: complete', () => {
    expect(coverageOf(t(0, 0))).toBe(1);
    expect(coverageOf(t(0, 4))).toBe(1);
  });
});

describe('isOverdue (the one rule)', () => {
  it('is not overdue while coverage keeps within the margin of the expected progress', () => {
    // day 5: 50% expected; 40% screened is exactly 10 points behind: not more than the margin.
    expect(isOverdue(t(100, 40), W, day(5))).toBe(false);
    expect(isOverdue(t(100, 39), W, day(5))).toBe(true);
    expect(isOverdue(t(100, 70), W, day(5))).toBe(false);
  });

  it('decides the exact boundary without rounding (60% expected, 50% done)', () => {
    // 0.6 − 0.5 is 0.0999… in floating point; in integers it is exactly the margin.
    expect(isOverdue(t(10, 5), W, day(6))).toBe(false);
    expect(isOverdue(t(1000, 499), W, day(6))).toBe(true);
  });

  it('is never overdue on the first day or before, whatever is done', () => {
    expect(isOverdue(t(100, 0), W, day(0))).toBe(false);
    expect(isOverdue(t(100, 0), W, day(-5))).toBe(false);
    expect(isOverdue(t(100, 0), W, day(1))).toBe(false); // 10% expected: 10 points behind, not more
    expect(isOverdue(t(100, 0), W, day(2))).toBe(true);
  });

  it('on the last day 100% is expected: behind by more than the margin is overdue', () => {
    expect(isOverdue(t(100, 90), W, day(10))).toBe(false);
    expect(isOverdue(t(100, 89), W, day(10))).toBe(true);
  });

  it('after the end (or once closed) anything below 100% is overdue', () => {
    expect(isOverdue(t(100, 99), W, day(11))).toBe(true);
    expect(isOverdue(t(100, 100), W, day(11))).toBe(false);
    expect(isOverdue(t(100, 120), W, day(40))).toBe(false);
    expect(isOverdue(t(100, 60), { ...W, closed: true }, day(3))).toBe(true);
    expect(isOverdue(t(100, 100), { ...W, closed: true }, day(3))).toBe(false);
  });

  it('a zero target is never overdue, not even after the end', () => {
    for (const d of [-1, 0, 5, 10, 11, 100]) {
      expect(isOverdue(t(0, 0), W, day(d))).toBe(false);
      expect(isOverdue(t(0, 0), { ...W, closed: true }, day(d))).toBe(false);
    }
  });

  it('matches the definition for every target, count and day (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: -5, max: 80 }), (target, screened, span, d) => {
        const w = { startsOn: '2026-05-01', endsOn: addDays('2026-05-01', span) };
        const today = addDays(w.startsOn, d);
        const got = isOverdue(t(target, screened), w, today);
        if (target === 0) return got === false;
        const coverage = Math.min(screened, target) / target;
        if (d > span) return got === coverage < 1;
        const expected = span === 0 ? (d >= 0 ? 1 : 0) : Math.min(Math.max(d, 0), span) / span;
        // Away from the boundary the floating-point definition agrees.
        const gap = (expected - coverage) * 100 - OVERDUE_MARGIN_PERCENT;
        if (Math.abs(gap) < 1e-9) return true;
        return got === gap > 0;
      }),
    );
  });

  it('never turns overdue by screening more, and never by the calendar going back (monotone)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 40 }), fc.integer({ min: -3, max: 50 }), (target, screened, span, d) => {
        const w = { startsOn: '2026-05-01', endsOn: addDays('2026-05-01', span) };
        const today = addDays(w.startsOn, d);
        if (isOverdue(t(target, screened + 1), w, today)) expect(isOverdue(t(target, screened), w, today)).toBe(true);
        if (isOverdue(t(target, screened), w, today)) expect(isOverdue(t(target, screened), w, addDays(today, 1))).toBe(true);
      }),
    );
  });
});

const grid = (id: string, community: string, street: string, targetHouseholds: number, screened: number, flagged = 0): GridTally => ({
  gridId: id,
  gridName: `网格${id}`,
  communityId: community,
  communityName: `社区${community}`,
  streetId: street,
  streetName: `街道${street}`,
  targetHouseholds,
  screened,
  flagged,
});

describe('coverageRows: grid, community, street', () => {
  // Street S1: community C1 (g1 100/60, g2 50/10), community C2 (g3 0/0); street S2: community C3 (g4 40/40, over-screened g5 10/15).
  const grids = [grid('g1', 'C1', 'S1', 100, 60, 3), grid('g2', 'C1', 'S1', 50, 10, 1), grid('g3', 'C2', 'S1', 0, 0), grid('g4', 'C3', 'S2', 40, 40, 2), grid('g5', 'C3', 'S2', 10, 15)];
  const today = day(5); // 50% expected

  it('per grid: its own tally, parent the community', () => {
    const rows = coverageRows(grids, 'grid', W, today);
    expect(rows.map((r) => [r.unitId, r.parentId, r.coverage, r.overdue, r.overdueGrids])).toEqual([
      ['g1', 'C1', 0.6, false, 0],
      ['g2', 'C1', 0.2, true, 1],
      ['g3', 'C2', 1, false, 0],
      ['g4', 'C3', 1, false, 0],
      ['g5', 'C3', 1, false, 0],
    ]);
  });

  it('per community: sums of targets and screened, the same ratio and rule on the sums', () => {
    const rows = coverageRows(grids, 'community', W, today);
    expect(rows.map((r) => ({ id: r.unitId, parent: r.parentId, target: r.targetHouseholds, screened: r.screened, flagged: r.flagged, grids: r.grids, overdueGrids: r.overdueGrids }))).toEqual([
      { id: 'C1', parent: 'S1', target: 150, screened: 70, flagged: 4, grids: 2, overdueGrids: 1 },
      { id: 'C2', parent: 'S1', target: 0, screened: 0, flagged: 0, grids: 1, overdueGrids: 0 },
      { id: 'C3', parent: 'S2', target: 50, screened: 55, flagged: 2, grids: 2, overdueGrids: 0 },
    ]);
    const c1 = rows[0]!;
    expect(c1.coverage).toBeCloseTo(70 / 150);
    expect(c1.overdue).toBe(false); // 46.7% against 50% expected
    expect(rows[1]!.coverage).toBe(1);
    expect(rows[2]!.coverage).toBe(1);
  });

  it('per street: everything of its communities', () => {
    const rows = coverageRows(grids, 'street', W, today);
    expect(rows.map((r) => [r.unitId, r.parentId, r.targetHouseholds, r.screened, r.flagged, r.grids, r.overdueGrids])).toEqual([
      ['S1', null, 150, 70, 4, 3, 1],
      ['S2', null, 50, 55, 2, 2, 0],
    ]);
    expect(rows[0]!.name).toBe('街道S1');
  });

  it('an over-screened grid does not make up for another: each counts at most its target', () => {
    const gs = [grid('g6', 'C4', 'S3', 100, 150), grid('g7', 'C4', 'S3', 100, 20)];
    // 80% expected on day 8: counted 120/200 = 60% is 20 points behind (overdue); summed raw it would be 85%.
    for (const by of ['community', 'street'] as const) {
      const [r] = coverageRows(gs, by, W, day(8));
      expect(r).toMatchObject({ targetHouseholds: 200, screened: 170, coverage: 0.6, overdue: true, overdueGrids: 1 });
    }
    expect(campaignTotals(gs, W, day(8))).toMatchObject({ screened: 170, coverage: 0.6 });
  });

  it('after the end every unit below 100% is overdue', () => {
    const rows = coverageRows(grids, 'street', W, day(12));
    expect(rows.map((r) => [r.unitId, r.overdue, r.overdueGrids])).toEqual([
      ['S1', true, 2],
      ['S2', false, 0],
    ]);
  });

  it('rolled-up targets and counts equal the grids’ sums whatever the grouping (property)', () => {
    const arb = fc.array(
      fc.record({ c: fc.constantFrom('C1', 'C2', 'C3'), target: fc.integer({ min: 0, max: 300 }), screened: fc.integer({ min: 0, max: 300 }), flagged: fc.integer({ min: 0, max: 20 }) }),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(arb, fc.integer({ min: -2, max: 15 }), (list, d) => {
        const gs = list.map((g, i) => grid(`g${i}`, g.c, g.c === 'C3' ? 'S2' : 'S1', g.target, g.screened, g.flagged));
        const totals = campaignTotals(gs, W, day(d));
        for (const by of ['grid', 'community', 'street'] as const) {
          const rows = coverageRows(gs, by, W, day(d));
          expect(rows.reduce((a, r) => a + r.targetHouseholds, 0)).toBe(totals.targetHouseholds);
          expect(rows.reduce((a, r) => a + r.screened, 0)).toBe(totals.screened);
          expect(rows.reduce((a, r) => a + r.flagged, 0)).toBe(totals.flagged);
          expect(rows.reduce((a, r) => a + r.overdueGrids, 0)).toBe(totals.overdueGrids);
          for (const r of rows) expect(r.coverage).toBeGreaterThanOrEqual(0), expect(r.coverage).toBeLessThanOrEqual(1);
          // The same coverage as counting grid by grid.
          for (const r of rows) {
            const own = gs.filter((g) => (by === 'grid' ? g.gridId : by === 'community' ? g.communityId : g.streetId) === r.unitId);
            const target = own.reduce((a, g) => a + g.targetHouseholds, 0);
            expect(r.coverage).toBeCloseTo(target === 0 ? 1 : own.reduce((a, g) => a + Math.min(g.screened, g.targetHouseholds), 0) / target);
          }
        }
      }),
    );
  });
});

describe('campaignTotals', () => {
  it('sums the grids and gives the expected progress of the day', () => {
    const totals = campaignTotals([grid('g1', 'C1', 'S1', 100, 30, 2), grid('g2', 'C1', 'S1', 100, 70, 5)], W, day(3));
    expect(totals).toEqual({ targetHouseholds: 200, screened: 100, flagged: 7, grids: 2, coverage: 0.5, overdueGrids: 0, expectedProgress: 0.3, ended: false });
  });

  it('a campaign without grids is complete and nothing is overdue', () => {
    expect(campaignTotals([], W, day(20))).toMatchObject({ targetHouseholds: 0, coverage: 1, overdueGrids: 0, ended: true });
  });
});
