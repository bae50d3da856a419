import { type Kysely, type Selectable, sql } from 'kysely';
import type { DB, RoutingRuleTable } from '../db/schema.js';
import { HANDLER_ROLES } from '../domain/roles.js';

export type RoutingRuleRow = Selectable<RoutingRuleTable>;

export interface RuleFields {
  center_id: string | null;
  name: string;
  enabled: boolean;
  conditions: Record<string, unknown>;
  target: Record<string, unknown>;
  note: string | null;
}

/** Routing rules (分流规则), and the few reads automatic routing needs beside them. */
export class RoutingRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Rules of these centers and the rules of every center (center_id null), in order; `null` = all rules. */
  list(centerIds: readonly string[] | null, db: Kysely<DB> = this.db) {
    let q = db
      .selectFrom('routing_rules as r')
      .leftJoin('users as u', 'u.id', 'r.updated_by')
      .selectAll('r')
      .select('u.display_name as updated_by_name');
    if (centerIds !== null) q = q.where((eb) => eb.or([eb('r.center_id', 'is', null), ...(centerIds.length ? [eb('r.center_id', 'in', [...centerIds])] : [])]));
    return q.orderBy('r.position').orderBy('r.id').execute();
  }

  get(id: string, db: Kysely<DB> = this.db) {
    return db.selectFrom('routing_rules').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async insert(trx: Kysely<DB>, f: RuleFields, now: Date, userId: string | null): Promise<RoutingRuleRow> {
    // New rules go last; the transaction holds the table lock so two inserts do not share a position.
    await sql`LOCK TABLE routing_rules IN SHARE ROW EXCLUSIVE MODE`.execute(trx);
    const last = await trx.selectFrom('routing_rules').select(sql<number>`coalesce(max(position), 0)`.as('n')).executeTakeFirstOrThrow();
    return trx
      .insertInto('routing_rules')
      .values({
        ...f,
        conditions: JSON.stringify(f.conditions),
        target: JSON.stringify(f.target),
        position: Number(last.n) + 10,
        created_at: now,
        updated_at: now,
        updated_by: userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  /** Applies the patch if the rule is still at `version`; undefined when it is not (or is gone). */
  update(trx: Kysely<DB>, id: string, version: number, f: Partial<RuleFields>, now: Date, userId: string | null) {
    const { conditions, target, ...rest } = f;
    return trx
      .updateTable('routing_rules')
      .set({
        ...rest,
        ...(conditions ? { conditions: JSON.stringify(conditions) } : {}),
        ...(target ? { target: JSON.stringify(target) } : {}),
        version: sql`version + 1`,
        updated_at: now,
        updated_by: userId,
      })
      .where('id', '=', id)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst();
  }

  async delete(trx: Kysely<DB>, id: string, version: number): Promise<boolean> {
    const r = await trx.deleteFrom('routing_rules').where('id', '=', id).where('version', '=', version).executeTakeFirst();
    return Number(r.numDeletedRows) === 1;
  }

  /** Locks the rules being reordered. */
  lockMany(trx: Kysely<DB>, ids: readonly string[]) {
    return trx.selectFrom('routing_rules').selectAll().where('id', 'in', [...ids]).forUpdate().execute();
  }

  async setPosition(trx: Kysely<DB>, id: string, position: number, now: Date, userId: string | null): Promise<void> {
    await trx.updateTable('routing_rules').set({ position, version: sql`version + 1`, updated_at: now, updated_by: userId }).where('id', '=', id).execute();
  }

  /** The themed reception days of a center (table kept by the reception-day screen). */
  themesOf(centerId: string, db: Kysely<DB> = this.db) {
    return db.selectFrom('reception_themes').select(['theme', 'weekday', 'host_unit_id']).where('center_id', '=', centerId).execute();
  }

  /** Kinds of the applicants of a case. */
  async applicantKinds(caseId: string, db: Kysely<DB> = this.db): Promise<string[]> {
    const rows = await db
      .selectFrom('case_parties as cp')
      .innerJoin('parties as p', 'p.id', 'cp.party_id')
      .select('p.kind')
      .where('cp.case_id', '=', caseId)
      .where('cp.role', '=', 'applicant')
      .execute();
    return [...new Set(rows.map((r) => r.kind))];
  }

  /** The latest event that routed the case, left it unrouted, or sent it back. */
  lastRoutingEvent(caseId: string, db: Kysely<DB> = this.db) {
    return db
      .selectFrom('case_events')
      .selectAll()
      .where('case_id', '=', caseId)
      .where('type', 'in', ['routed', 'routing_unmatched', 'returned'])
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();
  }

  /** Which of these users hold a handling role in the unit. */
  async handlersIn(unitId: string, userIds: readonly string[], db: Kysely<DB> = this.db): Promise<Set<string>> {
    if (!userIds.length) return new Set();
    const rows = await db
      .selectFrom('user_roles')
      .select('user_id')
      .where('unit_id', '=', unitId)
      .where('user_id', 'in', [...userIds])
      .where('role', 'in', [...HANDLER_ROLES])
      .execute();
    return new Set(rows.map((r) => r.user_id));
  }

  activeUsers(ids: readonly string[], db: Kysely<DB> = this.db) {
    if (!ids.length) return Promise.resolve([]);
    return db.selectFrom('users').select(['id', 'display_name', 'active']).where('id', 'in', [...ids]).execute();
  }

  /** The units that take cases at these centers: the centers, their departments and stations. */
  handlingUnits(centerIds: readonly string[], db: Kysely<DB> = this.db) {
    if (!centerIds.length) return Promise.resolve([]);
    return db
      .selectFrom('org_units')
      .select(['id', 'name', 'kind', 'center_id', 'department_type', 'staffing_tier', 'roster_weekdays'])
      .where((eb) => eb.or([eb('id', 'in', [...centerIds]), eb.and([eb('center_id', 'in', [...centerIds]), eb('kind', 'in', ['department', 'station', 'enterprise_station'])])]))
      .orderBy(sql`CASE kind WHEN 'center' THEN 0 WHEN 'department' THEN 1 ELSE 2 END`)
      .orderBy('code')
      .execute();
  }

  /** Active people holding a handling role in these units. */
  handlersOf(unitIds: readonly string[], db: Kysely<DB> = this.db) {
    if (!unitIds.length) return Promise.resolve([]);
    return db
      .selectFrom('user_roles as r')
      .innerJoin('users as u', 'u.id', 'r.user_id')
      .select(['u.id', 'u.display_name', 'r.role', 'r.unit_id'])
      .where('r.unit_id', 'in', [...unitIds])
      .where('r.role', 'in', [...HANDLER_ROLES])
      .where('u.active', '=', true)
      .orderBy('u.display_name')
      .execute();
  }
}
