import type { PickRecord } from './explanation.js';
import { type DutyCandidate, pickOnDuty } from './roster.js';
import type { RoutingTarget } from './rules.js';

/**
 * Whom a rule's target gives the case to. 'unit': nobody in particular, the unit's
 * queue. 'least_loaded': the least loaded person on duty in the unit — among the
 * rule's team when it names one. When the unit keeps a roster for the day, only the
 * people on it are on duty, so a team none of whose members is rostered has nobody.
 */
export function pickForTarget(target: Pick<RoutingTarget, 'assign' | 'userIds'>, candidates: readonly DutyCandidate[], unitOnDutyToday: boolean): PickRecord {
  if (target.assign === 'unit') return { assign: 'unit', team: false, byRoster: false, candidates: [], picked: null };
  const team = !!target.userIds?.length;
  const pool = team ? candidates.filter((c) => target.userIds!.includes(c.userId)) : [...candidates];
  const unitByRoster = candidates.some((c) => c.rostered);
  const p = unitByRoster && !pool.some((c) => c.rostered) ? { picked: null, ranked: [], byRoster: true } : pickOnDuty(pool, unitOnDutyToday);
  const strip = (c: DutyCandidate) => ({ userId: c.userId, name: c.name, load: c.load, rostered: c.rostered });
  return { assign: 'least_loaded', team, byRoster: p.byRoster, candidates: p.ranked.map(strip), picked: p.picked ? strip(p.picked) : null };
}
