import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addFigures,
  EMPTY_FIGURES,
  HEAT_DEFINITIONS,
  RISK_WEIGHTS,
  riskScore,
  scorePerThousandHouseholds,
  topRiskUnits,
  type UnitRiskFigures,
} from '../../../src/domain/heatmap/score.js';

const fig = (over: Partial<Omit<UnitRiskFigures, 'open'>> & { open?: Partial<UnitRiskFigures['open']> } = {}): UnitRiskFigures => ({
  ...EMPTY_FIGURES,
  ...over,
  open: { ...EMPTY_FIGURES.open, ...over.open },
});

const n = fc.nat({ max: 1000 });
const figures = fc.record({
  registered: n,
  open: fc.record({ high: n, medium: n, low: n, unassessed: n }),
  highRiskHouseholds: n,
  activePlans: n,
  activeHighPlans: n,
  overdueVisits: n,
});

describe('heat map risk score', () => {
  it('weighs open cases by risk, high-risk households and overdue visits as defined', () => {
    expect(riskScore(EMPTY_FIGURES)).toBe(0);
    expect(riskScore(fig({ open: { high: 1 } }))).toBe(5);
    expect(riskScore(fig({ open: { medium: 1 } }))).toBe(2);
    expect(riskScore(fig({ open: { low: 1 } }))).toBe(1);
    expect(riskScore(fig({ open: { unassessed: 1 } }))).toBe(1);
    expect(riskScore(fig({ highRiskHouseholds: 1 }))).toBe(3);
    expect(riskScore(fig({ overdueVisits: 1 }))).toBe(2);
    // 2 high + 3 medium + 4 low + 1 household + 2 overdue = 10 + 6 + 4 + 3 + 4
    expect(riskScore(fig({ open: { high: 2, medium: 3, low: 4 }, highRiskHouseholds: 1, overdueVisits: 2 }))).toBe(27);
  });

  it('does not score registrations or active plans (shown, not weighed)', () => {
    expect(riskScore(fig({ registered: 50, activePlans: 9, activeHighPlans: 4 }))).toBe(0);
  });

  it('states the same weights in its definition as it uses', () => {
    const w = RISK_WEIGHTS;
    expect(HEAT_DEFINITIONS.riskScore.formula).toBe(
      `${w.openHigh}·openHigh + ${w.openMedium}·openMedium + ${w.openLow}·(openLow + unassessed) + ${w.highRiskHousehold}·highRiskHouseholds + ${w.overdueVisit}·overdueVisits`,
    );
    expect(HEAT_DEFINITIONS.riskScore.zh).toContain(`${w.openHigh}×高风险未办结案件`);
  });

  it('is additive: a street scores what its grids score together', () => {
    fc.assert(fc.property(figures, figures, (a, b) => riskScore(addFigures(a, b)) === riskScore(a) + riskScore(b)));
  });

  it('never decreases when a risk is added', () => {
    fc.assert(
      fc.property(figures, fc.constantFrom('high', 'medium', 'low', 'unassessed'), (f, level) => {
        const more = { ...f, open: { ...f.open, [level]: f.open[level as keyof typeof f.open] + 1 } };
        return riskScore(more) > riskScore(f) && riskScore({ ...f, highRiskHouseholds: f.highRiskHouseholds + 1 }) > riskScore(f);
      }),
    );
  });

  it('gives the score per 1,000 households with one decimal, none without households', () => {
    expect(scorePerThousandHouseholds(27, 300)).toBe(90);
    expect(scorePerThousandHouseholds(5, 3000)).toBe(1.7);
    expect(scorePerThousandHouseholds(5, null)).toBeNull();
    expect(scorePerThousandHouseholds(5, 0)).toBeNull();
  });

  it('ranks the top units by score, then open high-risk cases, then code, leaving out units without risk', () => {
    const units = [
      { code: '003', score: 10, figures: fig({ open: { high: 2 } }) },
      { code: '001', score: 10, figures: fig({ open: { medium: 5 } }) },
      { code: '002', score: 10, figures: fig({ open: { high: 2 } }) },
      { code: '004', score: 0, figures: EMPTY_FIGURES },
      { code: '005', score: 30, figures: fig({ overdueVisits: 15 }) },
    ];
    expect(topRiskUnits(units, 10).map((u) => u.code)).toEqual(['005', '002', '003', '001']);
    expect(topRiskUnits(units, 2).map((u) => u.code)).toEqual(['005', '002']);
    expect(topRiskUnits(units, 0)).toEqual([]);
  });
});
