import { type Expression, type Kysely, type RawBuilder, type SelectQueryBuilder, type SqlBool, sql } from 'kysely';
import type { DB } from '../db/schema.js';
import type { DeadlineBudget } from '../domain/calendar/deadline.js';
import { emptyAggregates, type KpiAggregates } from '../domain/kpi/aggregates.js';
import type { DimensionGroupBy } from '../domain/kpi/compute.js';
import type { DrillMetric } from '../domain/kpi/drill.js';
import type { Window } from '../domain/kpi/period.js';
import type { Scope } from '../domain/scope.js';
import { caseScopeFilter } from './case-scope.js';
import type { CaseRow } from './case-repository.js';
import type { KpiFilter } from './kpi-repository.js';

/**
 * The KPIs in SQL over kpi_case_facts (migration 20261129T2100_kpi_facts): the same cohorts,
 * counts and percentiles as computeKpis() (a test holds both equal on the demo year and on
 * random cases). Percentiles are percentile_cont over the very float8 values computeKpis sorts
 * (ms / 60000, ms / 86400000, …), so they agree to the bit; rounding happens afterwards in JS
 * by the same functions.
 *
 * Cost, measured at a million cases (bench/kpi-scale.ts): a report is four queries over the
 * facts, all in one snapshot — (1) the counting figures over the period's rows (registered,
 * first accepted, concluded or rated in it: a BitmapOr of one index per date), read once with
 * their flags computed once (time groups: each cohort grouped by the bucket of its own date,
 * with the total, from the rows materialized once); (2) the breakdowns by channel, category
 * and status of the registered cohort (hashed grouping sets); (3) and (4) the percentiles of
 * the registered and of the concluded cohort. The sorts the exact percentiles need are the
 * costly step, so they get queries of their own over just their cohort's values; on
 * PostgreSQL the four run at once on four connections under one exported snapshot (see
 * aggregate()). work_mem is raised for the transaction so that the sorts stay in memory, JIT is
 * off (compiling costs more than it saves here). Tried and dropped: one query with every
 * figure as a FILTER aggregate (the breakdowns as ~30 counts per known code, the percentiles
 * sorting beside them) was about twice as slow; a separate ratings table with DISTINCT ON per
 * report cost a third scan and a sort.
 */

interface FactColumns {
  registered_at: Date;
  channel: string;
  category: string;
  subcategory: string | null;
  status: string;
  district_id: string | null;
  street_id: string | null;
  community_id: string | null;
  grid_id: string | null;
  center_id: string;
  intake_unit_id: string | null;
  handling_unit_id: string | null;
  assignee_id: string | null;
  first_accepted_at: Date | null;
  concluded_at: Date | null;
}
export interface KpiCaseFactsTable extends FactColumns {
  id: string;
  money_recovered_fen: string;
  response_ms: string | null;
  response_working_ms: string | null;
  response_working_ms_early: string | null;
  response_work_days: number | null;
  accepted_by_close: boolean | null;
  conclusion: string | null;
  duration_ms: string | null;
  duration_working_ms: string | null;
  rebounded: boolean;
  /** the latest rating (by timeline order) and its time */
  rating_at: Date | null;
  rating: string | null;
  /** only for cases rated more than once: every rating in timeline order, and the span of their times */
  rating_ats: Date[] | null;
  ratings: string[] | null;
  rating_span: string | null;
}
export type KpiDB = DB & { kpi_case_facts: KpiCaseFactsTable };
type C = { c: KpiCaseFactsTable };
type FactsQuery = SelectQueryBuilder<KpiDB & C, 'c', object>;

/** The column a dimension groups by. */
export const DIMENSION_COLUMN: Record<DimensionGroupBy, keyof FactColumns> = {
  category: 'category',
  channel: 'channel',
  street: 'street_id',
  community: 'community_id',
  grid: 'grid_id',
  handler: 'assignee_id',
};

export interface AggregateSpec {
  window: Window;
  /** time groups: consecutive windows covering `window` (months, weeks) */
  buckets?: readonly Window[];
  /** dimension groups */
  dimension?: DimensionGroupBy;
  responseBudget: DeadlineBudget;
  /** office minutes per working day (540) */
  perDay: number;
}

export interface AggregateResult {
  total: KpiAggregates;
  /** by bucket index ('0', '1', …) for time groups, by the dimension's value for dimension groups (null: not set) */
  groups: Map<string | null, KpiAggregates>;
}

const MINUTE_MS = 60_000;
const c = (col: string) => sql.ref(`c.${col}`);
const inW = (col: string, w: Window) => sql<boolean>`(${c(col)} >= ${w.from} AND ${c(col)} < ${w.to})`;
const num = (v: unknown) => Number(v ?? 0);
const pair = (v: unknown): [number | null, number | null] => {
  const a = v as (number | string | null)[] | null;
  return a ? [a[0] === null ? null : Number(a[0]), a[1] === null ? null : Number(a[1])] : [null, null];
};

/** Accepted within the response budget of the policy in force: see respondedOnTime(). */
export function onTimeSql(b: DeadlineBudget): RawBuilder<boolean> {
  if (b.kind === 'calendar_minutes') return sql`(c.response_ms <= ${Math.round(b.minutes * MINUTE_MS)})`;
  if (b.kind === 'working_minutes') return b.minutes > 0 ? sql`(c.response_working_ms_early < ${Math.round(b.minutes * MINUTE_MS)})` : sql`(c.response_ms <= 0)`;
  return sql`(c.response_work_days < ${b.days} OR (c.response_work_days = ${b.days} AND c.accepted_by_close))`;
}

/** The case's latest rating in the window (the highest seq among those inside it), or null: latestRating(). */
export function latestRatingSql(w: Window): RawBuilder<string | null> {
  return sql`(CASE WHEN c.rating_ats IS NULL THEN CASE WHEN ${inW('rating_at', w)} THEN c.rating END
    ELSE (SELECT r.s FROM unnest(c.rating_ats, c.ratings) WITH ORDINALITY AS r(at, s, i) WHERE r.at >= ${w.from} AND r.at < ${w.to} ORDER BY r.i DESC LIMIT 1) END)`;
}

/** The ratings may enter the window: the latest one in it, or (rated more than once) their span overlaps it. */
const mayBeRated = (w: Window) => sql<SqlBool>`(${inW('rating_at', w)} OR c.rating_span && tstzrange(${w.from}, ${w.to}, '[)'))`;

/** Rows that may enter a figure of the window: one of their dates in it (each index-backed). */
const anyDate = (w: Window) => sql<SqlBool>`(${inW('registered_at', w)} OR ${inW('first_accepted_at', w)} OR ${inW('concluded_at', w)} OR ${mayBeRated(w)})`;

/** A result row of the counting query: its group, whether it is the total (t = 1), the figures. */
interface Row {
  part?: number;
  g: string | null;
  t: number;
  f: unknown[];
  cases: number;
}
type BreakdownCounts = Pick<KpiAggregates, 'byChannel' | 'byCategory' | 'byStatus'>;
/** The key of the total among the percentiles' groups. */
const TOTAL = Symbol('total');
type Percentiles = Map<string | null | typeof TOTAL, [[number | null, number | null], [number | null, number | null]]>;
type Breakdowns = Map<string | null | typeof TOTAL, BreakdownCounts>;

export interface KpiFactsOptions {
  /**
   * Run a report's four queries on four connections at once (PostgreSQL with a pool of 4 or
   * more). One report at a time per process does so — the others run on one connection each —
   * so that reports waiting for connections can never hold the whole pool.
   */
  concurrent?: boolean;
}

let concurrentRunning = 0;

export class KpiFactsRepository {
  private readonly db: Kysely<KpiDB>;

  constructor(
    db: Kysely<DB>,
    private readonly options: KpiFactsOptions = {},
  ) {
    this.db = db as unknown as Kysely<KpiDB>;
  }

  /** Scope and filters over `c`. */
  private scoped(q: FactsQuery, scope: Scope, f: KpiFilter): FactsQuery {
    const visible = caseScopeFilter(scope);
    if (visible) q = q.where(visible as never);
    if (f.category) q = q.where((eb) => eb.or([eb('c.category', '=', f.category!), eb('c.subcategory', '=', f.category!)]));
    if (f.channel) q = q.where('c.channel', '=', f.channel);
    if (f.streetId) q = q.where('c.street_id', '=', f.streetId);
    if (f.communityId) q = q.where('c.community_id', '=', f.communityId);
    if (f.gridId) q = q.where('c.grid_id', '=', f.gridId);
    if (f.handlerId) q = q.where('c.assignee_id', '=', f.handlerId);
    if (f.departmentId) q = q.where('c.handling_unit_id', '=', f.departmentId);
    return q;
  }

  private facts(trx: Kysely<KpiDB>, scope: Scope, f: KpiFilter): FactsQuery {
    return this.scoped(trx.selectFrom('kpi_case_facts as c') as FactsQuery, scope, f);
  }

  /** Runs `body` in one repeatable-read snapshot (or the exported one `snapshotId`), with memory for the percentile sorts. */
  private async snapshot<T>(body: (trx: Kysely<KpiDB>) => Promise<T>, snapshotId?: string): Promise<T> {
    return this.db
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute(async (trx) => {
        if (snapshotId) await sql`SET TRANSACTION SNAPSHOT ${sql.lit(snapshotId)}`.execute(trx);
        await sql`SET LOCAL work_mem = '64MB'`.execute(trx);
        await sql`SET LOCAL jit = off`.execute(trx);
        // The planner multiplies the four date ranges' selectivities as if independent and may pick
        // a full scan; the cohorts overlap almost entirely, and their index ranges are the way in.
        await sql`SET LOCAL enable_seqscan = off`.execute(trx);
        return body(trx);
      });
  }

  /**
   * The period's rows, once each, with the flags and values every figure needs (as `x`):
   * r/a/k registered / first accepted / concluded in the window, lr the latest rating in it.
   */
  private rows(trx: Kysely<KpiDB>, scope: Scope, filter: KpiFilter, spec: AggregateSpec, extra: RawBuilder<unknown>[]): FactsQuery {
    const w = spec.window;
    return this.facts(trx, scope, filter)
      .where(anyDate(w))
      .select([
        inW('registered_at', w).as('r'),
        inW('first_accepted_at', w).as('a'),
        inW('concluded_at', w).as('k'),
        latestRatingSql(w).as('lr'),
        sql<boolean>`(c.first_accepted_at IS NOT NULL)`.as('acc'),
        onTimeSql(spec.responseBudget).as('ot'),
        'c.conclusion',
        'c.rebounded',
        'c.money_recovered_fen',
        'c.channel',
        'c.category',
        'c.status',
        ...extra,
      ] as never) as FactsQuery;
  }

  /**
   * The counting figures over `x` as one JSON array (in the order fill() reads; percentiles()
   * and breakdowns() compute the rest), given the condition of each cohort and of the ratings.
   * Count aggregates only, so that PostgreSQL may group by hashing.
   */
  private figures(reg: RawBuilder<boolean>, acc: RawBuilder<boolean>, con: RawBuilder<boolean>, rated: RawBuilder<boolean>, rating: RawBuilder<string | null>): RawBuilder<unknown> {
    const responded = sql`(${reg} AND x.acc)`;
    return sql`json_build_array(
      count(*) FILTER (WHERE ${reg}),
      count(*) FILTER (WHERE ${responded}),
      count(*) FILTER (WHERE ${responded} AND x.ot),
      count(*) FILTER (WHERE ${acc}),
      count(*) FILTER (WHERE ${acc} AND x.conclusion IS NOT NULL),
      count(*) FILTER (WHERE ${acc} AND x.conclusion = 'resolved'),
      count(*) FILTER (WHERE ${con}),
      count(*) FILTER (WHERE ${con} AND x.conclusion = 'resolved'),
      count(*) FILTER (WHERE ${con} AND x.rebounded),
      coalesce(sum(x.money_recovered_fen) FILTER (WHERE ${con}), 0),
      count(*) FILTER (WHERE ${rated}),
      count(*) FILTER (WHERE ${rated} AND ${rating} = 'satisfied'),
      count(*) FILTER (WHERE ${rated} AND ${rating} = 'dissatisfied'))`;
  }

  private static fill(a: KpiAggregates, f: unknown[]): void {
    [a.registered, a.responded, a.respondedOnTime] = [num(f[0]), num(f[1]), num(f[2])];
    [a.accepted, a.concluded, a.resolved] = [num(f[3]), num(f[4]), num(f[5])];
    [a.concludedInPeriod, a.resolvedInPeriod, a.rebounded, a.moneyRecoveredFen] = [num(f[6]), num(f[7]), num(f[8]), num(f[9])];
    [a.rated, a.satisfied, a.dissatisfied] = [num(f[10]), num(f[11]), num(f[12])];
  }

  /**
   * byChannel / byCategory / byStatus: the registered cohort counted by each (hashed grouping
   * sets), per group (the dimension, or the bucket of the registration) and in total.
   */
  private async breakdowns(trx: Kysely<KpiDB>, scope: Scope, filter: KpiFilter, spec: AggregateSpec): Promise<Breakdowns> {
    const w = spec.window;
    const key = this.groupKey(spec, 'registered_at');
    const registered = this.facts(trx, scope, filter)
      .where(inW('registered_at', w) as never)
      .select(['c.channel', 'c.category', 'c.status', (key ?? sql`NULL`).as('g') as never]);
    const sets = key
      ? sql`GROUPING SETS ((x.g, x.channel), (x.g, x.category), (x.g, x.status), (x.channel), (x.category), (x.status))`
      : sql`GROUPING SETS ((x.channel), (x.category), (x.status))`;
    const { rows } = await sql<{ g: string | null; t: number; k: string; code: string; n: number }>`
      SELECT ${key ? sql`x.g::text` : sql`NULL::text`} AS g, ${key ? sql`GROUPING(x.g)` : sql`1`} AS t,
        CASE WHEN GROUPING(x.channel) = 0 THEN 'byChannel' WHEN GROUPING(x.category) = 0 THEN 'byCategory' ELSE 'byStatus' END AS k,
        CASE WHEN GROUPING(x.channel) = 0 THEN x.channel WHEN GROUPING(x.category) = 0 THEN x.category ELSE x.status END AS code,
        count(*) AS n
      FROM (${registered}) x
      GROUP BY ${sets}`.execute(trx);
    const out: Breakdowns = new Map();
    for (const r of rows) {
      const key = num(r.t) === 1 ? TOTAL : r.g;
      const b = out.get(key) ?? { byChannel: {}, byCategory: {}, byStatus: {} };
      b[r.k as keyof BreakdownCounts][r.code] = num(r.n);
      out.set(key, b);
    }
    return out;
  }

  /** The group of a row by one of its dates: the dimension's column, the bucket of that date, or none (null). */
  private groupKey(spec: AggregateSpec, date: string): RawBuilder<unknown> | null {
    if (spec.buckets) return sql`width_bucket(${c(date)}, ARRAY[${sql.join(spec.buckets.map((b) => sql`${b.from}::timestamptz`))}, ${spec.window.to}::timestamptz]) - 1`;
    if (!spec.dimension) return null;
    const col = DIMENSION_COLUMN[spec.dimension];
    // in its own type (uuid) or in the C collation: cheaper to sort and hash than text in a locale
    return col.endsWith('_id') ? c(col) : sql`${c(col)} COLLATE "C"`;
  }

  /**
   * The figures of a period (and its groups) from the facts, unrounded: counts, breakdowns and
   * the two cohorts' percentiles in four queries. On PostgreSQL they run at once on four
   * connections sharing one exported snapshot (so they see exactly the same data); on PGlite
   * (one connection), on a standby, or while another report of this process runs that way,
   * one after the other in one snapshot.
   */
  async aggregate(scope: Scope, filter: KpiFilter, spec: AggregateSpec): Promise<AggregateResult> {
    const counts = (trx: Kysely<KpiDB>) => (spec.buckets ? this.byBucket(trx, scope, filter, spec, spec.buckets) : this.overall(trx, scope, filter, spec));
    const breakdowns = (trx: Kysely<KpiDB>) => this.breakdowns(trx, scope, filter, spec);
    const response = (trx: Kysely<KpiDB>) => this.percentiles(trx, scope, filter, spec, 'registered_at');
    const duration = (trx: Kysely<KpiDB>) => this.percentiles(trx, scope, filter, spec, 'concluded_at');
    let parts: [AggregateResult, Breakdowns, Percentiles, Percentiles];
    if (!this.options.concurrent || concurrentRunning > 0 || !(await this.concurrent())) {
      parts = await this.snapshot(async (trx) => [await counts(trx), await breakdowns(trx), await response(trx), await duration(trx)]);
    } else {
      concurrentRunning++;
      try {
        parts = await this.snapshot(async (trx) => {
          const id = (await sql<{ id: string }>`SELECT pg_export_snapshot() AS id`.execute(trx)).rows[0]!.id;
          return Promise.all([counts(trx), this.snapshot(breakdowns, id), this.snapshot(response, id), this.snapshot(duration, id)]);
        });
      } finally {
        concurrentRunning--;
      }
    }
    const [out, b, r, d] = parts;
    for (const [key, a] of [[TOTAL, out.total] as const, ...out.groups.entries()]) {
      Object.assign(a, b.get(key) ?? { byChannel: {}, byCategory: {}, byStatus: {} });
      a.responseMinutes = r.get(key)?.[0] ?? [null, null];
      [a.durationDays, a.durationWorkingDays] = d.get(key) ?? [
        [null, null],
        [null, null],
      ];
    }
    return out;
  }

  private concurrency: Promise<boolean> | undefined;

  /** Whether the server can share a snapshot: PostgreSQL (not PGlite's single connection), not a standby. */
  private concurrent(): Promise<boolean> {
    this.concurrency ??= sql<{ ok: boolean }>`SELECT (version() NOT ILIKE '%pglite%' AND NOT pg_is_in_recovery()) AS ok`
      .execute(this.db)
      .then((r) => r.rows[0]!.ok)
      .catch(() => false);
    return this.concurrency;
  }

  /**
   * Median and 90th percentile of one cohort (`date` in the window: registered → response
   * minutes of the accepted; concluded → durations in days and working days), by the group of
   * each row (the dimension, or the bucket of that same date) and in total.
   */
  private async percentiles(trx: Kysely<KpiDB>, scope: Scope, filter: KpiFilter, spec: AggregateSpec, date: 'registered_at' | 'concluded_at'): Promise<Percentiles> {
    const w = spec.window;
    const key = this.groupKey(spec, date);
    let q = this.facts(trx, scope, filter).where(inW(date, w) as never);
    if (date === 'registered_at') q = q.where('c.first_accepted_at', 'is not', null);
    const values =
      date === 'registered_at'
        ? [sql`c.response_working_ms::float8 / 60000`.as('v1'), sql`NULL::float8`.as('v2')]
        : [sql`c.duration_ms::float8 / 86400000`.as('v1'), sql`c.duration_working_ms::float8 / 60000 / ${spec.perDay}::float8`.as('v2')];
    const rows = q.select([(key ?? sql`NULL`).as('g') as never, ...(values as never[])]);
    const pct = (v: string) => sql`percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY ${sql.ref(`x.${v}`)})`;
    const { rows: out } = await sql<{ g: string | null; t: number; p1: unknown; p2: unknown }>`
      SELECT ${key ? sql`x.g::text` : sql`NULL::text`} AS g, ${key ? sql`GROUPING(x.g)` : sql`1`} AS t, ${pct('v1')} AS p1, ${date === 'concluded_at' ? pct('v2') : sql`NULL`} AS p2
      FROM (${rows}) x ${key ? sql`GROUP BY GROUPING SETS ((x.g), ())` : sql``}`.execute(trx);
    return new Map(out.map((r) => [num(r.t) === 1 ? TOTAL : r.g, [pair(r.p1), pair(r.p2)]]));
  }

  /**
   * Total and dimension groups: the period's rows read once and aggregated in one pass, by the
   * dimension and in total (GROUPING SETS; no grouping at all for the total alone).
   */
  private async overall(trx: Kysely<KpiDB>, scope: Scope, filter: KpiFilter, spec: AggregateSpec): Promise<AggregateResult> {
    const key = this.groupKey(spec, 'registered_at');
    // OFFSET 0 keeps the row's flags computed once, not once per aggregate that reads them
    const x = this.rows(trx, scope, filter, spec, [(key ?? sql`NULL`).as('g') as never]).offset(0);
    const { rows } = await sql<Row>`
      SELECT ${key ? sql`x.g::text` : sql`NULL::text`} AS g, ${key ? sql`GROUPING(x.g)` : sql`1`} AS t,
        ${this.figures(sql`x.r`, sql`x.a`, sql`x.k`, sql`(x.lr IS NOT NULL)`, sql`x.lr`)} AS f,
        count(*) FILTER (WHERE x.r OR x.a OR x.k OR x.lr IS NOT NULL) AS cases
      FROM (${x}) x ${key ? sql`GROUP BY GROUPING SETS ((x.g), ())` : sql``}`.execute(trx);
    const out: AggregateResult = { total: emptyAggregates(), groups: new Map() };
    for (const r of rows) {
      let a = out.total;
      if (num(r.t) !== 1) out.groups.set(r.g, (a = emptyAggregates()));
      KpiFactsRepository.fill(a, r.f);
      a.cases = num(r.cases);
    }
    return out;
  }

  /**
   * Time groups. A case falls in the bucket of each of its own dates (width_bucket over the
   * bucket starts): the period's rows are read once (materialized), then each cohort is
   * aggregated by the bucket of its date, with the total (GROUPING SETS): part 0 registered,
   * 1 first accepted, 2 concluded, 3 the latest rating of each bucket (a case rated twice in
   * one bucket counts once there), 4 the total's sample and ratings. A case counts once per
   * bucket in the sample: each part adds the cases whose bucket no earlier part took.
   */
  private async byBucket(trx: Kysely<KpiDB>, scope: Scope, filter: KpiFilter, spec: AggregateSpec, buckets: readonly Window[]): Promise<AggregateResult> {
    const w = spec.window;
    const bounds = sql`ARRAY[${sql.join(buckets.map((b) => sql`${b.from}::timestamptz`))}, ${w.to}::timestamptz]`;
    const bucket = (col: string) => sql<number>`CASE WHEN ${inW(col, w)} THEN width_bucket(${c(col)}, ${bounds}) - 1 END`;
    const base = this.rows(trx, scope, filter, spec, [
      bucket('registered_at').as('kr') as never,
      bucket('first_accepted_at').as('ka') as never,
      bucket('concluded_at').as('kc') as never,
      sql`CASE WHEN c.rating_ats IS NULL THEN ${bucket('rating_at')} END`.as('kt') as never,
      'c.rating' as never,
      'c.rating_ats' as never,
      'c.ratings' as never,
    ]);
    const cohort = (part: number, k: string, cond: string, fields: RawBuilder<unknown>, fresh: RawBuilder<unknown>) => sql`
      SELECT ${sql.lit(part)} AS part, ${sql.ref(`x.${k}`)}::text AS g, GROUPING(${sql.ref(`x.${k}`)}) AS t,
        json_build_array(${fields}) AS f, count(*) FILTER (WHERE ${fresh}) AS cases
      FROM base x WHERE ${sql.raw(cond)} GROUP BY GROUPING SETS ((${sql.ref(`x.${k}`)}), ())`;
    const { rows } = await sql<Row>`
      WITH base AS MATERIALIZED (${base})
      ${cohort(0, 'kr', 'x.r', sql`count(*), count(*) FILTER (WHERE x.acc), count(*) FILTER (WHERE x.acc AND x.ot)`, sql`true`)}
      UNION ALL
      ${cohort(1, 'ka', 'x.a', sql`count(*), count(*) FILTER (WHERE x.conclusion IS NOT NULL), count(*) FILTER (WHERE x.conclusion = 'resolved')`, sql`x.ka IS DISTINCT FROM x.kr`)}
      UNION ALL
      ${cohort(
        2,
        'kc',
        'x.k',
        sql`count(*), count(*) FILTER (WHERE x.conclusion = 'resolved'), count(*) FILTER (WHERE x.rebounded), coalesce(sum(x.money_recovered_fen), 0)`,
        sql`x.kc IS DISTINCT FROM x.kr AND x.kc IS DISTINCT FROM x.ka`,
      )}
      UNION ALL
      SELECT 3, x.g::text, 0,
        json_build_array(count(*), count(*) FILTER (WHERE x.s = 'satisfied'), count(*) FILTER (WHERE x.s = 'dissatisfied')),
        count(*) FILTER (WHERE x.g IS DISTINCT FROM x.kr AND x.g IS DISTINCT FROM x.ka AND x.g IS DISTINCT FROM x.kc)
      FROM (
        SELECT b.kt AS g, b.rating AS s, b.kr, b.ka, b.kc FROM base b WHERE b.kt IS NOT NULL
        UNION ALL
        -- cases rated more than once: the latest rating of each bucket
        SELECT m.b, m.s, b.kr, b.ka, b.kc FROM base b CROSS JOIN LATERAL (
          SELECT DISTINCT ON (q.b) q.b, q.s FROM (
            SELECT width_bucket(r.at, ${bounds}) - 1 AS b, r.s, r.i FROM unnest(b.rating_ats, b.ratings) WITH ORDINALITY AS r(at, s, i)
            WHERE r.at >= ${w.from} AND r.at < ${w.to}) q
          ORDER BY q.b, q.i DESC) m
        WHERE b.rating_ats IS NOT NULL
      ) x
      GROUP BY x.g
      UNION ALL
      SELECT 4, NULL, 1,
        json_build_array(count(*) FILTER (WHERE x.lr IS NOT NULL), count(*) FILTER (WHERE x.lr = 'satisfied'), count(*) FILTER (WHERE x.lr = 'dissatisfied')),
        count(*) FILTER (WHERE x.r OR x.a OR x.k OR x.lr IS NOT NULL)
      FROM base x`.execute(trx);

    const groups = new Map<string | null, KpiAggregates>(buckets.map((_, i) => [String(i), emptyAggregates()]));
    const total = emptyAggregates();
    for (const r of rows) {
      const a = num(r.t) === 1 ? total : groups.get(String(r.g));
      if (!a) continue;
      const n = (i: number) => num(r.f[i]);
      if (a !== total) a.cases += num(r.cases);
      switch (num(r.part)) {
        case 0:
          [a.registered, a.responded, a.respondedOnTime] = [n(0), n(1), n(2)];
          break;
        case 1:
          [a.accepted, a.concluded, a.resolved] = [n(0), n(1), n(2)];
          break;
        case 2:
          [a.concludedInPeriod, a.resolvedInPeriod, a.rebounded, a.moneyRecoveredFen] = [n(0), n(1), n(2), n(3)];
          break;
        case 3:
        case 4:
          [a.rated, a.satisfied, a.dissatisfied] = [n(0), n(1), n(2)];
          if (a === total) a.cases = num(r.cases);
      }
    }
    return { total, groups };
  }

  // ---- drill-down

  /** The condition putting a fact row in a drill-down set (see inDrillSet). */
  private drillCondition(m: DrillMetric, w: Window, budget: DeadlineBudget): RawBuilder<unknown> {
    const [reg, acc, con] = [inW('registered_at', w), inW('first_accepted_at', w), inW('concluded_at', w)];
    if (m.kind === 'breakdown') {
      const col = m.by === 'byChannel' ? 'channel' : m.by === 'byCategory' ? 'category' : 'status';
      return sql`(${reg} AND ${c(col)} = ${m.code})`;
    }
    const responded = sql`(${reg} AND c.first_accepted_at IS NOT NULL)`;
    switch (m.name) {
      case 'registered':
        return reg;
      case 'accepted':
        return acc;
      case 'concluded':
        return sql`(${acc} AND c.conclusion IS NOT NULL)`;
      case 'resolved':
        return sql`(${acc} AND c.conclusion = 'resolved')`;
      case 'responded':
        return responded;
      case 'respondedOnTime':
        return sql`(${responded} AND ${onTimeSql(budget)})`;
      case 'respondedLate':
        return sql`(${responded} AND NOT ${onTimeSql(budget)})`;
      case 'concludedInPeriod':
        return con;
      case 'resolvedInPeriod':
        return sql`(${con} AND c.conclusion = 'resolved')`;
      case 'rebounded':
        return sql`(${con} AND c.rebounded)`;
      case 'rated':
      case 'satisfied':
      case 'notSatisfied':
      case 'dissatisfied': {
        const lr = latestRatingSql(w);
        const which =
          m.name === 'rated' ? sql`${lr} IS NOT NULL` : m.name === 'satisfied' ? sql`${lr} = 'satisfied'` : m.name === 'dissatisfied' ? sql`${lr} = 'dissatisfied'` : sql`${lr} <> 'satisfied'`;
        // the index-backed test first
        return sql`(${mayBeRated(w)} AND ${which})`;
      }
      case 'followUpLate':
        throw new RangeError('followUpLate: see KpiFollowUpRepository');
    }
  }

  /**
   * A page of the cases of a drill-down set, newest registration first, and the size of the
   * whole set. `caseIds`: the set is given (followUpLate), still scoped and filtered here.
   */
  async drill(
    scope: Scope,
    filter: KpiFilter,
    spec: {
      window: Window;
      metric: DrillMetric;
      responseBudget: DeadlineBudget;
      group?: { by: DimensionGroupBy; key: string | null };
      caseIds?: readonly string[];
      after?: { registeredAt: Date; id: string };
      limit: number;
    },
  ): Promise<{ rows: CaseRow[]; total: number }> {
    return this.snapshot(async (trx) => {
      let q = this.facts(trx, scope, filter);
      if (spec.caseIds) q = spec.caseIds.length ? q.where('c.id', 'in', [...spec.caseIds]) : q.where(sql<SqlBool>`false`);
      else q = q.where(this.drillCondition(spec.metric, spec.window, spec.responseBudget) as Expression<SqlBool>);
      if (spec.group) {
        const col = sql.ref(`c.${DIMENSION_COLUMN[spec.group.by]}`);
        q = spec.group.key === null ? q.where(sql<SqlBool>`${col} IS NULL`) : q.where(sql<SqlBool>`${col} = ${spec.group.key}`);
      }
      const total = await q.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
      let page = q;
      if (spec.after) page = page.where(sql<SqlBool>`(c.registered_at, c.id) < (${spec.after.registeredAt}, ${spec.after.id}::uuid)`);
      const ids = await page.select('c.id').orderBy('c.registered_at', 'desc').orderBy('c.id', 'desc').limit(spec.limit).execute();
      if (ids.length === 0) return { rows: [], total: num(total.n) };
      const rows = await trx.selectFrom('cases').selectAll().where('id', 'in', ids.map((r) => r.id)).execute();
      const byId = new Map(rows.map((r) => [r.id, r as CaseRow]));
      return { rows: ids.map((r) => byId.get(r.id)!).filter(Boolean), total: num(total.n) };
    });
  }
}
