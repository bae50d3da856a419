import { type Kysely, sql } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Scope } from '../domain/scope.js';
import { caseScopeFilter } from './case-scope.js';
import { escapeLike } from './org-unit-repository.js';

/** The summary of a case that an intake suggestion may show. */
export interface CaseBrief {
  id: string;
  code: string;
  title: string;
  status: string;
  registered_at: Date;
}

/** A party of an earlier case that matched one of the identifiers typed in. */
export interface PartyHit {
  case_id: string;
  role: 'applicant' | 'respondent' | 'third_party';
  kind: 'person' | 'organization';
  /** which identifier matched */
  matched_by: 'id_number' | 'uscc' | 'phone' | 'org_name';
}

export interface PartyKeys {
  idNumbers: string[];
  usccs: string[];
  phones: string[];
  organizationNames: string[];
}

/** How many candidate rows each look-up reads before the service ranks them. */
const CANDIDATES = 50;

/**
 * The reads behind intake suggestions (POST /api/intake/suggest): earlier cases of the
 * same parties, at the same address or compound, or with a similar account. Every read
 * that returns cases applies the caller's scope (caseScopeFilter): a suggestion never
 * reveals a case the caller could not open.
 */
export class IntakeRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Cases (any scope: filter with `visible`) in which a party with one of these identifiers took part, newest first. */
  async partyHits(keys: PartyKeys): Promise<PartyHit[]> {
    const { idNumbers, usccs, phones, organizationNames } = keys;
    if (!idNumbers.length && !usccs.length && !phones.length && !organizationNames.length) return [];
    const rows = await this.db
      .selectFrom('parties as p')
      .innerJoin('case_parties as cp', 'cp.party_id', 'p.id')
      .innerJoin('cases as c', 'c.id', 'cp.case_id')
      .select(['cp.case_id', 'cp.role', 'p.kind', 'p.id_number', 'p.uscc', 'p.phone', 'p.name'])
      .where((eb) =>
        eb.or([
          ...(idNumbers.length ? [eb('p.id_number', 'in', idNumbers)] : []),
          ...(usccs.length ? [eb('p.uscc', 'in', usccs)] : []),
          ...(phones.length ? [eb('p.phone', 'in', phones)] : []),
          ...(organizationNames.length ? [eb.and([eb('p.kind', '=', 'organization'), eb('p.name', 'in', organizationNames)])] : []),
        ]),
      )
      .orderBy('c.registered_at', 'desc')
      .orderBy('c.id')
      .limit(CANDIDATES * 4)
      .execute();
    return rows.map((r) => ({
      case_id: r.case_id,
      role: r.role,
      kind: r.kind,
      matched_by:
        r.id_number && idNumbers.includes(r.id_number)
          ? 'id_number'
          : r.uscc && usccs.includes(r.uscc)
            ? 'uscc'
            : r.phone && phones.includes(r.phone)
              ? 'phone'
              : 'org_name',
    }));
  }

  /** Of these cases, the ones the scope may see. */
  async visible(scope: Scope, caseIds: readonly string[]): Promise<CaseBrief[]> {
    if (!caseIds.length) return [];
    let q = this.db.selectFrom('cases as c').select(['c.id', 'c.code', 'c.title', 'c.status', 'c.registered_at']).where('c.id', 'in', [...new Set(caseIds)]);
    const filter = caseScopeFilter(scope);
    if (filter) q = q.where(filter);
    return q.execute();
  }

  /** Names of registered compounds (小区) that the text mentions; within the grid's community when a grid is given. */
  async compoundsNamedIn(text: string, gridId?: string | null): Promise<{ id: string; name: string }[]> {
    if (!text.trim()) return [];
    let q = this.db
      .selectFrom('compounds as k')
      .select(['k.id', 'k.name'])
      .where(sql<boolean>`char_length(k.name) >= 2 AND strpos(${text}, k.name) > 0`);
    if (gridId) q = q.where('k.community_id', 'in', this.db.selectFrom('org_units as g').select('g.parent_id').where('g.id', '=', gridId));
    return q.orderBy(sql`char_length(k.name)`, 'desc').orderBy('k.name').limit(5).execute();
  }

  /**
   * Visible cases at this address: `exact` (the same address, ignoring case), `building`
   * (addresses starting with the same building), or in one of the compounds (their id on
   * the case, or the name in its address or in its text); within the community of
   * `gridId` when given. Two reads: one on the address, one on the trigram-indexed text.
   */
  async atAddress(
    scope: Scope,
    where: { exact?: string | null; building?: string | null; compoundIds: string[]; compoundNames: string[]; gridId?: string | null },
  ): Promise<(CaseBrief & { address: string | null; compound_id: string | null })[]> {
    const { exact, building, compoundIds, compoundNames, gridId } = where;
    const filter = caseScopeFilter(scope);
    const base = () => {
      let q = this.db.selectFrom('cases as c').select(['c.id', 'c.code', 'c.title', 'c.status', 'c.registered_at', 'c.address', 'c.compound_id']);
      // A place is in one community: with a grid given, only its community's cases (indexed).
      if (gridId) q = q.where('c.community_id', 'in', this.db.selectFrom('org_units as g').select('g.parent_id').where('g.id', '=', gridId));
      if (filter) q = q.where(filter);
      return q;
    };
    const onAddress =
      exact || building || compoundIds.length || compoundNames.length
        ? base()
            .where((eb) =>
              eb.or([
                ...(exact ? [eb('c.address', 'ilike', escapeLike(exact))] : []),
                ...(building ? [eb('c.address', 'ilike', `${escapeLike(building)}%`)] : []),
                ...(compoundIds.length ? [eb('c.compound_id', 'in', compoundIds)] : []),
                ...compoundNames.map((n) => eb('c.address', 'ilike', `%${escapeLike(n)}%`)),
              ]),
            )
            .orderBy('c.registered_at', 'desc')
            .orderBy('c.id')
            .limit(CANDIDATES)
            .execute()
        : Promise.resolve([]);
    const names = compoundNames.filter((n) => n.length >= 3);
    const inText = names.length
      ? base()
          .where((eb) => eb.or(names.map((n) => eb('c.search_text', 'ilike', `%${escapeLike(n)}%`))))
          .orderBy('c.registered_at', 'desc')
          .orderBy('c.id')
          .limit(CANDIDATES)
          .execute()
      : Promise.resolve([]);
    const [a, b] = await Promise.all([onAddress, inText]);
    const seen = new Set(a.map((r) => r.id));
    return [...a, ...b.filter((r) => !seen.has(r.id))];
  }

  /**
   * Visible cases whose text is similar to this one: pg_trgm similarity above 0.3
   * (the `%` operator uses the trigram index on search_text; the explicit bound keeps the
   * meaning if pg_trgm.similarity_threshold is changed).
   */
  async similarText(scope: Scope, text: string): Promise<(CaseBrief & { similarity: number })[]> {
    if (!text.trim()) return [];
    // The planner prices similarity() far too cheaply and scans the table (150 ms on 4,000
    // demo cases, growing with the table); the trigram index answers the same query in
    // a few ms. Both settings are local to this read-only transaction.
    return this.db.transaction().execute(async (trx) => {
      await sql`SET LOCAL enable_seqscan = off`.execute(trx);
      await sql`SET LOCAL pg_trgm.similarity_threshold = 0.3`.execute(trx);
      let q = trx
        .selectFrom('cases as c')
        .select(['c.id', 'c.code', 'c.title', 'c.status', 'c.registered_at', sql<number>`similarity(c.search_text, ${text})`.as('similarity')])
        .where(sql<boolean>`c.search_text % ${text}`)
        .where(sql<boolean>`similarity(c.search_text, ${text}) > 0.3`);
      const filter = caseScopeFilter(scope);
      if (filter) q = q.where(filter);
      const rows = await q.orderBy('similarity', 'desc').orderBy('c.registered_at', 'desc').limit(CANDIDATES).execute();
      return rows.map((r) => ({ ...r, similarity: Number(r.similarity) }));
    });
  }
}
