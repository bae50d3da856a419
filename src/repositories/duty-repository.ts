import { type Kysely, sql } from 'kysely';
import type { DB } from '../db/schema.js';
import { HANDLER_ROLES } from '../domain/roles.js';
import type { DutyCandidate } from '../domain/routing/roster.js';


/** Statuses that count towards a handler's load. */
export const LOAD_STATUSES = ['routed', 'accepted', 'handling'] as const;

export interface DutyShift {
  unitId: string;
  userId: string;
  date: string;
  note: string | null;
}

/** Duty rosters (值班表) and the handlers' current load. */
export class DutyRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Every active handler of the units, with their load and whether the day's roster names them. */
  async candidates(unitIds: readonly string[], date: string, db: Kysely<DB> = this.db): Promise<(DutyCandidate & { unitId: string })[]> {
    if (!unitIds.length) return [];
    const rows = await db
      .selectFrom('user_roles as r')
      .innerJoin('users as u', 'u.id', 'r.user_id')
      .where('r.unit_id', 'in', [...unitIds])
      .where('r.role', 'in', [...HANDLER_ROLES])
      .where('u.active', '=', true)
      .select(['r.unit_id', 'u.id', 'u.display_name'])
      .select((eb) => [
        eb
          .selectFrom('cases as c')
          .whereRef('c.assignee_id', '=', 'u.id')
          .where('c.status', 'in', [...LOAD_STATUSES])
          .select(sql<number>`count(*)::int`.as('n'))
          .as('load'),
        eb
          .exists(eb.selectFrom('duty_shifts as s').whereRef('s.unit_id', '=', 'r.unit_id').whereRef('s.user_id', '=', 'u.id').where('s.date', '=', date).select('s.user_id'))
          .as('rostered'),
      ])
      .distinct()
      .execute();
    return rows.map((r) => ({ unitId: r.unit_id, userId: r.id, name: r.display_name, load: Number(r.load ?? 0), rostered: Boolean(r.rostered) }));
  }

  async shifts(unitIds: readonly string[], from: string, to: string, db: Kysely<DB> = this.db): Promise<DutyShift[]> {
    if (!unitIds.length) return [];
    const rows = await db
      .selectFrom('duty_shifts')
      .selectAll()
      .where('unit_id', 'in', [...unitIds])
      .where('date', '>=', from)
      .where('date', '<=', to)
      .orderBy('date')
      .orderBy('unit_id')
      .execute();
    return rows.map((r) => ({ unitId: r.unit_id, userId: r.user_id, date: r.date, note: r.note }));
  }

  /** The units that sit at (or report to) a center: the center itself, its departments and stations. */
  centerUnits(centerId: string, db: Kysely<DB> = this.db) {
    return db
      .selectFrom('org_units')
      .select(['id', 'name', 'kind', 'code', 'center_id', 'department_type', 'staffing_tier', 'roster_weekdays'])
      .where((eb) => eb.or([eb('id', '=', centerId), eb.and([eb('center_id', '=', centerId), eb('kind', 'in', ['department', 'station', 'enterprise_station'])])]))
      .orderBy(sql`CASE kind WHEN 'center' THEN 0 WHEN 'department' THEN 1 ELSE 2 END`)
      .orderBy('code')
      .execute();
  }

  /** The version of a unit's roster; 0 while it was never saved. */
  async rosterVersion(unitId: string, db: Kysely<DB> = this.db): Promise<number> {
    const r = await db.selectFrom('duty_rosters').select('version').where('unit_id', '=', unitId).executeTakeFirst();
    return r?.version ?? 0;
  }

  /**
   * Claims the next version of a unit's roster, atomically: with `expected`, only
   * when it is the stored one (0: never saved). Returns the new version, or null
   * when someone else saved in between. Locks the row until the transaction ends.
   */
  async bumpRosterVersion(trx: Kysely<DB>, unitId: string, expected: number | undefined, now: Date, userId: string): Promise<number | null> {
    const r = await trx
      .insertInto('duty_rosters')
      .values({ unit_id: unitId, version: 1, updated_at: now, updated_by: userId })
      .onConflict((oc) => {
        const update = oc.column('unit_id').doUpdateSet({ version: sql`duty_rosters.version + 1`, updated_at: now, updated_by: userId });
        return expected === undefined ? update : update.where('duty_rosters.version', '=', expected);
      })
      .returning('version')
      .executeTakeFirst();
    if (!r) return null;
    // A first save claimed with a stale non-zero version is a conflict too.
    return expected === undefined || r.version === expected + 1 ? r.version : null;
  }

  /** Replaces the roster of one unit between two dates (inclusive) in one statement pair. */
  async replaceShifts(trx: Kysely<DB>, unitId: string, from: string, to: string, shifts: readonly Omit<DutyShift, 'unitId'>[]): Promise<void> {
    await trx.deleteFrom('duty_shifts').where('unit_id', '=', unitId).where('date', '>=', from).where('date', '<=', to).execute();
    if (shifts.length) await trx.insertInto('duty_shifts').values(shifts.map((s) => ({ unit_id: unitId, user_id: s.userId, date: s.date, note: s.note }))).execute();
  }
}
