import type { StaffingTier } from '../roles.js';

/** ISO weekday (1 = Monday … 7 = Sunday) of a calendar date 'YYYY-MM-DD'. */
export function isoWeekday(date: string): number {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

/** What decides whether a unit sits at the center on a given day. */
export interface UnitDuty {
  tier: StaffingTier | null;
  /** The rotating tier's roster weekdays (ISO). */
  rosterWeekdays: readonly number[] | null;
}

/**
 * Is the unit at the center on `date`? Resident units every working day, rotating
 * units on their roster weekdays when those are working days, on-call units never
 * (they are requested per case). Units without a tier (centers, stations) follow
 * the working calendar.
 */
export function unitOnDuty(unit: UnitDuty, date: string, workingDay: boolean): boolean {
  if (!workingDay) return false;
  switch (unit.tier) {
    case 'on_call':
      return false;
    case 'rotating':
      return (unit.rosterWeekdays ?? []).includes(isoWeekday(date));
    default:
      return true;
  }
}

/** One person who could take a case in a unit. */
export interface DutyCandidate {
  userId: string;
  name: string;
  /** open cases assigned now (routed, accepted, handling) */
  load: number;
  /** named on the unit's duty roster for the day */
  rostered: boolean;
}

export interface DutyPick {
  /** null when nobody is on duty: the case waits in the dispatcher queue */
  picked: DutyCandidate | null;
  /** everyone considered, in the order they were ranked (on duty first, least loaded first) */
  ranked: DutyCandidate[];
  /** whether the day's roster named anyone (else every handler of an on-duty unit counts) */
  byRoster: boolean;
}

/**
 * Picks among those on duty, least loaded first. When the unit keeps a roster for
 * the day only the rostered people are on duty; without one, every handler of a
 * unit that is on duty counts. Ties go to the name, so the choice is reproducible.
 */
export function pickOnDuty(candidates: readonly DutyCandidate[], unitOnDutyToday: boolean): DutyPick {
  const byRoster = candidates.some((c) => c.rostered);
  const onDuty = byRoster ? candidates.filter((c) => c.rostered) : unitOnDutyToday ? [...candidates] : [];
  const ranked = onDuty.sort((a, b) => a.load - b.load || a.name.localeCompare(b.name, 'zh-CN') || a.userId.localeCompare(b.userId));
  return { picked: ranked[0] ?? null, ranked, byRoster };
}
