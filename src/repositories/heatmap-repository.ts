import { type Expression, type ExpressionBuilder, type Kysely, type SqlBool, sql } from 'kysely';
import type { DB } from '../db/schema.js';
import { OPEN_CASE_STATUSES } from '../domain/heatmap/score.js';
import type { Window } from '../domain/kpi/period.js';
import { isAdmin, type Scope, territorialPaths } from '../domain/scope.js';
import type { CaseRow } from './case-repository.js';
import { caseScopeFilter } from './case-scope.js';

export type HeatColumn = 'street_id' | 'community_id' | 'grid_id';

export interface HeatUnitRow {
  id: string;
  name: string;
  code: string;
  kind: string;
  path: string;
  households: number | null;
  geometry: unknown;
}

export interface GridRow {
  id: string;
  path: string;
  households: number | null;
  geometry: unknown;
}

export interface CaseRiskCount {
  unit_id: string;
  risk_level: string | null;
  registered: number;
  open: number;
}

export interface GridCount {
  grid_id: string;
  n: number;
  high: number;
}

/** Paths the follow-up figures are read under: null = everything (admin); [] = nothing. */
export function followupPaths(scope: Scope): string[] | null {
  return isAdmin(scope) ? null : territorialPaths(scope);
}

type GridEb = ExpressionBuilder<DB & { g: DB['org_units'] }, 'g'>;

/** Grids under a path (or anywhere) and under one of the caller's paths. */
function gridWhere(eb: GridEb, under: string | null, paths: string[] | null): Expression<SqlBool> {
  const all: Expression<SqlBool>[] = [eb('g.kind', '=', 'grid')];
  if (under) all.push(eb('g.path', 'like', `${under}%`));
  if (paths) all.push(eb.or([eb.val(false), ...paths.map((p) => eb('g.path', 'like', `${p}%`))]));
  return eb.and(all);
}

/** A grid path under `under` (if given) and under one of `paths` (null: anywhere). */
function within(path: string, under: string | null, paths: string[] | null): boolean {
  return (!under || path.startsWith(under)) && (!paths || paths.some((p) => path.startsWith(p)));
}

const openList = sql.join(OPEN_CASE_STATUSES.map((s) => sql.lit(s)));

/**
 * The reads behind the risk heat map (meant for the read replica). Cases are scoped by
 * caseScopeFilter; household and follow-up figures by the caller's territorial paths
 * (the grids under their units).
 */
export class HeatmapRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /**
   * Units of the kinds under a path (or anywhere) that the caller may see: under one of
   * their units, or an ancestor of one (a grid worker sees the street their grid is in).
   */
  async units(scope: Scope, kinds: readonly string[], under: string | null): Promise<HeatUnitRow[]> {
    let q = this.db
      .selectFrom('org_units as u')
      .select(['u.id', 'u.name', 'u.code', 'u.kind', 'u.path', 'u.households', 'u.geometry'])
      .where('u.kind', 'in', [...kinds]);
    if (under) q = q.where('u.path', 'like', `${under}%`);
    if (!isAdmin(scope)) {
      const paths = territorialPaths(scope);
      q = q.where((eb) =>
        eb.or([eb.val(false), ...paths.map((p) => eb('u.path', 'like', `${p}%`)), ...paths.map((p) => eb(eb.val(p), 'like', sql<string>`u.path || '%'`))]),
      );
    }
    return q.orderBy('u.code').execute();
  }

  /** Every grid under a path (or anywhere): their polygons and households draw and size the units above. */
  grids(under: string | null): Promise<GridRow[]> {
    return this.db
      .selectFrom('org_units as g')
      .select(['g.id', 'g.path', 'g.households', 'g.geometry'])
      .where((eb) => gridWhere(eb, under, null))
      .execute();
  }

  /** Cases registered in the window per unit and risk level: all of them, and those open now. */
  async caseCounts(scope: Scope, column: HeatColumn, unitIds: readonly string[], w: Window): Promise<CaseRiskCount[]> {
    if (unitIds.length === 0) return [];
    const col = sql.ref(`c.${column}`);
    let q = this.db
      .selectFrom('cases as c')
      .select([
        sql<string>`${col}`.as('unit_id'),
        'c.risk_level',
        sql<string>`count(*)`.as('registered'),
        sql<string>`count(*) FILTER (WHERE c.status IN (${openList}))`.as('open'),
      ])
      .where(`c.${column}` as `c.${HeatColumn}`, 'in', [...unitIds])
      .where('c.registered_at', '>=', w.from)
      .where('c.registered_at', '<', w.to)
      .groupBy([sql`${col}`, 'c.risk_level']);
    const visible = caseScopeFilter(scope);
    if (visible) q = q.where(visible);
    const rows = await q.execute();
    return rows.map((r) => ({ unit_id: r.unit_id, risk_level: r.risk_level, registered: Number(r.registered), open: Number(r.open) }));
  }

  /** High-risk households per grid (current level). */
  async highRiskHouseholds(under: string | null, paths: string[] | null): Promise<GridCount[]> {
    if (paths && paths.length === 0) return [];
    const rows = await this.db
      .selectFrom('household_profiles as h')
      .innerJoin('org_units as g', 'g.id', 'h.grid_id')
      .where((eb) => gridWhere(eb, under, paths))
      .where('h.risk_level', '=', 'high')
      .groupBy('h.grid_id')
      .select(['h.grid_id', sql<string>`count(*)`.as('n')])
      .execute();
    return rows.map((r) => ({ grid_id: r.grid_id, n: Number(r.n), high: Number(r.n) }));
  }

  /** Active follow-up plans per grid (the plan's grid, else its household's, else its case's), with the high-level ones. */
  async activePlans(under: string | null, paths: string[] | null): Promise<GridCount[]> {
    if (paths && paths.length === 0) return [];
    // Counted per grid once (MATERIALIZED) and the paths checked on the counts: a path filter in
    // the join makes the planner, without fresh statistics (PGlite has no autovacuum), recount
    // the plans once per grid.
    const rows = await this.db
      .with(
        (cte) => cte('pc').materialized(),
        (db) =>
          db
            .selectFrom('followup_plans as p')
            .leftJoin('household_profiles as h', 'h.id', 'p.household_id')
            .leftJoin('cases as c', 'c.id', 'p.case_id')
            .where('p.status', '=', 'active')
            .groupBy(sql`coalesce(p.grid_id, h.grid_id, c.grid_id)`)
            .select([sql<string>`coalesce(p.grid_id, h.grid_id, c.grid_id)`.as('grid_id'), sql<string>`count(*)`.as('n'), sql<string>`count(*) FILTER (WHERE p.level = 'high')`.as('high')]),
      )
      .selectFrom('pc')
      .innerJoin('org_units as g', 'g.id', 'pc.grid_id')
      .where('g.kind', '=', 'grid')
      .select(['pc.grid_id', 'pc.n', 'pc.high', 'g.path'])
      .execute();
    return rows.filter((r) => within(r.path, under, paths)).map((r) => ({ grid_id: r.grid_id, n: Number(r.n), high: Number(r.high) }));
  }

  /** Visits of active plans still due before `today` (YYYY-MM-DD, local), per grid. */
  async overdueVisits(under: string | null, paths: string[] | null, today: string): Promise<GridCount[]> {
    if (paths && paths.length === 0) return [];
    const rows = await this.db
      .with(
        (cte) => cte('vc').materialized(),
        (db) =>
          db
            .selectFrom('followup_visits as v')
            .innerJoin('followup_plans as p', 'p.id', 'v.plan_id')
            .leftJoin('household_profiles as h', 'h.id', 'p.household_id')
            .leftJoin('cases as c', 'c.id', 'p.case_id')
            .where('p.status', '=', 'active')
            .where('v.status', '=', 'due')
            .where('v.due_on', '<', today)
            .groupBy(sql`coalesce(p.grid_id, h.grid_id, c.grid_id)`)
            .select([sql<string>`coalesce(p.grid_id, h.grid_id, c.grid_id)`.as('grid_id'), sql<string>`count(*)`.as('n')]),
      )
      .selectFrom('vc')
      .innerJoin('org_units as g', 'g.id', 'vc.grid_id')
      .where('g.kind', '=', 'grid')
      .select(['vc.grid_id', 'vc.n', 'g.path'])
      .execute();
    return rows.filter((r) => within(r.path, under, paths)).map((r) => ({ grid_id: r.grid_id, n: Number(r.n), high: 0 }));
  }

  /** The open cases of a unit registered in the window, at a risk level (null: any), newest first. */
  async openCases(scope: Scope, column: HeatColumn, unitId: string, riskLevel: string | null, w: Window, limit: number): Promise<{ rows: CaseRow[]; total: number }> {
    let q = this.db
      .selectFrom('cases as c')
      .where(`c.${column}` as `c.${HeatColumn}`, '=', unitId)
      .where('c.status', 'in', [...OPEN_CASE_STATUSES])
      .where('c.registered_at', '>=', w.from)
      .where('c.registered_at', '<', w.to);
    if (riskLevel) q = q.where('c.risk_level', '=', riskLevel);
    const visible = caseScopeFilter(scope);
    if (visible) q = q.where(visible);
    const [rows, total] = await Promise.all([
      q.selectAll('c').orderBy('c.registered_at', 'desc').orderBy('c.id', 'desc').limit(limit).execute(),
      q.select(sql<string>`count(*)`.as('n')).executeTakeFirstOrThrow(),
    ]);
    return { rows, total: Number(total.n) };
  }
}
