import { type Insertable, type Kysely, type Selectable, sql } from 'kysely';
import type { DB, RiskAssessmentTable, RiskChecklistTable } from '../db/schema.js';

export type RiskChecklistRow = Selectable<RiskChecklistTable>;
export type RiskAssessmentRow = Selectable<RiskAssessmentTable>;

/** Risk checklists (风险清单, versioned) and the assessments made with them. Methods that may run in a transaction take the executor. */
export class RiskRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Every version of every checklist (or of one code), newest first within a code. */
  checklists(code?: string): Promise<RiskChecklistRow[]> {
    let q = this.db.selectFrom('risk_checklists').selectAll().orderBy('code').orderBy('version', 'desc');
    if (code) q = q.where('code', '=', code);
    return q.execute();
  }

  active(code: string, db: Kysely<DB> = this.db): Promise<RiskChecklistRow | undefined> {
    return db.selectFrom('risk_checklists').selectAll().where('code', '=', code).where('active', '=', true).executeTakeFirst();
  }

  byId(id: string, db: Kysely<DB> = this.db): Promise<RiskChecklistRow | undefined> {
    return db.selectFrom('risk_checklists').selectAll().where('id', '=', id).executeTakeFirst();
  }

  byIds(ids: readonly string[]): Promise<RiskChecklistRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db.selectFrom('risk_checklists').selectAll().where('id', 'in', ids).execute();
  }

  /**
   * A new version of a checklist code, made the active one. Publishers of one code are
   * serialized by locking its rows; the version is read after the lock (a fresh
   * statement sees what a publisher before us committed). A first publish of a new code
   * has nothing to lock: two such races end in a unique violation the caller retries.
   */
  async publish(trx: Kysely<DB>, c: { code: string; name: string; nameEn: string; items: unknown; thresholds: { medium: number; high: number }; createdBy: string; now: Date }): Promise<RiskChecklistRow> {
    await trx.selectFrom('risk_checklists').select('id').where('code', '=', c.code).forUpdate().execute();
    const last = await trx.selectFrom('risk_checklists').select(sql<number>`coalesce(max(version), 0)`.as('v')).where('code', '=', c.code).executeTakeFirstOrThrow();
    await trx.updateTable('risk_checklists').set({ active: false }).where('code', '=', c.code).where('active', '=', true).execute();
    return trx
      .insertInto('risk_checklists')
      .values({
        code: c.code,
        version: Number(last.v) + 1,
        name: c.name,
        name_en: c.nameEn,
        items: JSON.stringify(c.items),
        thresholds: JSON.stringify(c.thresholds),
        active: true,
        created_by: c.createdBy,
        created_at: c.now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  insertAssessment(trx: Kysely<DB>, a: Omit<Insertable<RiskAssessmentTable>, 'answers'> & { answers: Record<string, string> }): Promise<RiskAssessmentRow> {
    return trx
      .insertInto('risk_assessments')
      .values({ ...a, answers: JSON.stringify(a.answers) })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  /** The assessments of a case or a household, newest first. */
  assessmentsOf(of: { caseId: string } | { householdId: string }, db: Kysely<DB> = this.db): Promise<(RiskAssessmentRow & { version: number; assessed_by_name: string | null })[]> {
    let q = db
      .selectFrom('risk_assessments as a')
      .innerJoin('risk_checklists as c', 'c.id', 'a.checklist_id')
      .leftJoin('users as u', 'u.id', 'a.assessed_by')
      .selectAll('a')
      .select(['c.version', 'u.display_name as assessed_by_name']);
    q = 'caseId' in of ? q.where('a.case_id', '=', of.caseId) : q.where('a.household_id', '=', of.householdId);
    return q.orderBy('a.assessed_at', 'desc').orderBy('a.id').execute();
  }

  latestOfCase(caseId: string, db: Kysely<DB> = this.db): Promise<RiskAssessmentRow | undefined> {
    return db.selectFrom('risk_assessments').selectAll().where('case_id', '=', caseId).orderBy('assessed_at', 'desc').limit(1).executeTakeFirst();
  }
}
