import type { Kpis } from './compute.js';
import type { DayPeriod, Window } from './period.js';
import { rate } from './stats.js';
import { countedScreenings } from '../screening/coverage.js';

/**
 * The two figures fed by follow-up and screening (issue #6 tables), pure: the definitions in
 * KPI_DEFINITIONS.followUpOnTimeRate / screeningCoverage state exactly this, and the repository
 * computes the same in SQL (a test holds them equal).
 */

/** One follow-up visit as the KPIs see it. */
export interface KpiVisitFact {
  /** the case of a case plan; null for a household plan */
  caseId: string | null;
  /** local day the visit is due, 'YYYY-MM-DD' */
  dueOn: string;
  /** 'due' (open) | 'done' | 'cancelled' */
  status: string;
  /** local day it was done, when done */
  doneOn: string | null;
}

export interface FollowUpTally {
  /** due in the period, and done or now overdue */
  due: number;
  /** of those, done on or before their due day */
  onTime: number;
  /** distinct cases with a visit of `due` that is not on time */
  lateCaseIds: string[];
}

/**
 * Visits due in the period (due day inside it) that are done, or still open and overdue
 * (due before `today`); on time: done on or before the due day. Cancelled visits, and open
 * visits not yet overdue (due today or later), are left out.
 */
export function followUpTally(visits: readonly KpiVisitFact[], period: DayPeriod, today: string): FollowUpTally {
  let due = 0;
  let onTime = 0;
  const late = new Set<string>();
  for (const v of visits) {
    if (v.dueOn < period.from || v.dueOn > period.to) continue;
    const done = v.status === 'done' && v.doneOn !== null;
    if (!done && !(v.status === 'due' && v.dueOn < today)) continue;
    due++;
    if (done && v.doneOn! <= v.dueOn) onTime++;
    else if (v.caseId !== null) late.add(v.caseId);
  }
  return { due, onTime, lateCaseIds: [...late].sort() };
}

/** One grid of one screening campaign. */
export interface KpiScreeningGridFact {
  campaignId: string;
  gridId: string;
  /** the campaign's first and last day, local */
  startsOn: string;
  endsOn: string;
  targetHouseholds: number;
  /** when each household of this campaign grid was screened */
  screenedAt: readonly Date[];
}

export interface ScreeningTally {
  target: number;
  /** households screened by the end of the period, at most the target of each campaign grid */
  screened: number;
}

/**
 * Campaign grids whose campaign runs on at least one day of the period (starts on or before
 * its last day and ends on or after its first); screened: households screened before the end
 * of the period, capped grid by grid at the target (screening more households in one grid does
 * not make up for another).
 */
export function screeningTally(grids: readonly KpiScreeningGridFact[], period: DayPeriod, w: Window): ScreeningTally {
  let target = 0;
  let screened = 0;
  const end = w.to.getTime();
  for (const g of grids) {
    if (g.startsOn > period.to || g.endsOn < period.from) continue;
    target += g.targetHouseholds;
    screened += countedScreenings({ targetHouseholds: g.targetHouseholds, screened: g.screenedAt.filter((d) => d.getTime() < end).length });
  }
  return { target, screened };
}

/** The figures with follow-up and screening filled in; null tallies: not applicable (the figure stays null). */
export function withFollowUp(k: Kpis, fu: FollowUpTally | null, sc: ScreeningTally | null): Kpis {
  return {
    ...k,
    followUpOnTimeRate: fu ? rate(fu.onTime, fu.due) : null,
    screeningCoverage: sc ? rate(sc.screened, sc.target) : null,
    bases: {
      ...k.bases,
      visitsDue: fu?.due ?? 0,
      visitsOnTime: fu?.onTime ?? 0,
      followUpLateCases: fu?.lateCaseIds.length ?? 0,
      screeningTarget: sc?.target ?? 0,
      screeningDone: sc?.screened ?? 0,
    },
  };
}
