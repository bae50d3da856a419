import { type Expression, type ExpressionBuilder, type Kysely, type SqlBool, sql } from 'kysely';
import type { DB } from '../db/schema.js';
import { type MassCaseFacts, type MassRespondent, normalizeOrganizationName } from '../domain/case/mass-dispute.js';
import type { Scope } from '../domain/scope.js';
import { caseScopeFilter } from './case-scope.js';
import { escapeLike } from './org-unit-repository.js';

/** How many candidate cases one warning reads at most (a window rarely holds more of one respondent). */
const MAX_CANDIDATES = 2000;

export interface CaseBriefRow {
  id: string;
  code: string;
  title: string;
  status: string;
  registered_at: Date;
  people_count: number;
  group_case_id: string | null;
  is_group: boolean;
}

/**
 * The reads and writes of 涉众 (mass-dispute) warnings and group cases: compounds, the
 * candidate cases of a signal (unscoped: counts need every case; what a caller is shown
 * goes through `briefs`, which applies the caller's scope), the notifications already
 * sent for a signal, and the member links of group cases.
 */
export class MassDisputeRepository {
  constructor(private readonly db: Kysely<DB>) {}

  compound(id: string, db: Kysely<DB> = this.db) {
    return db.selectFrom('compounds').select(['id', 'name', 'street_id', 'community_id']).where('id', '=', id).executeTakeFirst();
  }

  /** The compounds of a community, else of a street, else (no territory) those whose name the text contains. */
  async compoundsFor(where: { communityId?: string | null; streetId?: string | null; text?: string | null }) {
    let q = this.db.selectFrom('compounds').select(['id', 'name', 'street_id', 'community_id']);
    if (where.communityId) q = q.where('community_id', '=', where.communityId);
    else if (where.streetId) q = q.where('street_id', '=', where.streetId);
    else if (where.text?.trim()) q = q.where(sql<boolean>`char_length(name) >= 2 AND strpos(${where.text.replace(/\s+/gu, '')}, name) > 0`);
    else return [];
    return q.orderBy('name').limit(500).execute();
  }

  /** The community of a grid, for detection before a case exists. */
  async communityOfGrid(gridId: string): Promise<{ communityId: string | null; streetId: string | null }> {
    const g = await this.db
      .selectFrom('org_units as g')
      .leftJoin('org_units as c', 'c.id', 'g.parent_id')
      .select(['c.id as community_id', 'c.parent_id as street_id', 'g.kind'])
      .where('g.id', '=', gridId)
      .executeTakeFirst();
    return g?.kind === 'grid' ? { communityId: g.community_id, streetId: g.street_id } : { communityId: null, streetId: null };
  }

  /** The respondents of these cases. */
  async respondents(caseIds: readonly string[], db: Kysely<DB> = this.db): Promise<Map<string, MassRespondent[]>> {
    const out = new Map<string, MassRespondent[]>();
    if (!caseIds.length) return out;
    const rows = await db
      .selectFrom('case_parties as cp')
      .innerJoin('parties as p', 'p.id', 'cp.party_id')
      .select(['cp.case_id', 'p.id', 'p.kind', 'p.name', 'p.uscc'])
      .where('cp.case_id', 'in', [...new Set(caseIds)])
      .where('cp.role', '=', 'respondent')
      .orderBy('cp.ordinal')
      .execute();
    for (const r of rows) {
      const list = out.get(r.case_id) ?? [];
      list.push({ partyId: r.id, kind: r.kind, name: r.name, uscc: r.uscc });
      out.set(r.case_id, list);
    }
    return out;
  }

  /**
   * Party ids of the register that may be these respondents: themselves, the same credit
   * code, an organisation of the same normalized name, a person of the same ID number.
   * A superset: the rule decides what is the same respondent.
   */
  async respondentPartyIds(respondents: readonly (MassRespondent & { idNumber?: string | null })[]): Promise<string[]> {
    const ids = new Set(respondents.map((r) => r.partyId).filter((x): x is string => !!x));
    const usccs = respondents.map((r) => r.uscc?.toUpperCase()).filter((x): x is string => !!x);
    const idNumbers = respondents.map((r) => r.idNumber?.toUpperCase()).filter((x): x is string => !!x);
    const names = respondents.filter((r) => r.kind === 'organization').map((r) => normalizeOrganizationName(r.name)).filter((n) => n.length >= 2);
    if (usccs.length || idNumbers.length) {
      const rows = await this.db
        .selectFrom('parties')
        .select('id')
        .where((eb) => eb.or([...(usccs.length ? [eb('uscc', 'in', usccs)] : []), ...(idNumbers.length ? [eb('id_number', 'in', idNumbers)] : [])]))
        .execute();
      for (const r of rows) ids.add(r.id);
    }
    for (const name of new Set(names)) {
      // The longest run of letters and digits of the name finds it among spelling variants (indexed by trigrams).
      const core = (name.match(/[\p{L}\p{N}]+/gu) ?? []).sort((a, b) => b.length - a.length)[0] ?? '';
      if (core.length < 2) continue;
      const rows = await this.db
        .selectFrom('parties')
        .select(['id', 'name'])
        .where('kind', '=', 'organization')
        .where('name', 'ilike', `%${escapeLike(core.slice(0, 30))}%`)
        .limit(200)
        .execute();
      for (const r of rows) if (normalizeOrganizationName(r.name) === name) ids.add(r.id);
    }
    return [...ids];
  }

  /** Cases registered in [from, to] at the compound or with one of these parties as respondent, with their respondents. */
  async candidates(where: { from: Date; to: Date; compoundId: string | null; partyIds: readonly string[] }, db: Kysely<DB> = this.db): Promise<MassCaseFacts[]> {
    const { from, to, compoundId, partyIds } = where;
    if (!compoundId && !partyIds.length) return [];
    const rows = await db
      .selectFrom('cases as c')
      .select(['c.id', 'c.registered_at', 'c.status', 'c.category', 'c.people_count', 'c.compound_id', 'c.is_group', 'c.group_case_id'])
      .where('c.registered_at', '>=', from)
      .where('c.registered_at', '<=', to)
      .where((eb) =>
        eb.or([
          ...(compoundId ? [eb('c.compound_id', '=', compoundId)] : []),
          ...(partyIds.length
            ? [eb('c.id', 'in', eb.selectFrom('case_parties as cp').select('cp.case_id').where('cp.role', '=', 'respondent').where('cp.party_id', 'in', [...partyIds]))]
            : []),
        ]),
      )
      .orderBy('c.registered_at')
      .limit(MAX_CANDIDATES)
      .execute();
    const respondents = await this.respondents(
      rows.map((r) => r.id),
      db,
    );
    const applicants = await this.applicantIds(
      rows.map((r) => r.id),
      db,
    );
    return rows.map((r) => ({
      id: r.id,
      registeredAt: new Date(r.registered_at),
      status: r.status,
      category: r.category,
      peopleCount: r.people_count,
      compoundId: r.compound_id,
      isGroup: r.is_group,
      groupCaseId: r.group_case_id,
      respondents: respondents.get(r.id) ?? [],
      applicantIds: applicants.get(r.id) ?? [],
    }));
  }

  /** The applicants' party ids of each case. */
  async applicantIds(caseIds: readonly string[], db: Kysely<DB> = this.db): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    if (!caseIds.length) return out;
    const rows = await db.selectFrom('case_parties').select(['case_id', 'party_id']).where('case_id', 'in', [...new Set(caseIds)]).where('role', '=', 'applicant').execute();
    for (const r of rows) out.set(r.case_id, [...(out.get(r.case_id) ?? []), r.party_id]);
    return out;
  }

  /** Of these cases, the ones the scope may see. */
  async briefs(scope: Scope | null, caseIds: readonly string[]): Promise<CaseBriefRow[]> {
    if (!caseIds.length) return [];
    let q = this.db
      .selectFrom('cases as c')
      .select(['c.id', 'c.code', 'c.title', 'c.status', 'c.registered_at', 'c.people_count', 'c.group_case_id', 'c.is_group'])
      .where('c.id', 'in', [...new Set(caseIds)]);
    const filter = scope ? caseScopeFilter(scope) : null;
    if (filter) q = q.where(filter);
    return q.orderBy('c.registered_at').orderBy('c.id').execute();
  }

  /** The members of a group case, oldest first. */
  members(groupId: string, db: Kysely<DB> = this.db) {
    return db.selectFrom('cases').selectAll().where('group_case_id', '=', groupId).orderBy('registered_at').orderBy('id').execute();
  }

  /** Serializes the warnings of one signal across transactions and app instances. */
  async lockSignal(trx: Kysely<DB>, key: string): Promise<void> {
    await sql`SELECT pg_advisory_xact_lock(hashtext(${`mass:${key}`}))`.execute(trx);
  }

  /** The highest warning level already raised for a signal since `since` (0 when none). */
  async notifiedLevel(trx: Kysely<DB>, key: string, since: Date): Promise<number> {
    const r = await trx
      .selectFrom('case_events')
      .select(sql<number | null>`max((data->>'level')::int)`.as('level'))
      .where('type', '=', 'mass_warning')
      .where('at', '>=', since)
      .where(sql<boolean>`data->>'key' = ${key}`)
      .executeTakeFirst();
    return Number(r?.level ?? 0);
  }

  /** Dispatchers of the center and directors of the center or its district: who a warning goes to. */
  async warningRecipients(centerId: string): Promise<string[]> {
    const center = await this.db.selectFrom('org_units').select('parent_id').where('id', '=', centerId).executeTakeFirst();
    const directorUnits = [centerId, ...(center?.parent_id ? [center.parent_id] : [])];
    const rows = await this.db
      .selectFrom('user_roles as r')
      .innerJoin('users as u', 'u.id', 'r.user_id')
      .select('r.user_id')
      .where('u.active', '=', true)
      .where((eb) =>
        eb.or([
          eb.and([eb('r.role', '=', 'dispatcher'), eb('r.unit_id', '=', centerId)]),
          eb.and([eb('r.role', '=', 'director'), eb('r.unit_id', 'in', directorUnits)]),
        ]),
      )
      .execute();
    return [...new Set(rows.map((r) => r.user_id))];
  }

  /** Removes parties from a case (a member leaving its group takes its applicants along). */
  async unlinkParties(trx: Kysely<DB>, caseId: string, partyIds: readonly string[]): Promise<void> {
    if (!partyIds.length) return;
    await trx.deleteFrom('case_parties').where('case_id', '=', caseId).where('party_id', 'in', [...partyIds]).execute();
  }

  async maxPartyOrdinal(trx: Kysely<DB>, caseId: string): Promise<number> {
    const r = await trx.selectFrom('case_parties').select(sql<number | null>`max(ordinal)`.as('n')).where('case_id', '=', caseId).executeTakeFirst();
    return r?.n == null ? -1 : Number(r.n);
  }
}

type CaseEb = ExpressionBuilder<DB & { c: DB['cases'] }, 'c'>;
export type GroupListMode = 'only' | 'none' | 'members';

/** Case lists by 涉众 role: `only` group cases, `members` cases gathered into one, `none` neither. */
export function groupListFilter(mode: GroupListMode): (eb: CaseEb) => Expression<SqlBool> {
  return (eb) => {
    if (mode === 'only') return eb('c.is_group', '=', true);
    if (mode === 'members') return eb('c.group_case_id', 'is not', null);
    return eb.and([eb('c.is_group', '=', false), eb('c.group_case_id', 'is', null)]);
  };
}
