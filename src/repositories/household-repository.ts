import { type Insertable, type Kysely, type Selectable, sql, type Updateable } from 'kysely';
import type { DB, GroupHouseholdTable } from '../db/schema.js';
import { escapeLike } from './org-unit-repository.js';

export type HouseholdRow = Selectable<GroupHouseholdTable>;

export const HOUSEHOLD_FILTERS = ['notified', 'attended', 'agreed', 'signed', 'paid', 'not_notified', 'not_attended', 'not_agreed', 'not_signed', 'not_paid', 'representative'] as const;
export type HouseholdStatusFilter = (typeof HOUSEHOLD_FILTERS)[number];
export interface HouseholdFilter {
  status?: HouseholdStatusFilter;
  q?: string;
}

/** Rows per INSERT: far below PostgreSQL's 65,535 parameters, few round trips on PGlite. */
const CHUNK = 500;
const chunks = <T>(xs: readonly T[]) => Array.from({ length: Math.ceil(xs.length / CHUNK) }, (_, i) => xs.slice(i * CHUNK, (i + 1) * CHUNK));

const STEP_COLUMN = { notified: 'notified_at', attended: 'attended_at', agreed: 'agreed_at', signed: 'signed_at', paid: 'paid_at' } as const;

/** The households of group cases (涉众户) and the parties they are linked to. */
export class HouseholdRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async idNumbers(caseId: string, db: Kysely<DB> = this.db): Promise<Set<string>> {
    const rows = await db.selectFrom('group_households').select('id_number').where('group_case_id', '=', caseId).where('id_number', 'is not', null).execute();
    return new Set(rows.map((r) => r.id_number!));
  }

  async count(caseId: string, db: Kysely<DB> = this.db): Promise<number> {
    const r = await db.selectFrom('group_households').select(sql<number>`count(*)`.as('n')).where('group_case_id', '=', caseId).executeTakeFirst();
    return Number(r?.n ?? 0);
  }

  async maxRowNo(trx: Kysely<DB>, caseId: string): Promise<number> {
    const r = await trx.selectFrom('group_households').select(sql<number | null>`max(row_no)`.as('n')).where('group_case_id', '=', caseId).executeTakeFirst();
    return Number(r?.n ?? 0);
  }

  async insertMany(trx: Kysely<DB>, rows: readonly Insertable<GroupHouseholdTable>[]): Promise<void> {
    for (const part of chunks(rows)) await trx.insertInto('group_households').values(part).execute();
  }

  /** Party ids by ID number (upper case). */
  async partiesByIdNumber(trx: Kysely<DB>, idNumbers: readonly string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const part of chunks(idNumbers)) {
      const rows = await trx.selectFrom('parties').select(['id', 'id_number']).where('id_number', 'in', part).execute();
      for (const r of rows) out.set(r.id_number!, r.id);
    }
    return out;
  }

  async insertParties(trx: Kysely<DB>, rows: readonly Insertable<DB['parties']>[]): Promise<void> {
    for (const part of chunks(rows)) await trx.insertInto('parties').values(part).onConflict((oc) => oc.doNothing()).execute();
  }

  async linkApplicants(trx: Kysely<DB>, caseId: string, partyIds: readonly string[]): Promise<void> {
    const onCase = new Set((await trx.selectFrom('case_parties').select('party_id').where('case_id', '=', caseId).execute()).map((r) => r.party_id));
    const r = await trx.selectFrom('case_parties').select(sql<number | null>`max(ordinal)`.as('n')).where('case_id', '=', caseId).executeTakeFirst();
    let ordinal = r?.n == null ? 0 : Number(r.n) + 1;
    const rows = [...new Set(partyIds)].filter((id) => !onCase.has(id)).map((party_id) => ({ case_id: caseId, party_id, role: 'applicant' as const, ordinal: ordinal++ }));
    for (const part of chunks(rows)) await trx.insertInto('case_parties').values(part).onConflict((oc) => oc.doNothing()).execute();
  }

  private filtered(caseId: string, f: HouseholdFilter, db: Kysely<DB>) {
    let q = db.selectFrom('group_households').where('group_case_id', '=', caseId);
    if (f.status === 'representative') q = q.where('representative', '=', true);
    else if (f.status?.startsWith('not_')) q = q.where(STEP_COLUMN[f.status.slice(4) as keyof typeof STEP_COLUMN], 'is', null);
    else if (f.status) q = q.where(STEP_COLUMN[f.status as keyof typeof STEP_COLUMN], 'is not', null);
    const text = f.q?.trim();
    if (text) {
      const like = `%${escapeLike(text)}%`;
      q = q.where((eb) => eb.or([eb('name', 'like', like), eb('address', 'like', like), eb('id_number', '=', text.toUpperCase()), eb('phone', '=', text)]));
    }
    return q;
  }

  list(caseId: string, f: HouseholdFilter, limit: number, afterRowNo: number | null, db: Kysely<DB> = this.db) {
    return this.filtered(caseId, f, db)
      .selectAll()
      .$if(afterRowNo !== null, (q) => q.where('row_no', '>', afterRowNo!))
      .orderBy('row_no')
      .limit(limit)
      .execute();
  }

  async filteredIds(caseId: string, f: HouseholdFilter, db: Kysely<DB> = this.db): Promise<string[]> {
    return (await this.filtered(caseId, f, db).select('id').orderBy('row_no').execute()).map((r) => r.id);
  }

  /** These households of the case, locked (those of other cases are simply absent). */
  async lockMany(trx: Kysely<DB>, caseId: string, ids: readonly string[]): Promise<HouseholdRow[]> {
    const out: HouseholdRow[] = [];
    for (const part of chunks(ids)) out.push(...(await trx.selectFrom('group_households').selectAll().where('group_case_id', '=', caseId).where('id', 'in', part).orderBy('row_no').forUpdate().execute()));
    return out.sort((a, b) => a.row_no - b.row_no);
  }

  async lockAll(trx: Kysely<DB>, caseId: string): Promise<HouseholdRow[]> {
    return trx.selectFrom('group_households').selectAll().where('group_case_id', '=', caseId).orderBy('row_no').forUpdate().execute();
  }

  get(id: string, db: Kysely<DB> = this.db) {
    return db.selectFrom('group_households').selectAll().where('id', '=', id).executeTakeFirst();
  }

  update(trx: Kysely<DB>, id: string, patch: Updateable<GroupHouseholdTable>, expectedVersion?: number) {
    return trx
      .updateTable('group_households')
      .set({ ...patch, version: sql`version + 1` })
      .where('id', '=', id)
      .$if(expectedVersion !== undefined, (q) => q.where('version', '=', expectedVersion!))
      .returningAll()
      .executeTakeFirst();
  }

  /**
   * Applies many patches at once: households sharing the same patch (a bulk step sets the same
   * time on all) are updated by one statement per group of up to 1,000, not one per row.
   */
  async updateGrouped(trx: Kysely<DB>, items: readonly { id: string; patch: Updateable<GroupHouseholdTable> }[]): Promise<void> {
    const groups = new Map<string, { patch: Updateable<GroupHouseholdTable>; ids: string[] }>();
    for (const { id, patch } of items) {
      const key = JSON.stringify(Object.entries(patch).sort(([a], [b]) => a.localeCompare(b)));
      const g = groups.get(key) ?? { patch, ids: [] };
      g.ids.push(id);
      groups.set(key, g);
    }
    for (const { patch, ids } of groups.values()) {
      for (const part of chunks(ids)) {
        await trx.updateTable('group_households').set({ ...patch, version: sql`version + 1` }).where('id', 'in', part).execute();
      }
    }
  }

  async paidTotal(trx: Kysely<DB>, caseId: string): Promise<number> {
    const r = await trx.selectFrom('group_households').select(sql<number>`coalesce(sum(paid_fen), 0)`.as('n')).where('group_case_id', '=', caseId).executeTakeFirst();
    return Number(r?.n ?? 0);
  }

  async summary(caseId: string, db: Kysely<DB> = this.db) {
    const r = await db
      .selectFrom('group_households')
      .select([
        sql<number>`count(*)`.as('total'),
        sql<number>`count(*) FILTER (WHERE representative)`.as('representatives'),
        sql<number>`count(*) FILTER (WHERE phone IS NOT NULL)`.as('with_phone'),
        sql<number>`count(notified_at)`.as('notified'),
        sql<number>`count(attended_at)`.as('attended'),
        sql<number>`count(agreed_at)`.as('agreed'),
        sql<number>`count(signed_at)`.as('signed'),
        sql<number>`count(paid_at)`.as('paid'),
        sql<number>`count(*) FILTER (WHERE paid_at IS NULL AND paid_fen > 0)`.as('partially_paid'),
        sql<number>`coalesce(sum(claim_fen), 0)`.as('claim_fen'),
        sql<number>`coalesce(sum(agreed_fen), 0)`.as('agreed_fen'),
        sql<number>`coalesce(sum(paid_fen), 0)`.as('paid_fen'),
      ])
      .where('group_case_id', '=', caseId)
      .executeTakeFirstOrThrow();
    return Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Number(v)])) as { [K in keyof typeof r]: number };
  }
}
