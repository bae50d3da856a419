import { afterVisit, firstDueOn, type FollowupPolicy, type Stability } from '../domain/followup/schedule.js';
import { addDays, daysBetween } from '../domain/calendar/days.js';
import type { RiskLevel } from '../domain/risk/checklist.js';
import type { Rng } from './random.js';

/**
 * The visit history of one demo follow-up plan, played forward with the real schedule
 * rules (`afterVisit`) from the plan's start to `today`: most visits on or a little
 * before their due day, some late, a few worse, now and then a level lowered after a
 * stable run, a rebound on the day its linked case came in. Pure and deterministic
 * for a given generator.
 */
export interface HistoryOptions {
  startDay: string;
  level: RiskLevel;
  today: string;
  policy: FollowupPolicy;
  /** share of visits made after their due day */
  lateShare?: number;
  /** the day a rebound (a new linked case) came in, if any */
  reboundDay?: string | null;
  /** the first visit that falls due is left open (due today or overdue), whatever the rest */
  leaveFirstOpen?: boolean;
  /** a visit due today counts as made (a day or more early): nothing is left due today or overdue */
  settleToday?: boolean;
}

export interface DemoVisit {
  seq: number;
  dueOn: string;
  /** null: the open visit */
  doneDay: string | null;
  stability: Stability | null;
  levelBefore: RiskLevel;
  levelAfter: RiskLevel | null;
  rebound: boolean;
}

export interface DemoHistory {
  visits: DemoVisit[];
  level: RiskLevel;
  stableRun: number;
  /** the day the plan ended after its stable run, or null while it goes on */
  endedOn: string | null;
}

const LOWER: Record<RiskLevel, RiskLevel> = { high: 'medium', medium: 'low', low: 'low' };

export function playHistory(rng: Rng, o: HistoryOptions): DemoHistory {
  const visits: DemoVisit[] = [];
  let state = { level: o.level, stableRun: 0 };
  let due = firstDueOn(o.startDay, o.level, o.policy);
  let last = o.startDay;
  let rebound = o.reboundDay ?? null;
  for (let seq = 1; ; seq++) {
    const open = (): DemoHistory => {
      visits.push({ seq, dueOn: due, doneDay: null, stability: null, levelBefore: state.level, levelAfter: null, rebound: false });
      return { visits, level: state.level, stableRun: state.stableRun, endedOn: null };
    };
    const falls = o.settleToday ? daysBetween(due, o.today) >= 0 : daysBetween(due, o.today) > 0;
    if (!falls || (o.leaveFirstOpen && seq === 1)) return open();
    const late = !o.settleToday && rng.chance(o.lateShare ?? 0.08);
    // Early by up to three days, never on or before the last visit, never on `today` itself.
    const dueToday = due === o.today;
    const early = Math.max(dueToday ? 1 : 0, Math.min(3, daysBetween(last, due) - 1));
    let day = late ? addDays(due, rng.int(1, 6)) : addDays(due, -rng.int(dueToday ? 1 : 0, early));
    const isRebound = !!rebound && daysBetween(last, rebound) > 0 && daysBetween(rebound, day) >= 0 && daysBetween(rebound, o.today) > 0;
    if (isRebound) day = rebound!;
    if (daysBetween(day, o.today) <= 0) return open();
    const stability: Stability = isRebound ? 'worsened' : rng.weightedPick<Stability>([['stable', 78], ['unstable', 16], ['worsened', 6]]);
    // A calm run at medium or high is sometimes re-assessed one step lower.
    const lowered = !isRebound && stability === 'stable' && state.level !== 'low' && state.stableRun >= 1 && rng.chance(0.2) ? LOWER[state.level] : undefined;
    const r = afterVisit(state, { day, stability, level: lowered, rebound: isRebound }, o.policy);
    visits.push({ seq, dueOn: due, doneDay: day, stability, levelBefore: state.level, levelAfter: r.level, rebound: isRebound });
    if (isRebound) rebound = null;
    if (r.ended) return { visits, level: r.level, stableRun: r.stableRun, endedOn: day };
    state = { level: r.level, stableRun: r.stableRun };
    due = r.nextDueOn;
    last = day;
  }
}
