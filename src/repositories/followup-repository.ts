import type { Insertable, Kysely, Selectable } from 'kysely';
import type { DB, FollowupPlanTable, FollowupVisitTable } from '../db/schema.js';

export type FollowupPlanRow = Selectable<FollowupPlanTable>;
export type FollowupVisitRow = Selectable<FollowupVisitTable>;

/** Follow-up plans and their visits. Every method takes the executor: inside a transaction, pass `trx`. */
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

  async visits(db: Kysely<DB> = this.db, planId: string): Promise<FollowupVisitRow[]> {
    return db.selectFrom('followup_visits').selectAll().where('plan_id', '=', planId).orderBy('seq').execute();
  }
}
