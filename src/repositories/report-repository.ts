import { type Kysely, sql } from 'kysely';
import type { DB } from '../db/schema.js';
import type { DayPeriod, Window } from '../domain/kpi/period.js';

export interface MassDisputeRow {
  id: string;
  code: string;
  title: string;
  status: string;
  people_count: number;
  amount_fen: number | null;
  registered_at: Date;
  members: number;
}

/**
 * The reads of the monthly report that the KPI module does not cover: the center's 涉众
 * group cases, follow-up visits and screenings of the month. Everything is read for one
 * center (the service has checked the caller may report on it). Meant for the read replica.
 */
export class ReportRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** 涉众 group cases of the center registered in the window, with their member counts, largest first. */
  async massDisputes(centerId: string, w: Window): Promise<MassDisputeRow[]> {
    const rows = await this.db
      .selectFrom('cases as g')
      .where('g.center_id', '=', centerId)
      .where('g.is_group', '=', true)
      .where('g.registered_at', '>=', w.from)
      .where('g.registered_at', '<', w.to)
      .select([
        'g.id',
        'g.code',
        'g.title',
        'g.status',
        'g.people_count',
        'g.amount_fen',
        'g.registered_at',
        (eb) => eb.selectFrom('cases as m').select(sql<string>`count(*)`.as('n')).whereRef('m.group_case_id', '=', 'g.id').as('members'),
      ])
      .orderBy('g.people_count', 'desc')
      .orderBy('g.registered_at')
      .execute();
    return rows.map((r) => ({ ...r, people_count: Number(r.people_count), amount_fen: r.amount_fen === null ? null : Number(r.amount_fen), registered_at: new Date(r.registered_at), members: Number(r.members ?? 0) }));
  }

  /** Visits of the center's plans due in the period and still not done after their day (as of `today`). */
  async overdueVisits(centerId: string, p: DayPeriod, today: string): Promise<number> {
    const r = await this.db
      .selectFrom('followup_visits as v')
      .innerJoin('followup_plans as fp', 'fp.id', 'v.plan_id')
      .where('fp.center_id', '=', centerId)
      .where('v.due_on', '>=', p.from)
      .where('v.due_on', '<=', p.to)
      .where('v.due_on', '<', today)
      .where('v.status', '=', 'due')
      .select(sql<string>`count(*)`.as('n'))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  /** Households screened in the window in the center's campaigns, and how many came out high risk. */
  async screenings(centerId: string, w: Window): Promise<{ screened: number; high: number }> {
    const r = await this.db
      .selectFrom('screenings as s')
      .innerJoin('screening_campaigns as sc', 'sc.id', 's.campaign_id')
      .where('sc.center_id', '=', centerId)
      .where('s.screened_at', '>=', w.from)
      .where('s.screened_at', '<', w.to)
      .select([sql<string>`count(*)`.as('screened'), sql<string>`count(*) FILTER (WHERE s.level = 'high')`.as('high')])
      .executeTakeFirstOrThrow();
    return { screened: Number(r.screened), high: Number(r.high) };
  }
}
