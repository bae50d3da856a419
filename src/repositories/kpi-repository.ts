import { type Kysely, sql } from 'kysely';
import type { DB } from '../db/schema.js';
import { CONCLUSION_EVENTS, type ConclusionType, type KpiCaseFacts, PERIOD_EVENTS, TURN_EVENTS } from '../domain/kpi/facts.js';
import type { Window } from '../domain/kpi/period.js';
import { type KpiFactsOptions, KpiFactsRepository } from './kpi-facts-repository.js';
import { KpiFollowUpRepository } from './kpi-followup-repository.js';
import type { Scope } from '../domain/scope.js';
import { caseScopeFilter } from './case-scope.js';

export interface KpiFilter {
  /** a category or sub-category code */
  category?: string;
  channel?: string;
  streetId?: string;
  communityId?: string;
  gridId?: string;
  /** the current assignee */
  handlerId?: string;
  /** the handling unit */
  departmentId?: string;
}

const list = (values: readonly string[]) => sql.join(values.map((v) => sql.lit(v)));

/**
 * The reads behind the dashboards; meant for the read replica (Database.readDb).
 * Scoped by construction: every case read goes through caseScopeFilter.
 */
export class KpiRepository {
  /** The figures in SQL over the KPI facts (what the reports use). */
  readonly facts: KpiFactsRepository;
  /** Follow-up visits and screening campaign grids. */
  readonly followups: KpiFollowUpRepository;

  constructor(
    private readonly db: Kysely<DB>,
    options: KpiFactsOptions = {},
  ) {
    this.facts = new KpiFactsRepository(db, options);
    this.followups = new KpiFollowUpRepository(db);
  }

  /**
   * THE REFERENCE (tests compare the SQL figures with computeKpis over these): one row of facts per case that can enter a figure of the window: registered in it, or with
   * an acceptance, a conclusion or a feedback event in it; visible to the scope, matching the
   * filter. The timeline is reduced in SQL exactly as deriveCaseFacts() does it (first
   * acceptance; the latest of the conclusion and reopening events; the ratings in the window;
   * the registrations of linked cases from the window's start on).
   */
  async caseFacts(scope: Scope, filter: KpiFilter, w: Window): Promise<KpiCaseFacts[]> {
    const candidates = this.db
      .selectFrom('cases')
      .select('id')
      .where('registered_at', '>=', w.from)
      .where('registered_at', '<', w.to)
      .union(
        this.db
          .selectFrom('case_events')
          .select('case_id as id')
          .where('type', 'in', [...PERIOD_EVENTS])
          .where('at', '>=', w.from)
          .where('at', '<', w.to),
      );

    let scoped = this.db
      .selectFrom('cases as c')
      .where('c.id', 'in', candidates)
      .select(['c.id', 'c.registered_at', 'c.channel', 'c.category', 'c.status', 'c.street_id', 'c.community_id', 'c.grid_id', 'c.assignee_id', 'c.money_recovered_fen']);
    const visible = caseScopeFilter(scope);
    if (visible) scoped = scoped.where(visible);
    if (filter.category) scoped = scoped.where((eb) => eb.or([eb('c.category', '=', filter.category!), eb('c.subcategory', '=', filter.category!)]));
    if (filter.channel) scoped = scoped.where('c.channel', '=', filter.channel);
    if (filter.streetId) scoped = scoped.where('c.street_id', '=', filter.streetId);
    if (filter.communityId) scoped = scoped.where('c.community_id', '=', filter.communityId);
    if (filter.gridId) scoped = scoped.where('c.grid_id', '=', filter.gridId);
    if (filter.handlerId) scoped = scoped.where('c.assignee_id', '=', filter.handlerId);
    if (filter.departmentId) scoped = scoped.where('c.handling_unit_id', '=', filter.departmentId);

    const turns = list(TURN_EVENTS);
    const rows = await this.db
      .with('sc', () => scoped)
      // One grouped pass over the timelines of the selected cases; no ordered aggregates (a sort per case is what costs).
      .with('ev', (db) =>
        db
          .selectFrom('case_events as e')
          .where('e.case_id', 'in', db.selectFrom('sc').select('sc.id'))
          .groupBy('e.case_id')
          .select([
            'e.case_id',
            sql<Date | null>`min(e.at) FILTER (WHERE e.type = 'accepted')`.as('first_accepted_at'),
            sql<number | null>`max(e.seq) FILTER (WHERE e.type IN (${turns}))`.as('last_turn_seq'),
            sql<{ seq: number; at: number; s: string }[] | null>`json_agg(json_build_object('seq', e.seq, 'at', (extract(epoch FROM e.at) * 1000)::float8, 's', e.data->>'satisfaction'))
              FILTER (WHERE e.type = 'feedback' AND e.data->>'satisfaction' IS NOT NULL AND e.at >= ${w.from} AND e.at < ${w.to})`.as('feedback'),
          ]),
      )
      // Registrations of the cases linking to these (possible rebounds), from the window's start on.
      .with('l', (db) =>
        db
          .selectFrom('cases as n')
          .select(['n.linked_case_id', sql<Date[]>`array_agg(n.registered_at)`.as('registrations')])
          .where('n.linked_case_id', 'is not', null)
          .where('n.registered_at', '>=', w.from)
          .groupBy('n.linked_case_id'),
      )
      .selectFrom('sc as c')
      .leftJoin('ev', 'ev.case_id', 'c.id')
      // The latest conclusion or reopening: one index lookup by (case_id, seq).
      .leftJoin('case_events as t', (join) => join.onRef('t.case_id', '=', 'c.id').onRef('t.seq', '=', 'ev.last_turn_seq'))
      .leftJoin('l', 'l.linked_case_id', 'c.id')
      .selectAll('c')
      .select(['ev.first_accepted_at', 't.type as last_turn', 't.at as last_turn_at', 'ev.feedback', 'l.registrations'])
      .execute();

    return rows.map((r) => ({
      id: r.id,
      registeredAt: new Date(r.registered_at),
      channel: r.channel,
      category: r.category,
      status: r.status,
      streetId: r.street_id,
      communityId: r.community_id,
      gridId: r.grid_id,
      handlerId: r.assignee_id,
      moneyRecoveredFen: Number(r.money_recovered_fen),
      firstAcceptedAt: r.first_accepted_at ? new Date(r.first_accepted_at) : null,
      conclusion:
        r.last_turn && r.last_turn_at && (CONCLUSION_EVENTS as readonly string[]).includes(r.last_turn)
          ? { type: r.last_turn as ConclusionType, at: new Date(r.last_turn_at) }
          : null,
      feedback: (r.feedback ?? []).sort((a, b) => a.seq - b.seq).map((f) => ({ at: new Date(f.at), satisfaction: f.s })),
      linkedRegistrations: (r.registrations ?? []).map((d) => new Date(d)).sort((a, b) => a.getTime() - b.getTime()),
    }));
  }

  /** Names of org units, for group labels. */
  async unitNames(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db.selectFrom('org_units').select(['id', 'name']).where('id', 'in', ids).execute();
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /** Display names of users, for group labels. */
  async userNames(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', ids).execute();
    return new Map(rows.map((r) => [r.id, r.display_name]));
  }
}
