import { type Kysely, type SqlBool, sql } from 'kysely';
import type { DB } from '../db/schema.js';
import type { KpiScreeningGridFact, KpiVisitFact } from '../domain/kpi/followup.js';
import type { DayPeriod } from '../domain/kpi/period.js';
import type { Scope } from '../domain/scope.js';
import { followupPaths } from '../domain/screening/access.js';
import { planScopeFilter } from './followup-repository.js';
import type { KpiFilter } from './kpi-repository.js';

/** Where a visit or a campaign grid falls for the groupings (null: not set / not applicable). */
export interface KpiUnitKeys {
  streetId: string | null;
  communityId: string | null;
  gridId: string | null;
}

export type KpiVisitRow = KpiVisitFact &
  KpiUnitKeys & {
    /** through the case of a case plan; null for household plans */
    category: string | null;
    channel: string | null;
    handlerId: string | null;
  };

export type KpiScreeningRow = KpiScreeningGridFact & KpiUnitKeys;

/** The territory filters, which follow-ups and screenings take through their grid. */
const TERRITORY = ['streetId', 'communityId', 'gridId'] as const;
/** The filters that only the case of a case plan can satisfy. */
export const CASE_ONLY_FILTERS = ['category', 'channel', 'handlerId', 'departmentId'] as const;

/** The community and the street of a grid `gu`, from its parent `cu` and grandparent `su` (a grid may hang right under a street). */
const COMMUNITY_OF_GRID = sql<string | null>`CASE WHEN cu.kind = 'community' THEN cu.id END`;
const STREET_OF_GRID = sql<string | null>`CASE WHEN su.kind IN ('street', 'town') THEN su.id WHEN cu.kind IN ('street', 'town') THEN cu.id END`;

/**
 * The follow-up visits and screening campaign grids behind the follow-up on-time rate and
 * screening coverage (tables of issue #6), one row each, scoped and filtered in SQL; the
 * pure followUpTally() / screeningTally() count them. Both tables grow with plans and
 * campaigns, not with cases: a period holds thousands of rows, not millions.
 */
export class KpiFollowUpRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /**
   * Visits due in the period (due day inside it), with the plan's grid and the case's
   * attributes. Scope: the plans the caller may see (planScopeFilter). A filter that only a
   * case has (category, channel, handler, department) keeps case plans matching it.
   */
  async visits(scope: Scope, f: KpiFilter, period: DayPeriod, utcOffsetMinutes: number): Promise<KpiVisitRow[]> {
    const offset = `${utcOffsetMinutes} minutes`;
    let q = this.db
      .selectFrom('followup_visits as v')
      .innerJoin('followup_plans as p', 'p.id', 'v.plan_id')
      .leftJoin('cases as pc', 'pc.id', 'p.case_id')
      .leftJoin('org_units as gu', 'gu.id', 'p.grid_id')
      .leftJoin('org_units as cu', 'cu.id', 'gu.parent_id')
      .leftJoin('org_units as su', 'su.id', 'cu.parent_id')
      .where('v.due_on', '>=', period.from)
      .where('v.due_on', '<=', period.to)
      .select([
        'p.case_id as caseId',
        sql<string>`v.due_on::text`.as('dueOn'),
        'v.status',
        // the local day it was done: the instant shifted to local time, as a date
        sql<string | null>`((v.done_at AT TIME ZONE 'UTC') + ${offset}::interval)::date::text`.as('doneOn'),
        'p.grid_id as gridId',
        COMMUNITY_OF_GRID.as('communityId'),
        STREET_OF_GRID.as('streetId'),
        'pc.category',
        'pc.channel',
        'pc.assignee_id as handlerId',
      ]);
    const visible = planScopeFilter(scope);
    if (visible) q = q.where(visible as never);
    q = this.territory(q, f, sql.ref('gu.path'));
    if (f.category) q = q.where((eb) => eb.or([eb('pc.category', '=', f.category!), eb('pc.subcategory', '=', f.category!)]));
    if (f.channel) q = q.where('pc.channel', '=', f.channel);
    if (f.handlerId) q = q.where('pc.assignee_id', '=', f.handlerId);
    if (f.departmentId) q = q.where('pc.handling_unit_id', '=', f.departmentId);
    return (await q.execute()) as KpiVisitRow[];
  }

  /**
   * The grids of the campaigns running on a day of the period, visible to the caller (the
   * grids under their units: followupPaths, as the screening pages), within the territory
   * filters, with the times of their screenings up to the period's end.
   */
  async screeningGrids(scope: Scope, f: KpiFilter, period: DayPeriod, end: Date): Promise<KpiScreeningRow[]> {
    let q = this.db
      .selectFrom('screening_campaign_grids as cg')
      .innerJoin('screening_campaigns as sc', 'sc.id', 'cg.campaign_id')
      .innerJoin('org_units as gu', 'gu.id', 'cg.grid_id')
      .leftJoin('org_units as cu', 'cu.id', 'gu.parent_id')
      .leftJoin('org_units as su', 'su.id', 'cu.parent_id')
      .where('sc.starts_on', '<=', period.to)
      .where('sc.ends_on', '>=', period.from)
      .select([
        'cg.campaign_id as campaignId',
        'cg.grid_id as gridId',
        sql<string>`sc.starts_on::text`.as('startsOn'),
        sql<string>`sc.ends_on::text`.as('endsOn'),
        'cg.target_households as targetHouseholds',
        COMMUNITY_OF_GRID.as('communityId'),
        STREET_OF_GRID.as('streetId'),
        sql<number[]>`coalesce((SELECT array_agg((floor(extract(epoch FROM s.screened_at) * 1000))::bigint) FROM screenings s
          WHERE s.campaign_id = cg.campaign_id AND s.grid_id = cg.grid_id AND s.screened_at < ${end}), '{}')`.as('screenedMs'),
      ]);
    const paths = followupPaths(scope);
    if (paths !== null) q = paths.length ? q.where((eb) => eb.or(paths.map((p) => eb('gu.path', 'like', `${p}%`)))) : q.where(sql<SqlBool>`false`);
    q = this.territory(q, f, sql.ref('gu.path'));
    const rows = await q.execute();
    return rows.map(({ screenedMs, ...r }) => ({ ...r, screenedAt: (screenedMs ?? []).map((ms) => new Date(Number(ms))) }));
  }

  /** Territory filters through the grid's path (a unit's grids lie under its path). */
  private territory<Q extends { where: (...args: never[]) => Q }>(q: Q, f: KpiFilter, gridPath: ReturnType<typeof sql.ref>): Q {
    let out = q;
    for (const k of TERRITORY) {
      const id = f[k];
      if (!id) continue;
      out = (out.where as unknown as (e: unknown) => Q)(sql<SqlBool>`EXISTS (SELECT 1 FROM org_units fu WHERE fu.id = ${id} AND ${gridPath} LIKE fu.path || '%')`);
    }
    return out;
  }
}
