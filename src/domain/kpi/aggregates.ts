import { type Kpis, NO_FOLLOW_UP } from './compute.js';
import { rate, roundTo } from './stats.js';

/**
 * What the SQL aggregation returns for one group (or the total): counts, sums and the raw
 * percentiles (percentile_cont over the same float8 values computeKpis sorts, so the results
 * are bit-identical). kpisFromAggregates() rounds and divides exactly as computeKpis() does.
 */
export interface KpiAggregates {
  registered: number;
  responded: number;
  respondedOnTime: number;
  /** [median, p90] of the working minutes, unrounded; null without values */
  responseMinutes: [number | null, number | null];
  accepted: number;
  concluded: number;
  resolved: number;
  concludedInPeriod: number;
  resolvedInPeriod: number;
  rebounded: number;
  moneyRecoveredFen: number;
  durationDays: [number | null, number | null];
  durationWorkingDays: [number | null, number | null];
  rated: number;
  satisfied: number;
  dissatisfied: number;
  cases: number;
  byChannel: Record<string, number>;
  byCategory: Record<string, number>;
  byStatus: Record<string, number>;
}

export const emptyAggregates = (): KpiAggregates => ({
  registered: 0,
  responded: 0,
  respondedOnTime: 0,
  responseMinutes: [null, null],
  accepted: 0,
  concluded: 0,
  resolved: 0,
  concludedInPeriod: 0,
  resolvedInPeriod: 0,
  rebounded: 0,
  moneyRecoveredFen: 0,
  durationDays: [null, null],
  durationWorkingDays: [null, null],
  rated: 0,
  satisfied: 0,
  dissatisfied: 0,
  cases: 0,
  byChannel: {},
  byCategory: {},
  byStatus: {},
});

const dist = ([median, p90]: [number | null, number | null], digits: number) => ({ median: roundTo(median, digits), p90: roundTo(p90, digits) });

export function kpisFromAggregates(a: KpiAggregates): Kpis {
  return {
    registered: a.registered,
    accepted: a.accepted,
    concluded: a.concluded,
    resolved: a.resolved,
    closureRate: rate(a.concluded, a.accepted),
    resolutionRate: rate(a.resolved, a.concluded),
    onTimeResponseRate: rate(a.respondedOnTime, a.responded),
    responseMinutes: dist(a.responseMinutes, 1),
    durationDays: dist(a.durationDays, 2),
    durationWorkingDays: dist(a.durationWorkingDays, 2),
    satisfactionRate: rate(a.satisfied, a.rated),
    reboundRate: rate(a.rebounded, a.resolvedInPeriod),
    moneyRecoveredFen: a.moneyRecoveredFen,
    followUpOnTimeRate: null,
    screeningCoverage: null,
    byChannel: a.byChannel,
    byCategory: a.byCategory,
    byStatus: a.byStatus,
    bases: {
      responded: a.responded,
      respondedOnTime: a.respondedOnTime,
      concludedInPeriod: a.concludedInPeriod,
      resolvedInPeriod: a.resolvedInPeriod,
      rebounded: a.rebounded,
      rated: a.rated,
      satisfied: a.satisfied,
      dissatisfied: a.dissatisfied,
      cases: a.cases,
      ...NO_FOLLOW_UP,
    },
  };
}
