import { addDays, daysBetween } from '../calendar/days.js';
import { levelRank, type RiskLevel } from '../risk/checklist.js';

/**
 * Risk-graded follow-up (分级回访, SPEC §3.5) as pure rules. Visits are day tasks:
 * due on a local date, the next one counted from the day the last was made, so a late
 * visit does not crowd the next. Rules as data (policy key 'followup').
 */
export interface FollowupPolicy {
  /** days between visits per level: high every half month, medium monthly, low quarterly */
  intervalDays: Record<RiskLevel, number>;
  /** consecutive stable visits that end a plan (at the level the plan then has) */
  stableVisitsToEnd: Record<RiskLevel, number>;
  /** days after the due day at which an open visit escalates: step 1 the grid trio, 2 the community, 3 the center */
  escalateAfterDays: [number, number, number];
}

export const DEFAULT_FOLLOWUP_POLICY: FollowupPolicy = {
  intervalDays: { high: 15, medium: 30, low: 90 },
  stableVisitsToEnd: { high: 4, medium: 3, low: 2 },
  escalateAfterDays: [1, 5, 10],
};

export const STABILITIES = ['stable', 'unstable', 'worsened'] as const;
export type Stability = (typeof STABILITIES)[number];

export function firstDueOn(startDay: string, level: RiskLevel, policy: FollowupPolicy): string {
  return addDays(startDay, policy.intervalDays[level]);
}

export interface PlanState {
  level: RiskLevel;
  stableRun: number;
}

export interface VisitOutcome {
  /** local day the visit was made */
  day: string;
  stability: Stability;
  /** a level re-assessed at the visit (checklist, or the worker's judgement); none keeps the plan's */
  level?: RiskLevel;
  /** a new linked case was opened: the plan goes on at high level, never ends on this visit */
  rebound?: boolean;
}

export type AfterVisit =
  | { ended: false; level: RiskLevel; stableRun: number; nextDueOn: string }
  | { ended: true; level: RiskLevel; stableRun: number; reason: 'stable_run' };

/**
 * What a recorded visit does to its plan: the level it sets (a worsened visit raises it
 * one step at least; a rebound makes it high), the run of stable visits (any other
 * visit, or a raised level, starts the run again), and either the end of the plan or
 * the next due day, at the new level's interval from the visit.
 */
export function afterVisit(plan: PlanState, v: VisitOutcome, policy: FollowupPolicy): AfterVisit {
  let level: RiskLevel = v.level ?? plan.level;
  if (v.stability === 'worsened' && levelRank(level) <= levelRank(plan.level)) level = raise(plan.level);
  if (v.rebound) level = 'high';
  const raised = levelRank(level) > levelRank(plan.level);
  const stableRun = v.stability === 'stable' && !raised && !v.rebound ? plan.stableRun + 1 : 0;
  if (stableRun >= policy.stableVisitsToEnd[level]) return { ended: true, level, stableRun, reason: 'stable_run' };
  return { ended: false, level, stableRun, nextDueOn: addDays(v.day, policy.intervalDays[level]) };
}

function raise(l: RiskLevel): RiskLevel {
  return l === 'low' ? 'medium' : 'high';
}

/** A changed level between visits (a re-assessment) moves the open visit's due day at once: counted from the last visit (or the start). */
export function rescheduledDueOn(lastVisitOrStartDay: string, level: RiskLevel, policy: FollowupPolicy): string {
  return addDays(lastVisitOrStartDay, policy.intervalDays[level]);
}

/** The escalation step an open visit due on `dueOn` has reached on `today` (0: not overdue enough). */
export function overdueStep(dueOn: string, today: string, policy: FollowupPolicy): 0 | 1 | 2 | 3 {
  const late = daysBetween(dueOn, today);
  let step: 0 | 1 | 2 | 3 = 0;
  policy.escalateAfterDays.forEach((d, i) => {
    if (late >= d) step = (i + 1) as 1 | 2 | 3;
  });
  return step;
}

/** Was a visit made on time? On or before its due day (the day itself counts). */
export function visitOnTime(dueOn: string, doneDay: string): boolean {
  return daysBetween(dueOn, doneDay) <= 0;
}

export function followupPolicyProblems(p: FollowupPolicy): string[] {
  const out: string[] = [];
  for (const l of ['high', 'medium', 'low'] as const) {
    if (!Number.isInteger(p.intervalDays[l]) || p.intervalDays[l] < 1 || p.intervalDays[l] > 366) out.push(`intervalDays.${l}`);
    if (!Number.isInteger(p.stableVisitsToEnd[l]) || p.stableVisitsToEnd[l] < 1 || p.stableVisitsToEnd[l] > 24) out.push(`stableVisitsToEnd.${l}`);
  }
  if (!(p.intervalDays.high <= p.intervalDays.medium && p.intervalDays.medium <= p.intervalDays.low)) out.push('intervalDays');
  const [a, b, c] = p.escalateAfterDays;
  if (!(Number.isInteger(a) && a >= 0 && b > a && c > b && c <= 90)) out.push('escalateAfterDays');
  return out;
}
