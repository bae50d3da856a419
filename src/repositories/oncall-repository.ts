import { type Kysely, type Selectable, sql, type Updateable } from 'kysely';
import type { DB, OncallRequestTable } from '../db/schema.js';
import type { OncallStatus } from '../domain/routing/oncall.js';

export type OncallRow = Selectable<OncallRequestTable>;

/** A request with the names the screens show. */
export type OncallListRow = OncallRow & {
  unit_name: string;
  requester_name: string | null;
  responder_name: string | null;
  case_code: string;
  case_title: string;
  case_center_id: string;
  case_assignee_id: string | null;
};

export interface OncallInboxFilter {
  /** every request (admin) */
  all: boolean;
  /** requests to these units (the caller is their liaison) */
  unitIds: readonly string[];
  /** requests on cases of these centers (the caller dispatches there) */
  centerIds: readonly string[];
  status?: readonly OncallStatus[];
  limit: number;
}

/** On-call requests (随驻请求) to law firms, social organisations and bureaus called per case. */
export class OncallRepository {
  constructor(private readonly db: Kysely<DB>) {}

  private listBase(db: Kysely<DB>) {
    return db
      .selectFrom('oncall_requests as o')
      .innerJoin('org_units as u', 'u.id', 'o.unit_id')
      .innerJoin('cases as c', 'c.id', 'o.case_id')
      .leftJoin('users as rq', 'rq.id', 'o.requested_by')
      .leftJoin('users as rs', 'rs.id', 'o.responder_id')
      .selectAll('o')
      .select(['u.name as unit_name', 'rq.display_name as requester_name', 'rs.display_name as responder_name', 'c.code as case_code', 'c.title as case_title', 'c.center_id as case_center_id', 'c.assignee_id as case_assignee_id']);
  }

  insert(trx: Kysely<DB>, row: { caseId: string; unitId: string; message: string; requestedBy: string; requestedAt: Date; respondBy: Date }) {
    return trx
      .insertInto('oncall_requests')
      .values({ case_id: row.caseId, unit_id: row.unitId, message: row.message, requested_by: row.requestedBy, requested_at: row.requestedAt, respond_by: row.respondBy })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  get(id: string, db: Kysely<DB> = this.db): Promise<OncallListRow | undefined> {
    return this.listBase(db).where('o.id', '=', id).executeTakeFirst();
  }

  byCase(caseId: string): Promise<OncallListRow[]> {
    return this.listBase(this.db).where('o.case_id', '=', caseId).orderBy('o.requested_at', 'desc').execute();
  }

  /** The caller's inbox: pending first (soonest due first), then the rest, newest first. */
  inbox(f: OncallInboxFilter): Promise<OncallListRow[]> {
    let q = this.listBase(this.db);
    if (!f.all) {
      if (!f.unitIds.length && !f.centerIds.length) return Promise.resolve([]);
      q = q.where((eb) =>
        eb.or([
          ...(f.unitIds.length ? [eb('o.unit_id', 'in', [...f.unitIds])] : []),
          ...(f.centerIds.length ? [eb('c.center_id', 'in', [...f.centerIds])] : []),
        ]),
      );
    }
    if (f.status?.length) q = q.where('o.status', 'in', [...f.status]);
    return q
      .orderBy(sql`CASE WHEN o.status = 'pending' THEN 0 ELSE 1 END`)
      .orderBy(sql`CASE WHEN o.status = 'pending' THEN o.respond_by END`)
      .orderBy('o.requested_at', 'desc')
      .limit(f.limit)
      .execute();
  }

  /** Is a live (pending or accepted) request of this case already with this unit? */
  async openExists(trx: Kysely<DB>, caseId: string, unitId: string): Promise<boolean> {
    const r = await trx.selectFrom('oncall_requests').select('id').where('case_id', '=', caseId).where('unit_id', '=', unitId).where('status', 'in', ['pending', 'accepted']).executeTakeFirst();
    return r !== undefined;
  }

  /**
   * One transition, atomically: applies only while the request is still in one of
   * `from` (and, for expiry, overdue as of `dueBefore`). Returns the new row, or
   * undefined when another answer, the job or a second click got there first.
   */
  transition(trx: Kysely<DB>, id: string, from: readonly OncallStatus[], patch: Updateable<OncallRequestTable>, dueBefore?: Date) {
    let q = trx
      .updateTable('oncall_requests')
      .set({ ...patch, version: sql`version + 1` })
      .where('id', '=', id)
      .where('status', 'in', [...from]);
    if (dueBefore) q = q.where('respond_by', '<=', dueBefore);
    return q.returningAll().executeTakeFirst();
  }

  /** Pending requests whose answer is overdue: what the expiry job looks at. */
  overdue(now: Date, limit = 200) {
    return this.db.selectFrom('oncall_requests').select(['id']).where('status', '=', 'pending').where('respond_by', '<=', now).orderBy('respond_by').limit(limit).execute();
  }

  /** Every unit requests can go to (see isOncallUnit): on-call departments, law firms, social organisations. */
  oncallUnits() {
    return this.db
      .selectFrom('org_units')
      .select(['id', 'name', 'department_type', 'center_id'])
      .where('kind', '=', 'department')
      .where((eb) => eb.or([eb('staffing_tier', '=', 'on_call'), eb('department_type', 'in', ['law_firm', 'social_organization'])]))
      .orderBy('code')
      .execute();
  }

  /** Active users holding a handling role in the unit: who is told of a new request. */
  async liaisons(unitId: string, db: Kysely<DB> = this.db): Promise<string[]> {
    const rows = await db
      .selectFrom('user_roles as r')
      .innerJoin('users as u', 'u.id', 'r.user_id')
      .select('u.id')
      .where('r.unit_id', '=', unitId)
      .where('r.role', 'in', ['department_liaison', 'mediator', 'enterprise_liaison'])
      .where('u.active', '=', true)
      .distinct()
      .execute();
    return rows.map((r) => r.id);
  }
}
