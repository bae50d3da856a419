import { isWorkingDay, type WorkingCalendar } from '../../domain/calendar/working-calendar.js';
import type { StaffingTier } from '../../domain/roles.js';
import { isoWeekday, unitOnDuty } from '../../domain/routing/roster.js';
import { datesBetween, rangeErrors, type RosterShiftInput, rosterErrors } from '../../domain/routing/roster-rules.js';
import { AppError, forbidden, invalid, notFound } from '../../errors.js';
import type { OrgUnitRow } from '../../repositories/org-unit-repository.js';
import type { Actor } from '../actor.js';
import { canManageCenter, canReadCenter } from './center-access.js';
import type { StaffingDeps } from './deps.js';

/** Units that keep a duty roster: the center itself, its departments and its stations. */
const ROSTER_UNIT_KINDS = ['center', 'station', 'enterprise_station', 'department'];

/** The unit, its center, and whether the caller may edit its roster; 404 / 403 (audited) otherwise. */
async function rosterUnit(deps: StaffingDeps, actor: Actor, unitId: string, need: 'read' | 'manage') {
  const unit = await deps.units.get(null, unitId);
  if (!unit || !ROSTER_UNIT_KINDS.includes(unit.kind)) throw notFound('unit_not_found');
  const centerId = unit.kind === 'center' ? unit.id : unit.center_id;
  const center = centerId ? await deps.units.get(null, centerId) : undefined;
  const canManage = center ? canManageCenter(actor, center) : actor.scope.grants.some((g) => g.role === 'admin');
  const canRead = canManage || actor.scope.grants.some((g) => g.unitId === unit.id) || (center ? await canReadCenter(deps, actor, center) : false);
  if (need === 'manage' ? !canManage : !canRead) {
    await deps.audit.record(actor, { action: `roster.${need}`, outcome: 'denied', targetType: 'org_unit', targetId: unit.id });
    throw forbidden();
  }
  return { unit, center, canManage };
}

/** One day of the roster as the working calendar and the unit's tier see it. */
export function rosterDay(cal: WorkingCalendar, unit: Pick<OrgUnitRow, 'staffing_tier' | 'roster_weekdays'>, date: string) {
  const workingDay = isWorkingDay(cal, date);
  const override = cal.overrides.get(date);
  return {
    date,
    weekday: isoWeekday(date),
    workingDay,
    /** 'holiday' (法定节假日) or 'workday' (调休上班) when the calendar deviates from the week */
    calendarKind: override?.kind ?? null,
    calendarName: override?.name ?? null,
    /** the unit sits at the center that day by its tier (resident: working days; rotating: its weekdays; on call: never) */
    unitOnDuty: unitOnDuty({ tier: unit.staffing_tier as StaffingTier | null, rosterWeekdays: unit.roster_weekdays }, date, workingDay),
  };
}

async function renderRoster(deps: StaffingDeps, unit: OrgUnitRow, center: OrgUnitRow | undefined, canManage: boolean, from: string, to: string) {
  const cal = await deps.rules.calendar();
  const [shifts, handlers, version] = await Promise.all([deps.duty.shifts([unit.id], from, to), deps.duty.candidates([unit.id], from), deps.duty.rosterVersion(unit.id)]);
  return {
    unit: {
      id: unit.id,
      name: unit.name,
      kind: unit.kind,
      departmentType: unit.department_type,
      staffingTier: unit.staffing_tier,
      rosterWeekdays: unit.roster_weekdays ?? [],
      centerId: center?.id ?? null,
      centerName: center?.name ?? null,
    },
    from,
    to,
    version,
    canManage,
    handlers: handlers.map((h) => ({ userId: h.userId, name: h.name, load: h.load })).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
    days: datesBetween(from, to).map((date) => rosterDay(cal, unit, date)),
    shifts: shifts.map((s) => ({ userId: s.userId, date: s.date, note: s.note })),
  };
}

export type RosterView = Awaited<ReturnType<typeof renderRoster>>;

/** GET /api/duty/rosters: the shifts of a range, and per day whether the unit sits at the center. */
export async function getRoster(deps: StaffingDeps, actor: Actor, unitId: string, from: string, to: string): Promise<RosterView> {
  const errors = rangeErrors(from, to);
  if (Object.keys(errors).length) throw invalid(errors);
  const { unit, center, canManage } = await rosterUnit(deps, actor, unitId, 'read');
  return renderRoster(deps, unit, center, canManage, from, to);
}

class RosterConflict extends Error {}

/**
 * PUT /api/duty/rosters/:unitId: replaces the unit's roster between two dates. Every
 * shift must name a handler of the unit on a date inside the range; with `version`
 * the save applies only to the roster the caller read (else 409 with the current one).
 */
export async function replaceRoster(deps: StaffingDeps, actor: Actor, unitId: string, edit: { from: string; to: string; shifts: RosterShiftInput[]; version?: number }): Promise<RosterView> {
  const { unit, center, canManage } = await rosterUnit(deps, actor, unitId, 'manage');
  const handlers = await deps.duty.candidates([unit.id], edit.from);
  const errors = rosterErrors(edit, new Set(handlers.map((h) => h.userId)));
  if (Object.keys(errors).length) throw invalid(errors);
  const now = deps.clock.now();
  try {
    await deps.db.transaction().execute(async (trx) => {
      if ((await deps.duty.bumpRosterVersion(trx, unit.id, edit.version, now, actor.userId)) === null) throw new RosterConflict();
      await deps.duty.replaceShifts(trx, unit.id, edit.from, edit.to, edit.shifts.map((s) => ({ userId: s.userId, date: s.date, note: s.note?.trim() || null })));
    });
  } catch (err) {
    if (!(err instanceof RosterConflict)) throw err;
    throw new AppError(409, 'conflict', 'roster_conflict', {}, undefined, { version: await deps.duty.rosterVersion(unit.id) });
  }
  return renderRoster(deps, unit, center, canManage, edit.from, edit.to);
}
