import { type Insertable, type Kysely, type Selectable, sql, type Updateable } from 'kysely';
import type { CaseTable, DB } from '../db/schema.js';
import type { Scope } from '../domain/scope.js';
import { caseScopeFilter } from './case-scope.js';
import { escapeLike } from './org-unit-repository.js';
import { type GroupListMode, groupListFilter } from './mass-dispute-repository.js';

export type CaseRow = Selectable<CaseTable>;
export type CaseEventInput = { type: string; fromStatus?: string | null; toStatus?: string | null; actorId: string | null; actorName: string | null; at: Date; reason?: string | null; data?: Record<string, unknown> };

export interface CaseListFilter {
  status?: string[];
  category?: string;
  channel?: string;
  streetId?: string;
  communityId?: string;
  gridId?: string;
  handlingUnitId?: string;
  assigneeId?: string;
  /** assigned to this user or to one of these units */
  mine?: { userId: string; unitIds: string[] };
  overdueAt?: Date;
  /** 涉众 group cases and their members */
  group?: GroupListMode;
  q?: string;
  limit: number;
  after?: { registeredAt: Date; id: string };
}

/** Cases and their timeline. Every read that lists or finds cases applies the caller's scope. */
export class CaseRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** The next case number of a center in a year, atomically. */
  async nextSequence(trx: Kysely<DB>, centerId: string, year: number): Promise<number> {
    const r = await trx
      .insertInto('case_sequences')
      .values({ center_id: centerId, year, last: 1 })
      .onConflict((oc) => oc.columns(['center_id', 'year']).doUpdateSet({ last: sql`case_sequences.last + 1` }))
      .returning('last')
      .executeTakeFirstOrThrow();
    return r.last;
  }

  insert(trx: Kysely<DB>, row: Insertable<CaseTable>) {
    return trx.insertInto('cases').values(row).returningAll().executeTakeFirstOrThrow();
  }

  /** Locks the case row for a transition. */
  forUpdate(trx: Kysely<DB>, id: string) {
    return trx.selectFrom('cases').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  }

  update(trx: Kysely<DB>, id: string, patch: Updateable<CaseTable>, now: Date) {
    return trx
      .updateTable('cases')
      .set({ ...patch, version: sql`version + 1`, updated_at: now })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  async appendEvent(trx: Kysely<DB>, caseId: string, e: CaseEventInput): Promise<void> {
    await trx
      .insertInto('case_events')
      .values({
        case_id: caseId,
        seq: sql<number>`(SELECT coalesce(max(seq), 0) + 1 FROM case_events WHERE case_id = ${caseId})`,
        type: e.type,
        from_status: e.fromStatus ?? null,
        to_status: e.toStatus ?? null,
        actor_id: e.actorId,
        actor_name: e.actorName,
        at: e.at,
        reason: e.reason ?? null,
        data: JSON.stringify(e.data ?? {}),
      })
      .execute();
  }

  /** One case if the scope allows it; `null` scope reads without restriction (system jobs, existence checks). */
  async get(scope: Scope | null, id: string, db: Kysely<DB> = this.db): Promise<CaseRow | undefined> {
    let q = db.selectFrom('cases as c').selectAll('c').where('c.id', '=', id);
    const filter = scope ? caseScopeFilter(scope) : null;
    if (filter) q = q.where(filter);
    return q.executeTakeFirst();
  }

  byCode(code: string) {
    return this.db.selectFrom('cases').selectAll().where('code', '=', code).executeTakeFirst();
  }

  events(caseId: string, db: Kysely<DB> = this.db) {
    return db.selectFrom('case_events').selectAll().where('case_id', '=', caseId).orderBy('seq').execute();
  }

  parties(caseIds: readonly string[], db: Kysely<DB> = this.db) {
    if (caseIds.length === 0) return Promise.resolve([]);
    return db
      .selectFrom('case_parties as cp')
      .innerJoin('parties as p', 'p.id', 'cp.party_id')
      .select(['cp.case_id', 'cp.role', 'cp.ordinal', 'p.id as party_id', 'p.kind', 'p.name', 'p.id_number', 'p.phone', 'p.uscc', 'p.address'])
      .where('cp.case_id', 'in', caseIds)
      .orderBy('cp.ordinal')
      .execute();
  }

  deadlines(caseId: string, db: Kysely<DB> = this.db) {
    return db.selectFrom('case_deadlines').selectAll().where('case_id', '=', caseId).execute();
  }

  async saveDeadline(trx: Kysely<DB>, row: Insertable<DB['case_deadlines']>): Promise<void> {
    await trx
      .insertInto('case_deadlines')
      .values(row)
      .onConflict((oc) =>
        oc.columns(['case_id', 'kind']).doUpdateSet({
          // A new clock (a reopened case) starts its escalation chain again.
          escalation_level: sql`CASE WHEN case_deadlines.started_at = excluded.started_at THEN case_deadlines.escalation_level ELSE 0 END`,
          started_at: row.started_at,
          due_at: row.due_at,
          met_at: row.met_at,
          breached: row.breached,
        }),
      )
      .execute();
  }

  /** Missed deadlines still running: what the escalation job looks at. */
  overdueDeadlines(now: Date, maxLevel: number, limit = 500) {
    return this.db
      .selectFrom('case_deadlines as d')
      .innerJoin('cases as c', 'c.id', 'd.case_id')
      .select(['d.case_id', 'd.kind', 'd.due_at', 'd.escalation_level', 'c.code', 'c.title', 'c.assignee_id', 'c.handling_unit_id', 'c.center_id', 'c.status'])
      .where('d.met_at', 'is', null)
      .where('d.due_at', '<=', now)
      .where('d.escalation_level', '<', maxLevel)
      .orderBy('d.due_at')
      .limit(limit)
      .execute();
  }

  async setEscalationLevel(trx: Kysely<DB>, caseId: string, kind: string, level: number, fromLevel: number): Promise<boolean> {
    const r = await trx
      .updateTable('case_deadlines')
      .set({ escalation_level: level, breached: true })
      .where('case_id', '=', caseId)
      .where('kind', '=', kind as 'response')
      .where('escalation_level', '=', fromLevel)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  attachments(caseId: string) {
    return this.db
      .selectFrom('attachments as a')
      .leftJoin('users as u', 'u.id', 'a.uploaded_by')
      .select(['a.id', 'a.kind', 'a.filename', 'a.content_type', 'a.size', 'a.sha256', 'a.uploaded_at', 'u.display_name as uploaded_by_name'])
      .where('a.case_id', '=', caseId)
      .orderBy('a.uploaded_at')
      .execute();
  }

  annotations(caseId: string) {
    return this.db.selectFrom('case_annotations').selectAll().where('case_id', '=', caseId).orderBy('at').execute();
  }

  async addAnnotation(caseId: string, a: { authorId: string; authorName: string; text: string; at: Date }) {
    return this.db.insertInto('case_annotations').values({ case_id: caseId, author_id: a.authorId, author_name: a.authorName, text: a.text, at: a.at }).returningAll().executeTakeFirstOrThrow();
  }

  /** A page of cases the scope allows, newest first, keyset-paginated on (registered_at, id). */
  async list(scope: Scope, f: CaseListFilter): Promise<CaseRow[]> {
    let q = this.db.selectFrom('cases as c').selectAll('c');
    const filter = caseScopeFilter(scope);
    if (filter) q = q.where(filter);
    if (f.status?.length) q = q.where('c.status', 'in', f.status);
    if (f.category) q = q.where((eb) => eb.or([eb('c.category', '=', f.category!), eb('c.subcategory', '=', f.category!)]));
    if (f.channel) q = q.where('c.channel', '=', f.channel);
    if (f.streetId) q = q.where('c.street_id', '=', f.streetId);
    if (f.communityId) q = q.where('c.community_id', '=', f.communityId);
    if (f.gridId) q = q.where('c.grid_id', '=', f.gridId);
    if (f.handlingUnitId) q = q.where('c.handling_unit_id', '=', f.handlingUnitId);
    if (f.assigneeId) q = q.where('c.assignee_id', '=', f.assigneeId);
    if (f.mine) {
      const { userId, unitIds } = f.mine;
      q = q.where((eb) =>
        eb.or([eb('c.assignee_id', '=', userId), ...(unitIds.length ? [eb.and([eb('c.assignee_id', 'is', null), eb('c.handling_unit_id', 'in', unitIds)])] : [])]),
      );
    }
    if (f.overdueAt) {
      const at = f.overdueAt;
      q = q.where(({ exists, selectFrom }) =>
        exists(selectFrom('case_deadlines as d').select('d.case_id').whereRef('d.case_id', '=', 'c.id').where('d.met_at', 'is', null).where('d.due_at', '<=', at)),
      );
    }
    if (f.group) q = q.where(groupListFilter(f.group));
    if (f.q) {
      const text = f.q;
      q = q.where((eb) => eb.or([eb('c.code', '=', text.toUpperCase()), eb('c.search_text', 'ilike', `%${escapeLike(text)}%`)]));
    }
    if (f.after) {
      const { registeredAt, id } = f.after;
      q = q.where((eb) => eb.or([eb('c.registered_at', '<', registeredAt), eb.and([eb('c.registered_at', '=', registeredAt), eb('c.id', '<', id)])]));
    }
    return q.orderBy('c.registered_at', 'desc').orderBy('c.id', 'desc').limit(f.limit).execute();
  }

  /** The deadline still running for each case, for list badges. */
  runningDeadlines(caseIds: readonly string[]) {
    if (caseIds.length === 0) return Promise.resolve([]);
    return this.db.selectFrom('case_deadlines').selectAll().where('case_id', 'in', caseIds).where('met_at', 'is', null).execute();
  }

  openCaseCounts(userIds: readonly string[]) {
    if (userIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('cases')
      .select(['assignee_id', sql<number>`count(*)`.as('n')])
      .where('assignee_id', 'in', userIds)
      .where('status', 'in', ['routed', 'accepted', 'handling'])
      .groupBy('assignee_id')
      .execute();
  }
}
