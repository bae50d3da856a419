import { type ExpressionBuilder, type Kysely, sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
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
  /** a Date, or its JSON text when read through json_agg */
  registered_at: Date | string;
}

export interface PartyKeys {
  idNumbers: string[];
  usccs: string[];
  phones: string[];
  organizationNames: string[];
}

/** What the account being typed says about itself; every empty part is skipped. */
export interface RelatedLookup {
  parties: PartyKeys;
  /** the address typed in, without spaces; matched ignoring case */
  exactAddress: string | null;
  /** its building (…3栋): addresses starting with it */
  building: string | null;
  /** compound names read off the address (…花园): addresses or accounts containing them */
  compoundNames: string[];
  /** registered compounds whose name this text contains count as the place too (the address and the start of the account) */
  compoundText: string;
  /** only cases of this grid's community count as the same place */
  gridId: string | null;
  /** the start of the account, for pg_trgm similarity; null skips it */
  similarText: string | null;
}

/** A party of an earlier case with one of the identifiers typed in. */
export type PartyRow = CaseBrief & { role: 'applicant' | 'respondent' | 'third_party'; kind: 'person' | 'organization'; id_number: string | null; uscc: string | null; phone: string | null };
/** An earlier case at the same place; `in_named_compound`: its compound is one the address or text names. */
export type PlaceRow = CaseBrief & { address: string | null; compound_id: string | null; in_named_compound: boolean };
export type SimilarRow = CaseBrief & { similarity: number };

export interface RelatedRows {
  party: PartyRow[];
  place: PlaceRow[];
  similar: SimilarRow[];
}

/**
 * How many rows each look-up returns, strongest first (the order the service scores
 * them in): the service keeps the best 10 over all of them, so 10 distinct cases per
 * look-up would do; the rest is room for one case matched twice (applicant and respondent).
 */
const CANDIDATES = 30;
/**
 * pg_trgm similarity from which an earlier account counts as similar. Above pg_trgm's
 * default 0.3: between 0.3 and 0.4 are mostly accounts of the same kind of dispute in
 * other words (the demo year's generated accounts have dozens of such siblings each),
 * which the category suggestion already conveys. Measured on the demo year: of 40
 * accounts repeated with a new opening and more text, 39 still found their original at
 * 0.4 (32 at 0.5), and the trigram index passed a third as many candidates to the recheck
 * as at 0.3 — the recheck, similarity() per row, is what costs (about 0.1 ms a row on PGlite).
 */
export const SIMILARITY = 0.4;
/** A LIKE pattern needs a whole trigram to use the index: shorter names are matched by compound id only. */
const MIN_PATTERN = 3;

/**
 * A value the planner must not look at. Planning `col % 'text'` or `col ILIKE '%name%'`
 * with the value in view runs the operator over the column's statistics sample —
 * similarity() a hundred times for `%`: 5–15 ms of planning per call, more than the index
 * read itself. Behind a sub-select the value is a run-time parameter: planning is cheap
 * and the trigram index is taken on its default estimate (the index still gets the value).
 */
const hidden = (value: string) => sql<string>`(SELECT ${value}::text)`;

/** Registered compounds (小区) whose name the text contains, longest first (景泰花园 before 景泰); within the grid's community when a grid is given. */
function compoundsNamedIn(eb: ExpressionBuilder<DB, never>, text: string, gridId: string | null) {
  let k = eb
    .selectFrom('compounds as k')
    .select(['k.id', 'k.name'])
    .where(sql<boolean>`char_length(k.name) >= 2 AND strpos(${text}, k.name) > 0`);
  if (gridId) k = k.where('k.community_id', 'in', eb.selectFrom('org_units as g').select('g.parent_id').where('g.id', '=', gridId));
  return k.orderBy(sql`char_length(k.name)`, 'desc').orderBy('k.name').limit(5);
}

/**
 * The reads behind intake suggestions (POST /api/intake/suggest): earlier cases of the
 * same parties, at the same address or compound, or with a similar account. Every read
 * applies the caller's scope (caseScopeFilter): a suggestion never reveals a case the
 * caller could not open.
 */
export class IntakeRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /**
   * The related-case look-ups in one transaction of two statements, each part an index
   * read and skipped when its input is empty:
   * 1. the transaction's settings, and the registered compounds (小区) the address or the
   *    account names (a small table; planned before the settings apply);
   * 2. parties (btree on the identifiers), places (trigram indexes on address and
   *    search_text, btree on compound_id) and similar accounts (trigram index on
   *    search_text), as three JSON arrays of one row.
   * PGlite has one connection, so statements cannot overlap there: fewer of them is what
   * saves time on both engines.
   *
   * The settings, for this transaction only: pg_trgm's threshold for `%` is SIMILARITY,
   * and sequential scans are ruled out — embedded PGlite has no autovacuum, so its tables
   * may never have been analysed, and on default estimates the planner would hash all of
   * case_parties (8,000 rows of the demo year: 4–8 ms) to join a single party. JIT goes
   * off with it: PostgreSQL prices a ruled-out scan so high that it would compile the
   * query, 150 ms for a read of 0.1 ms.
   */
  async related(scope: Scope, q: RelatedLookup): Promise<RelatedRows & { compounds: { id: string; name: string }[] }> {
    return this.db.transaction().execute(async (trx) => {
      const { compounds } = await trx
        .selectNoFrom((eb) => [
          sql<string>`set_config('pg_trgm.similarity_threshold', ${String(SIMILARITY)}, true) || set_config('enable_seqscan', 'off', true) || set_config('jit', 'off', true)`.as('settings'),
          (q.compoundText.trim() ? jsonArrayFrom(compoundsNamedIn(eb, q.compoundText, q.gridId)) : sql<{ id: string; name: string }[]>`'[]'::json`).as('compounds'),
        ])
        .executeTakeFirstOrThrow();
      return this.lookUp(trx, scope, q, compounds);
    });
  }

  private async lookUp(db: Kysely<DB>, scope: Scope, q: RelatedLookup, compounds: { id: string; name: string }[]): Promise<RelatedRows & { compounds: { id: string; name: string }[] }> {
    const { idNumbers, usccs, phones, organizationNames } = q.parties;
    const hasParties = idNumbers.length + usccs.length + phones.length + organizationNames.length > 0;
    const compoundIds = compounds.map((k) => k.id);
    const names = [...new Set([...q.compoundNames, ...compounds.map((k) => k.name)])].filter((n) => [...n].length >= MIN_PATTERN);
    const hasPlace = !!(q.exactAddress || q.building || compoundIds.length || names.length);
    const similarText = q.similarText;
    if (!hasParties && !hasPlace && !similarText) return { party: [], place: [], similar: [], compounds };

    const filter = caseScopeFilter(scope);
    const gridId = q.gridId;
    const row = await db
      .selectNoFrom((eb) => {
        let party = null;
        if (hasParties) {
          let p = eb
            .selectFrom('parties as p')
            .innerJoin('case_parties as cp', 'cp.party_id', 'p.id')
            .innerJoin('cases as c', 'c.id', 'cp.case_id')
            .select(['c.id', 'c.code', 'c.title', 'c.status', 'c.registered_at', 'cp.role', 'p.kind', 'p.id_number', 'p.uscc', 'p.phone'])
            .where((w) =>
              w.or([
                ...(idNumbers.length ? [w('p.id_number', 'in', idNumbers)] : []),
                ...(usccs.length ? [w('p.uscc', 'in', usccs)] : []),
                ...(phones.length ? [w('p.phone', 'in', phones)] : []),
                ...(organizationNames.length ? [w.and([w('p.kind', '=', 'organization'), w('p.name', 'in', organizationNames)])] : []),
              ]),
            );
          if (filter) p = p.where(filter);
          // ID number or credit code first, then phone, then organisation name (the service's scores)
          const strength = sql<number>`CASE WHEN ${sql.join([
            idNumbers.length ? sql`p.id_number IN (${sql.join(idNumbers)})` : sql`false`,
            usccs.length ? sql`p.uscc IN (${sql.join(usccs)})` : sql`false`,
          ], sql` OR `)} THEN 0 WHEN ${phones.length ? sql`p.phone IN (${sql.join(phones)})` : sql`false`} THEN 1 ELSE 2 END`;
          party = p.orderBy(strength).orderBy('c.registered_at', 'desc').orderBy('c.id').limit(CANDIDATES);
        }
        let place = null;
        if (hasPlace) {
          let p = eb
            .selectFrom('cases as c')
            .select(['c.id', 'c.code', 'c.title', 'c.status', 'c.registered_at', 'c.address', 'c.compound_id'])
            .where((w) =>
              w.or([
                ...(q.exactAddress ? [w('c.address', 'ilike', hidden(escapeLike(q.exactAddress)))] : []),
                ...(q.building ? [w('c.address', 'ilike', hidden(`${escapeLike(q.building)}%`))] : []),
                ...(compoundIds.length ? [w('c.compound_id', 'in', compoundIds)] : []),
                // the compound named in the address of an earlier case, or in its account
                ...names.flatMap((n) => [w('c.address', 'ilike', hidden(`%${escapeLike(n)}%`)), w('c.search_text', 'ilike', hidden(`%${escapeLike(n)}%`))]),
              ]),
            );
          // A place is in one community: with a grid given, only its community's cases (indexed).
          if (gridId) p = p.where('c.community_id', 'in', eb.selectFrom('org_units as g').select('g.parent_id').where('g.id', '=', gridId));
          if (filter) p = p.where(filter);
          // the same address first, then the same building, then the compound (the service's scores)
          const closeness = sql<number>`CASE ${q.exactAddress ? sql`WHEN c.address ILIKE ${escapeLike(q.exactAddress)} THEN 0 ` : sql``}${q.building ? sql`WHEN c.address ILIKE ${`${escapeLike(q.building)}%`} THEN 1 ` : sql``}${compoundIds.length ? sql`WHEN c.compound_id IN (${sql.join(compoundIds)}) THEN 2 ` : sql``}ELSE 3 END`;
          place = p.orderBy(closeness).orderBy('c.registered_at', 'desc').orderBy('c.id').limit(CANDIDATES);
        }
        let similar = null;
        if (similarText) {
          const text = hidden(similarText);
          let s = eb
            .selectFrom('cases as c')
            .select(['c.id', 'c.code', 'c.title', 'c.status', 'c.registered_at', sql<number>`similarity(c.search_text, ${text})`.as('similarity')])
            .where(sql<boolean>`c.search_text % ${text}`);
          if (filter) s = s.where(filter);
          // OFFSET 0 keeps the sub-select as it is: similarity() runs once per candidate, not again in the outer filter and sort.
          similar = eb
            .selectFrom(s.offset(0).as('s'))
            .selectAll('s')
            .where('s.similarity', '>=', SIMILARITY)
            .orderBy('s.similarity', 'desc')
            .orderBy('s.registered_at', 'desc')
            .orderBy('s.id')
            .limit(CANDIDATES);
        }
        return [
          (party ? jsonArrayFrom(party) : sql<PartyRow[]>`'[]'::json`).as('party'),
          (place ? jsonArrayFrom(place) : sql<Omit<PlaceRow, 'in_named_compound'>[]>`'[]'::json`).as('place'),
          (similar ? jsonArrayFrom(similar) : sql<SimilarRow[]>`'[]'::json`).as('similar'),
        ];
      })
      .executeTakeFirstOrThrow();
    const named = new Set(compoundIds);
    return {
      party: row.party as PartyRow[],
      place: (row.place as Omit<PlaceRow, 'in_named_compound'>[]).map((r) => ({ ...r, in_named_compound: !!r.compound_id && named.has(r.compound_id) })),
      similar: (row.similar as SimilarRow[]).map((r) => ({ ...r, similarity: Number(r.similarity) })),
      compounds,
    };
  }
}
