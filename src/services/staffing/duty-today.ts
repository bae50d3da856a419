import { isWorkingDay, localDate } from '../../domain/calendar/working-calendar.js';
import type { StaffingTier } from '../../domain/roles.js';
import { isOncallUnit } from '../../domain/routing/oncall.js';
import { type DutyCandidate, pickOnDuty, unitOnDuty } from '../../domain/routing/roster.js';
import type { OrgUnitRow } from '../../repositories/org-unit-repository.js';
import type { Actor } from '../actor.js';
import { resolveCenter } from './center-access.js';
import type { StaffingDeps } from './deps.js';

const byLoad = (a: DutyCandidate, b: DutyCandidate) => a.load - b.load || a.name.localeCompare(b.name, 'zh-CN') || a.userId.localeCompare(b.userId);

/**
 * Who is on duty at a center on a date, unit by unit: whether the unit sits there by
 * its tier and the working calendar, and the people on duty — the rostered ones, or
 * without a roster every handler of a unit that sits there — least loaded first.
 */
export async function dutyOfCenter(deps: StaffingDeps, center: Pick<OrgUnitRow, 'id'>, date: string) {
  const cal = await deps.rules.calendar();
  const units = await deps.duty.centerUnits(center.id);
  const candidates = await deps.duty.candidates(
    units.map((u) => u.id),
    date,
  );
  const workingDay = isWorkingDay(cal, date);
  return {
    date,
    workingDay,
    calendarName: cal.overrides.get(date)?.name ?? null,
    units: units.map((u) => {
      const members = candidates.filter((c) => c.unitId === u.id).map(({ unitId: _unit, ...c }) => c);
      const tierOnDuty = unitOnDuty({ tier: u.staffing_tier as StaffingTier | null, rosterWeekdays: u.roster_weekdays }, date, workingDay);
      const pick = pickOnDuty(members, tierOnDuty);
      return {
        id: u.id,
        name: u.name,
        kind: u.kind,
        departmentType: u.department_type,
        staffingTier: u.staffing_tier,
        rosterWeekdays: u.roster_weekdays ?? [],
        /** requested per case (随驻): law firms, social organisations, on-call bureaus */
        oncall: isOncallUnit({ kind: u.kind, staffingTier: u.staffing_tier, departmentType: u.department_type }),
        tierOnDuty,
        byRoster: pick.byRoster,
        onDuty: pick.ranked.length > 0,
        /** on duty now, least loaded first (the order automatic routing picks in) */
        people: pick.ranked,
        /** every handler of the unit, least loaded first */
        members: [...members].sort(byLoad),
      };
    }),
  };
}

export type CenterDuty = Awaited<ReturnType<typeof dutyOfCenter>>;

/** GET /api/duty/today: the center's duty today (the center's local date). */
export async function dutyToday(deps: StaffingDeps, actor: Actor, centerId: string | undefined) {
  const center = await resolveCenter(deps, actor, centerId, 'read');
  const today = localDate(await deps.rules.calendar(), deps.clock.now());
  return { center: { id: center.id, name: center.name }, ...(await dutyOfCenter(deps, center, today)) };
}
