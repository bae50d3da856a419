import { type Expression, type ExpressionBuilder, type Insertable, type Kysely, type Selectable, type SqlBool, sql, type Updateable } from 'kysely';
import type { DB, FollowupPlanTable, FollowupVisitTable } from '../db/schema.js';
import type { Scope } from '../domain/scope.js';
import { isAdmin, territorialPaths } from '../domain/scope.js';
import { caseScopeFilter } from './case-scope.js';

export type FollowupPlanRow = Selectable<FollowupPlanTable>;
export type FollowupVisitRow = Selectable<FollowupVisitTable>;
export type PlanEventRow = Selectable<DB['followup_plan_events']>;

type PlanEb = ExpressionBuilder<DB & { p: DB['followup_plans'] }, 'p'>;

/** The day that sorts plans without an open visit (ended ones) after every real due day. */
const NO_DUE_DAY = '9999-12-31';

/**
 * Which plans a caller may see: those of grids under the caller's units (a grid
 * worker: their grids; center staff: the district), those of the caller's center, and
 * the plan of any case the caller may see.
 */
export function planScopeFilter(scope: Scope): ((eb: PlanEb) => Expression<SqlBool>) | null {
  if (isAdmin(scope)) return null;
  const paths = territorialPaths(scope);
  const centers = scope.grants.filter((g) => g.unitKind === 'center').map((g) => g.unitId);
  const caseFilter = caseScopeFilter(scope);
  return (eb) => {
    const ors: Expression<SqlBool>[] = [];
    if (paths.length) {
      ors.push(
        eb.exists(
          eb
            .selectFrom('org_units as gu')
            .select('gu.id')
            .whereRef('gu.id', '=', 'p.grid_id')
            .where((u) => u.or(paths.map((path) => u('gu.path', 'like', `${path}%`)))),
        ),
      );
    }
    if (centers.length) ors.push(eb('p.center_id', 'in', centers));
    const cases = eb.selectFrom('cases as c').select('c.id').whereRef('c.id', '=', 'p.case_id');
    // caseScopeFilter is typed for a query over `cases as c`; the subquery is one.
    ors.push(eb.exists(caseFilter ? cases.where(caseFilter as never) : cases));
    return eb.or(ors);
  };
}

export interface PlanListFilter {
  status?: 'active' | 'ended';
  level?: string;
  gridId?: string;
  caseId?: string;
  householdId?: string;
  /** open visit due before this local day */
  overdueBefore?: string;
  limit: number;
  after?: { dueOn: string; id: string };
}

export type PlanListRow = FollowupPlanRow & {
  visit_id: string | null;
  visit_seq: number | null;
  visit_due_on: string | null;
  visit_escalation_level: number | null;
  sort_day: string;
  grid_name: string | null;
  grid_path: string | null;
  case_code: string | null;
  case_title: string | null;
  head_name: string | null;
  household_address: string | null;
  visits_done: number;
};

/** Follow-up plans and their visits. Every method that may run in a transaction takes the executor: inside one, pass `trx`. */
export class FollowupRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async insertPlan(db: Kysely<DB>, plan: Insertable<FollowupPlanTable>): Promise<FollowupPlanRow> {
    return db.insertInto('followup_plans').values(plan).returningAll().executeTakeFirstOrThrow();
  }

  async insertVisit(db: Kysely<DB>, visit: Insertable<FollowupVisitTable>): Promise<FollowupVisitRow> {
    return db.insertInto('followup_visits').values(visit).returningAll().executeTakeFirstOrThrow();
  }

  async activePlanOfCase(db: Kysely<DB>, caseId: string): Promise<FollowupPlanRow | undefined> {
    return db.selectFrom('followup_plans').selectAll().where('case_id', '=', caseId).where('status', '=', 'active').executeTakeFirst();
  }

  async activePlanOfHousehold(db: Kysely<DB>, householdId: string): Promise<FollowupPlanRow | undefined> {
    return db.selectFrom('followup_plans').selectAll().where('household_id', '=', householdId).where('case_id', 'is', null).where('status', '=', 'active').executeTakeFirst();
  }

  async plan(db: Kysely<DB> = this.db, id: string): Promise<FollowupPlanRow | undefined> {
    return db.selectFrom('followup_plans').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** The plan if `scope` may see it (null scope: any). */
  async visiblePlan(scope: Scope | null, id: string): Promise<FollowupPlanRow | undefined> {
    let q = this.db.selectFrom('followup_plans as p').selectAll('p').where('p.id', '=', id);
    const filter = scope ? planScopeFilter(scope) : null;
    if (filter) q = q.where(filter);
    return q.executeTakeFirst();
  }

  planForUpdate(trx: Kysely<DB>, id: string): Promise<FollowupPlanRow | undefined> {
    return trx.selectFrom('followup_plans').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  }

  updatePlan(trx: Kysely<DB>, id: string, patch: Updateable<FollowupPlanTable>, now: Date): Promise<FollowupPlanRow> {
    return trx
      .updateTable('followup_plans')
      .set({ ...patch, version: sql`version + 1`, updated_at: now })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  /** Every plan of a case (the active one first, then ended ones, newest first). */
  plansOfCase(caseId: string): Promise<FollowupPlanRow[]> {
    return this.db
      .selectFrom('followup_plans')
      .selectAll()
      .where('case_id', '=', caseId)
      .orderBy(sql`status = 'active'`, 'desc')
      .orderBy('started_at', 'desc')
      .execute();
  }

  async visits(db: Kysely<DB> = this.db, planId: string): Promise<FollowupVisitRow[]> {
    return db.selectFrom('followup_visits').selectAll().where('plan_id', '=', planId).orderBy('seq').execute();
  }

  visit(id: string, db: Kysely<DB> = this.db): Promise<FollowupVisitRow | undefined> {
    return db.selectFrom('followup_visits').selectAll().where('id', '=', id).executeTakeFirst();
  }

  visitForUpdate(trx: Kysely<DB>, id: string): Promise<FollowupVisitRow | undefined> {
    return trx.selectFrom('followup_visits').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  }

  visitByClientId(clientId: string, db: Kysely<DB> = this.db): Promise<FollowupVisitRow | undefined> {
    return db.selectFrom('followup_visits').selectAll().where('client_id', '=', clientId).executeTakeFirst();
  }

  openVisit(db: Kysely<DB>, planId: string): Promise<FollowupVisitRow | undefined> {
    return db.selectFrom('followup_visits').selectAll().where('plan_id', '=', planId).where('status', '=', 'due').executeTakeFirst();
  }

  lastDoneVisit(db: Kysely<DB>, planId: string): Promise<FollowupVisitRow | undefined> {
    return db.selectFrom('followup_visits').selectAll().where('plan_id', '=', planId).where('status', '=', 'done').orderBy('seq', 'desc').limit(1).executeTakeFirst();
  }

  updateVisit(trx: Kysely<DB>, id: string, patch: Updateable<FollowupVisitTable>): Promise<FollowupVisitRow> {
    return trx
      .updateTable('followup_visits')
      .set({ ...patch, version: sql`version + 1` })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  /** A page of the plans `scope` may see, soonest open visit first, keyset-paginated on (due day, id). */
  list(scope: Scope, f: PlanListFilter): Promise<PlanListRow[]> {
    const sortDay = sql<string>`coalesce(v.due_on, ${NO_DUE_DAY}::date)`;
    let q = this.db
      .selectFrom('followup_plans as p')
      .leftJoin('followup_visits as v', (j) => j.onRef('v.plan_id', '=', 'p.id').on('v.status', '=', 'due'))
      .leftJoin('org_units as g', 'g.id', 'p.grid_id')
      .leftJoin('cases as c', 'c.id', 'p.case_id')
      .leftJoin('household_profiles as h', 'h.id', 'p.household_id')
      .selectAll('p')
      .select([
        'v.id as visit_id',
        'v.seq as visit_seq',
        'v.due_on as visit_due_on',
        'v.escalation_level as visit_escalation_level',
        sql<string>`to_char(${sortDay}, 'YYYY-MM-DD')`.as('sort_day'),
        'g.name as grid_name',
        'g.path as grid_path',
        'c.code as case_code',
        'c.title as case_title',
        'h.head_name',
        'h.address as household_address',
        sql<number>`(SELECT count(*) FROM followup_visits d WHERE d.plan_id = p.id AND d.status = 'done')`.as('visits_done'),
      ]);
    const filter = planScopeFilter(scope);
    if (filter) q = q.where(filter);
    if (f.status) q = q.where('p.status', '=', f.status);
    if (f.level) q = q.where('p.level', '=', f.level);
    if (f.gridId) q = q.where('p.grid_id', '=', f.gridId);
    if (f.caseId) q = q.where('p.case_id', '=', f.caseId);
    if (f.householdId) q = q.where('p.household_id', '=', f.householdId);
    if (f.overdueBefore) q = q.where('p.status', '=', 'active').where('v.due_on', '<', f.overdueBefore);
    if (f.after) {
      const { dueOn, id } = f.after;
      q = q.where(sql<boolean>`(${sortDay}, p.id) > (${dueOn}::date, ${id}::uuid)`);
    }
    return q.orderBy(sortDay).orderBy('p.id').limit(f.limit).execute() as Promise<PlanListRow[]>;
  }

  /** Open visits of active plans due on or before `upTo`, soonest first, with their grid, case and household. */
  private openVisitsDueBy(upTo: string) {
    return this.db
      .selectFrom('followup_visits as v')
      .innerJoin('followup_plans as p', 'p.id', 'v.plan_id')
      .leftJoin('org_units as g', 'g.id', 'p.grid_id')
      .leftJoin('cases as c', 'c.id', 'p.case_id')
      .leftJoin('household_profiles as h', 'h.id', 'p.household_id')
      .select(['v.id', 'v.plan_id', 'v.seq', 'v.due_on', 'v.escalation_level', 'p.level', 'p.grid_id', 'p.case_id', 'p.household_id', 'g.name as grid_name', 'c.code as case_code', 'h.head_name'])
      .where('v.status', '=', 'due')
      .where('p.status', '=', 'active')
      .where('v.due_on', '<=', upTo)
      .orderBy('v.due_on')
      .orderBy('v.id');
  }

  /** Open visits of active plans in some grids, due on or before `upTo`, for the grid trio's "today". */
  dueVisitsInGrids(gridIds: readonly string[], upTo: string) {
    if (gridIds.length === 0) return Promise.resolve([]);
    return this.openVisitsDueBy(upTo).select(['g.path as grid_path', 'c.title as case_title', 'h.address']).where('p.grid_id', 'in', gridIds).limit(500).execute();
  }

  /** Grids under any of these unit paths (a grant on a grid is the grid itself). */
  async gridsUnder(paths: readonly string[]): Promise<{ id: string; name: string }[]> {
    if (paths.length === 0) return [];
    return this.db
      .selectFrom('org_units')
      .select(['id', 'name'])
      .where('kind', '=', 'grid')
      .where((eb) => eb.or(paths.map((p) => eb('path', 'like', `${p}%`))))
      .orderBy('code')
      .execute();
  }

  /** Open visits of active plans due on or before `cutoff` whose escalation has not reached `maxLevel`. */
  overdueVisits(cutoff: string, maxLevel: number, limit = 500) {
    return this.openVisitsDueBy(cutoff).select(['p.center_id', 'g.parent_id as community_id']).where('v.escalation_level', '<', maxLevel).limit(limit).execute();
  }

  /** Takes one escalation step, only from the level the caller saw: false when another run took it. */
  async setEscalationLevel(trx: Kysely<DB>, visitId: string, level: number, fromLevel: number, now: Date): Promise<boolean> {
    const r = await trx
      .updateTable('followup_visits')
      .set({ escalation_level: level, escalated_at: now })
      .where('id', '=', visitId)
      .where('status', '=', 'due')
      .where('escalation_level', '=', fromLevel)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  async addEvent(trx: Kysely<DB>, e: { planId: string; type: string; actorId: string | null; actorName: string | null; at: Date; reason?: string | null; data?: Record<string, unknown> }): Promise<void> {
    await trx
      .insertInto('followup_plan_events')
      .values({ plan_id: e.planId, type: e.type, actor_id: e.actorId, actor_name: e.actorName, at: e.at, reason: e.reason ?? null, data: JSON.stringify(e.data ?? {}) })
      .execute();
  }

  events(planId: string): Promise<PlanEventRow[]> {
    return this.db.selectFrom('followup_plan_events').selectAll().where('plan_id', '=', planId).orderBy('id').execute();
  }

  /** Users with one of `roles` on one of `unitIds`. */
  async holders(roles: readonly string[], unitIds: readonly (string | null)[]): Promise<string[]> {
    const ids = unitIds.filter((x): x is string => !!x);
    if (ids.length === 0) return [];
    const rows = await this.db.selectFrom('user_roles as r').innerJoin('users as u', 'u.id', 'r.user_id').select('r.user_id').where('r.role', 'in', roles).where('r.unit_id', 'in', ids).where('u.active', '=', true).execute();
    return [...new Set(rows.map((r) => r.user_id))];
  }

  async leadOf(unitId: string | null): Promise<string | null> {
    if (!unitId) return null;
    const r = await this.db.selectFrom('org_units').select('lead_user_id').where('id', '=', unitId).executeTakeFirst();
    return r?.lead_user_id ?? null;
  }

  userNames(ids: readonly string[]) {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', ids).execute();
  }

  /** Stores a photo once per content hash. */
  async putBlob(trx: Kysely<DB>, sha256: string, content: Buffer): Promise<void> {
    await trx.insertInto('attachment_blobs').values({ sha256, content }).onConflict((oc) => oc.column('sha256').doNothing()).execute();
  }

  blob(sha256: string) {
    return this.db.selectFrom('attachment_blobs').select('content').where('sha256', '=', sha256).executeTakeFirst();
  }

  /** A case's risk level follows its latest assessment or follow-up level (not a lifecycle change: no version bump). */
  async setCaseRiskLevel(trx: Kysely<DB>, caseId: string, level: string, now: Date): Promise<void> {
    await trx.updateTable('cases').set({ risk_level: level, updated_at: now }).where('id', '=', caseId).execute();
  }

  /** A household's profile follows the level found at its visits (re-assessment at each visit). */
  async setHouseholdRisk(trx: Kysely<DB>, householdId: string, r: { level: string; score: number | null; now: Date }): Promise<void> {
    await trx
      .updateTable('household_profiles')
      .set({ risk_level: r.level, ...(r.score === null ? {} : { risk_score: r.score, last_assessed_at: r.now }), updated_at: r.now })
      .where('id', '=', householdId)
      .execute();
  }

  /** Links a rebound case to the plan's case; a household's rebound case joins its profile's cases. */
  async linkRebound(trx: Kysely<DB>, reboundCaseId: string, plan: Pick<FollowupPlanRow, 'case_id' | 'household_id'>): Promise<void> {
    if (plan.case_id) await trx.updateTable('cases').set({ linked_case_id: plan.case_id }).where('id', '=', reboundCaseId).execute();
    if (plan.household_id) {
      await trx.insertInto('household_cases').values({ household_id: plan.household_id, case_id: reboundCaseId }).onConflict((oc) => oc.doNothing()).execute();
    }
  }

  household(id: string) {
    return this.db.selectFrom('household_profiles').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** Assistance referrals of a case or household, with their resource, newest first. */
  referralsOf(of: { caseId: string | null; householdId: string | null }) {
    const ors = (eb: ExpressionBuilder<DB & { r: DB['assistance_referrals'] }, 'r'>) =>
      eb.or([...(of.caseId ? [eb('r.case_id', '=', of.caseId)] : []), ...(of.householdId ? [eb('r.household_id', '=', of.householdId)] : []), eb.val(false)]);
    return this.db
      .selectFrom('assistance_referrals as r')
      .innerJoin('assistance_resources as s', 's.id', 'r.resource_id')
      .select(['r.id', 'r.resource_id', 'r.visit_id', 'r.reason', 'r.status', 'r.outcome', 'r.referred_at', 'r.closed_at', 's.name as resource_name', 's.kind as resource_kind', 's.provider'])
      .where(ors)
      .orderBy('r.referred_at', 'desc')
      .execute();
  }
}
