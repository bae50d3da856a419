import { latestRating, type KpiConfig, rebounded, respondedOnTime } from './compute.js';
import type { KpiCaseFacts } from './facts.js';
import type { Window } from './period.js';

/**
 * Drill-down: the cases behind a figure (GET /api/kpis/cases). Each metric names one set of
 * cases whose size IS a figure of the report (or one entry of a breakdown), so the list and
 * the number beside the chart always agree. Pure: the repository selects the same sets in SQL
 * and a test holds both equal.
 */
export const DRILL_METRICS = [
  /** = registered */
  'registered',
  /** = accepted */
  'accepted',
  /** = concluded (first accepted in the period, concluded now) */
  'concluded',
  /** = resolved */
  'resolved',
  /** = bases.responded (registered in the period and accepted) */
  'responded',
  /** = bases.respondedOnTime */
  'respondedOnTime',
  /** = bases.responded − bases.respondedOnTime */
  'respondedLate',
  /** = bases.concludedInPeriod (standing conclusion in the period: durations, money) */
  'concludedInPeriod',
  /** = bases.resolvedInPeriod (the base of the rebound rate) */
  'resolvedInPeriod',
  /** = bases.rebounded */
  'rebounded',
  /** = bases.rated */
  'rated',
  /** = bases.satisfied */
  'satisfied',
  /** = bases.rated − bases.satisfied: latest rating in the period neutral or dissatisfied */
  'notSatisfied',
  /** = bases.dissatisfied: latest rating in the period dissatisfied */
  'dissatisfied',
  /** = bases.followUpLateCases: cases whose follow-up plan has a visit due in the period done late or now overdue */
  'followUpLate',
] as const;
export type DrillMetricName = (typeof DRILL_METRICS)[number];

/** Breakdown entries: `byChannel:<code>`, `byCategory:<code>`, `byStatus:<code>` = that entry of the breakdown. */
export const DRILL_BREAKDOWNS = ['byChannel', 'byCategory', 'byStatus'] as const;
export type DrillBreakdown = (typeof DRILL_BREAKDOWNS)[number];

export type DrillMetric = { kind: 'set'; name: DrillMetricName } | { kind: 'breakdown'; by: DrillBreakdown; code: string };

/** Parses `metric`; null when it is not one of the above. */
export function parseDrillMetric(s: string): DrillMetric | null {
  if ((DRILL_METRICS as readonly string[]).includes(s)) return { kind: 'set', name: s as DrillMetricName };
  const i = s.indexOf(':');
  if (i < 0) return null;
  const by = s.slice(0, i);
  const code = s.slice(i + 1);
  if (!(DRILL_BREAKDOWNS as readonly string[]).includes(by) || !/^[a-z0-9_]{1,40}$/.test(code)) return null;
  return { kind: 'breakdown', by: by as DrillBreakdown, code };
}

/** The key a drill-down passes for a group whose key is null (cases without the attribute). */
export const NULL_GROUP_KEY = '~';

/**
 * Whether a case is in the set of the metric for the window (pure reference). `followUpLate`
 * needs the follow-up visits, not the case facts: see followUpLateCaseIds in followup.ts.
 */
export function inDrillSet(f: KpiCaseFacts, m: DrillMetric, w: Window, cfg: KpiConfig): boolean {
  const from = w.from.getTime();
  const to = w.to.getTime();
  const inW = (d: Date | null | undefined) => !!d && d.getTime() >= from && d.getTime() < to;
  const registered = inW(f.registeredAt);
  if (m.kind === 'breakdown') {
    if (!registered) return false;
    return (m.by === 'byChannel' ? f.channel : m.by === 'byCategory' ? f.category : f.status) === m.code;
  }
  const responded = registered && f.firstAcceptedAt !== null;
  const accepted = inW(f.firstAcceptedAt);
  const inPeriod = inW(f.conclusion?.at);
  switch (m.name) {
    case 'registered':
      return registered;
    case 'accepted':
      return accepted;
    case 'concluded':
      return accepted && f.conclusion !== null;
    case 'resolved':
      return accepted && f.conclusion?.type === 'resolved';
    case 'responded':
      return responded;
    case 'respondedOnTime':
      return responded && respondedOnTime(cfg, f.registeredAt, f.firstAcceptedAt!);
    case 'respondedLate':
      return responded && !respondedOnTime(cfg, f.registeredAt, f.firstAcceptedAt!);
    case 'concludedInPeriod':
      return inPeriod;
    case 'resolvedInPeriod':
      return inPeriod && f.conclusion?.type === 'resolved';
    case 'rebounded':
      return inPeriod && rebounded(f);
    case 'rated':
      return latestRating(f, w) !== null;
    case 'satisfied':
      return latestRating(f, w) === 'satisfied';
    case 'notSatisfied': {
      const r = latestRating(f, w);
      return r !== null && r !== 'satisfied';
    }
    case 'dissatisfied':
      return latestRating(f, w) === 'dissatisfied';
    case 'followUpLate':
      throw new RangeError('followUpLate is decided from the follow-up visits');
  }
}
