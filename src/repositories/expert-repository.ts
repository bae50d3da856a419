import { type ExpressionBuilder, type Insertable, type Kysely, type Selectable, sql, type Updateable } from 'kysely';
import type { CaseExpertTable, DB, ExpertTable } from '../db/schema.js';
import type { EngagementStatus } from '../domain/experts/policy.js';
import { escapeLike } from './org-unit-repository.js';

/** Cases still being worked on: an engagement on one of them holds a seat of the expert's capacity. */
export const OPEN_CASE_STATUSES = ['registered', 'routed', 'accepted', 'handling'] as const;

export type ExpertRow = Selectable<ExpertTable>;
export type ExpertWithLoad = ExpertRow & { open_cases: number; pending: number };
export type EngagementRow = Selectable<CaseExpertTable>;

export interface ExpertFilter {
  kind?: string;
  specialty?: string;
  mode?: string;
  available?: boolean;
  active?: boolean;
  q?: string;
  limit: number;
  offset: number;
}

/** Counts of an expert's seats on open cases: serving (accepted) and invited (proposed). */
function seats(eb: ExpressionBuilder<DB & { e: ExpertTable }, 'e'>, status: EngagementStatus, alias: 'open_cases' | 'pending') {
  return eb
    .selectFrom('case_experts as ce')
    .innerJoin('cases as c', 'c.id', 'ce.case_id')
    .whereRef('ce.expert_id', '=', 'e.id')
    .where('ce.status', '=', status)
    .where('c.status', 'in', [...OPEN_CASE_STATUSES])
    .select(sql<number>`count(*)::int`.as('n'))
    .as(alias);
}

const withCounts = (r: ExpertRow & { open_cases: number | null; pending: number | null }): ExpertWithLoad => ({ ...r, open_cases: Number(r.open_cases ?? 0), pending: Number(r.pending ?? 0) });

/** The expert pool (专家智库) and two-way matching (双向选择) on case_experts. */
export class ExpertRepository {
  constructor(private readonly db: Kysely<DB>) {}

  private base(db: Kysely<DB>) {
    return db
      .selectFrom('experts as e')
      .selectAll('e')
      .select((eb) => [seats(eb, 'accepted', 'open_cases'), seats(eb, 'proposed', 'pending')]);
  }

  async list(f: ExpertFilter): Promise<{ rows: ExpertWithLoad[]; total: number }> {
    let q = this.db.selectFrom('experts as e');
    if (f.kind) q = q.where('e.kind', '=', f.kind as ExpertRow['kind']);
    if (f.specialty) q = q.where(sql<boolean>`${f.specialty} = ANY(e.specialties)`);
    if (f.mode) q = q.where(sql<boolean>`${f.mode} = ANY(e.service_modes)`);
    if (f.available !== undefined) q = q.where('e.available', '=', f.available);
    if (f.active !== undefined) q = q.where('e.active', '=', f.active);
    if (f.q) {
      const like = `%${escapeLike(f.q)}%`;
      q = q.where((eb) => eb.or([eb('e.name', 'ilike', like), eb('e.organization', 'ilike', like), eb('e.bio', 'ilike', like)]));
    }
    const [total, rows] = await Promise.all([
      q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
      q
        .selectAll('e')
        .select((eb) => [seats(eb, 'accepted', 'open_cases'), seats(eb, 'proposed', 'pending')])
        .orderBy('e.active', 'desc')
        .orderBy('e.available', 'desc')
        .orderBy('e.kind')
        .orderBy('e.name')
        .orderBy('e.id')
        .limit(f.limit)
        .offset(f.offset)
        .execute(),
    ]);
    return { rows: rows.map(withCounts), total: Number(total.n) };
  }

  async get(id: string, db: Kysely<DB> = this.db): Promise<ExpertWithLoad | undefined> {
    const r = await this.base(db).where('e.id', '=', id).executeTakeFirst();
    return r && withCounts(r);
  }

  async byUser(userId: string, db: Kysely<DB> = this.db): Promise<ExpertWithLoad | undefined> {
    const r = await this.base(db).where('e.user_id', '=', userId).orderBy('e.id').executeTakeFirst();
    return r && withCounts(r);
  }

  async byIds(ids: readonly string[], db: Kysely<DB> = this.db): Promise<ExpertWithLoad[]> {
    if (ids.length === 0) return [];
    return (await this.base(db).where('e.id', 'in', [...ids]).execute()).map(withCounts);
  }

  /** Every active expert with their load: the pool that matching ranks. */
  async pool(db: Kysely<DB> = this.db): Promise<ExpertWithLoad[]> {
    return (await this.base(db).where('e.active', '=', true).execute()).map(withCounts);
  }

  insert(row: Insertable<ExpertTable>) {
    return this.db.insertInto('experts').values(row).returningAll().executeTakeFirstOrThrow();
  }

  /** Updates a profile if `version` is still the stored one; undefined otherwise (or when it does not exist). */
  update(id: string, version: number, patch: Updateable<ExpertTable>) {
    return this.db
      .updateTable('experts')
      .set({ ...patch, version: sql`version + 1` })
      .where('id', '=', id)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst();
  }

  async userExists(userId: string): Promise<boolean> {
    return !!(await this.db.selectFrom('users').select('id').where('id', '=', userId).executeTakeFirst());
  }

  /** The engagements of a case with the expert's profile and the name of whom each replaced. */
  team(caseId: string, db: Kysely<DB> = this.db) {
    return db
      .selectFrom('case_experts as ce')
      .innerJoin('experts as e', 'e.id', 'ce.expert_id')
      .leftJoin('experts as r', 'r.id', 'ce.replaces_expert_id')
      .selectAll('ce')
      .select(['e.name', 'e.kind', 'e.organization', 'e.specialties', 'e.service_modes', 'e.years', 'e.user_id', 'r.name as replaces_name'])
      .where('ce.case_id', '=', caseId)
      .orderBy(sql`coalesce(ce.proposed_at, ce.responded_at)`)
      .orderBy('e.name')
      .execute();
  }

  /** Team overview of many cases at once (for a list of invitations). */
  teams(caseIds: readonly string[], db: Kysely<DB> = this.db) {
    if (caseIds.length === 0) return Promise.resolve([]);
    return db
      .selectFrom('case_experts as ce')
      .innerJoin('experts as e', 'e.id', 'ce.expert_id')
      .select(['ce.case_id', 'ce.expert_id', 'ce.status', 'ce.lead', 'e.name'])
      .where('ce.case_id', 'in', [...caseIds])
      .execute();
  }

  async insertEngagement(trx: Kysely<DB>, row: Insertable<CaseExpertTable>): Promise<void> {
    await trx.insertInto('case_experts').values(row).execute();
  }

  /**
   * Moves one engagement from one of `from` to a new state; false when it is no longer
   * in one of them (someone else got there first). `openUntil` also requires the
   * invitation to be unanswered and still within its deadline.
   */
  async transition(trx: Kysely<DB>, caseId: string, expertId: string, from: readonly EngagementStatus[], patch: Updateable<CaseExpertTable>, opts: { openAt?: Date; dueBy?: Date } = {}): Promise<boolean> {
    let q = trx.updateTable('case_experts').set(patch).where('case_id', '=', caseId).where('expert_id', '=', expertId).where('status', 'in', [...from]);
    if (opts.openAt) q = q.where('respond_by', '>', opts.openAt);
    if (opts.dueBy) q = q.where('respond_by', '<=', opts.dueBy);
    const r = await q.executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  /**
   * Makes `expertId` the only lead of the case. The other accepted members' flags are
   * cleared first (the unique index admits one accepted lead); a pending member whom
   * staff designated to lead keeps that designation unless `clearDesignated`.
   */
  async setLead(trx: Kysely<DB>, caseId: string, expertId: string, opts: { clearDesignated: boolean }): Promise<void> {
    await trx
      .updateTable('case_experts')
      .set({ lead: false })
      .where('case_id', '=', caseId)
      .where('expert_id', '<>', expertId)
      .where('lead', '=', true)
      .$if(!opts.clearDesignated, (q) => q.where('status', '=', 'accepted'))
      .execute();
    await trx.updateTable('case_experts').set({ lead: true }).where('case_id', '=', caseId).where('expert_id', '=', expertId).execute();
  }

  /** Invitations past their answer deadline: what the expiry job looks at. */
  overdue(now: Date, limit = 200) {
    return this.db
      .selectFrom('case_experts')
      .select(['case_id', 'expert_id', 'respond_by'])
      .where('status', '=', 'proposed')
      .where('respond_by', '<=', now)
      .orderBy('respond_by')
      .limit(limit)
      .execute();
  }

  /** An expert's pending invitations and the open or recent cases they serve on, newest first. */
  engagementsOf(expertId: string, statuses: readonly EngagementStatus[]) {
    return this.db
      .selectFrom('case_experts as ce')
      .innerJoin('cases as c', 'c.id', 'ce.case_id')
      .selectAll('ce')
      .select(['c.code', 'c.title', 'c.category', 'c.description', 'c.service_mode', 'c.status as case_status', 'c.registered_at', 'c.paused'])
      .where('ce.expert_id', '=', expertId)
      .where('ce.status', 'in', [...statuses])
      .orderBy(sql`ce.status = 'proposed'`, 'desc')
      .orderBy(sql`coalesce(ce.responded_at, ce.proposed_at)`, 'desc')
      .limit(200)
      .execute();
  }

  async usernames(userIds: readonly string[]): Promise<Map<string, string>> {
    if (userIds.length === 0) return new Map();
    const rows = await this.db.selectFrom('users').select(['id', 'username']).where('id', 'in', [...userIds]).execute();
    return new Map(rows.map((r) => [r.id, r.username]));
  }

  /** Users with `role` on any of the units (e.g. the dispatchers of a center). */
  async holders(roles: readonly string[], unitIds: readonly (string | null)[], db: Kysely<DB> = this.db): Promise<string[]> {
    const ids = unitIds.filter((x): x is string => !!x);
    if (ids.length === 0) return [];
    const rows = await db.selectFrom('user_roles as r').innerJoin('users as u', 'u.id', 'r.user_id').select('r.user_id').where('r.role', 'in', [...roles]).where('r.unit_id', 'in', ids).where('u.active', '=', true).execute();
    return [...new Set(rows.map((r) => r.user_id))];
  }
}
