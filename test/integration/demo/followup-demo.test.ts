import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/db/database.js';
import { createWorkingCalendar, localDate, SHIPPED_CALENDAR } from '../../../src/domain/calendar/index.js';
import { afterVisit, DEFAULT_FOLLOWUP_POLICY, firstDueOn, type Stability } from '../../../src/domain/followup/schedule.js';
import { isValidIdNumber } from '../../../src/domain/identity.js';
import { daysBetween } from '../../../src/domain/calendar/days.js';
import { levelRank, type RiskLevel } from '../../../src/domain/risk/checklist.js';
import { isOverdue } from '../../../src/domain/screening/coverage.js';
import { generateDistrict } from '../../../src/demo/district.js';
import { DEMO_PASSWORD, seedDemo } from '../../../src/demo/seed.js';
import { CAMPAIGN_NAME } from '../../../src/demo/seed-followup.js';
import { createTestDatabase } from '../../support/db.js';
import { createTestApp, login, type TestApp } from '../../support/app.js';

const cal = createWorkingCalendar(SHIPPED_CALENDAR);

/** Everything the follow-up demo wrote, keyed by what survives a new seed (codes, names, addresses), not by ids. */
async function digest(db: Database['db']): Promise<string> {
  const plans = await sql<Record<string, unknown>>`
    SELECT coalesce(c.code, g.name || ' ' || h.address) AS key, p.level, p.status, p.stable_run, p.started_at, p.ended_at,
           (SELECT json_agg(json_build_array(v.seq, v.due_on, v.status, v.done_at, v.stability, v.level_after, v.mode, v.notes) ORDER BY v.seq) FROM followup_visits v WHERE v.plan_id = p.id) AS visits
    FROM followup_plans p LEFT JOIN cases c ON c.id = p.case_id LEFT JOIN household_profiles h ON h.id = p.household_id LEFT JOIN org_units g ON g.id = p.grid_id
    ORDER BY 1`.execute(db);
  const grids = await sql<Record<string, unknown>>`
    SELECT g.code, cg.target_households, count(s.id)::int AS screened, count(s.household_id)::int AS flagged, string_agg(s.head_name || s.address || s.score, ',' ORDER BY s.address) AS who
    FROM screening_campaign_grids cg JOIN org_units g ON g.id = cg.grid_id LEFT JOIN screenings s ON s.grid_id = cg.grid_id AND s.campaign_id = cg.campaign_id
    GROUP BY 1, 2 ORDER BY 1`.execute(db);
  const households = await sql<Record<string, unknown>>`SELECT address, head_name, head_phone, members, risk_level, notes FROM household_profiles ORDER BY address`.execute(db);
  const referrals = await sql<Record<string, unknown>>`
    SELECT res.name, r.status, r.version, r.reason, r.outcome, r.referred_at, c.code FROM assistance_referrals r JOIN assistance_resources res ON res.id = r.resource_id LEFT JOIN cases c ON c.id = r.case_id ORDER BY r.referred_at, res.name`.execute(db);
  const resources = await sql<Record<string, unknown>>`SELECT kind, name, provider, contact_phone, active FROM assistance_resources ORDER BY name`.execute(db);
  return JSON.stringify([plans.rows, grids.rows, households.rows, referrals.rows, resources.rows]);
}

describe('follow-up demo (issue #6)', () => {
  let t: TestApp;
  let ids: Map<string, string>;
  let today: string;
  const db = () => t.database.db;

  beforeAll(async () => {
    t = await createTestApp();
    ids = await seedDemo(t.database.db, generateDistrict(), t.clock.now());
    today = localDate(cal, t.clock.now());
    // The whole demo district with its year of cases: slow on a busy machine.
  }, 300_000);
  afterAll(() => t.close());

  it('has an assistance catalogue across the four kinds, providers on the platform, one resource out of use', async () => {
    const rows = await db().selectFrom('assistance_resources').selectAll().execute();
    expect(rows.length).toBeGreaterThanOrEqual(9);
    expect(rows.length).toBeLessThanOrEqual(14);
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(['counselling', 'employment', 'family_education', 'legal_aid']));
    expect(rows.filter((r) => r.provider_unit_id).length).toBeGreaterThanOrEqual(8);
    expect(rows.some((r) => !r.active)).toBe(true);
    expect(rows.map((r) => r.provider)).toEqual(expect.arrayContaining(['昆都仑区妇女联合会', '昆都仑区法律援助中心']));
  });

  it('gives resolved cases of the last six months with a grid a plan, at every level, some ended after their stable run', async () => {
    const plans = await db().selectFrom('followup_plans as p').innerJoin('cases as c', 'c.id', 'p.case_id').select(['p.level', 'p.status', 'p.end_reason', 'c.status as case_status', 'c.grid_id', 'c.concluded_at', 'c.outcome']).execute();
    expect(plans.length).toBeGreaterThan(500);
    for (const p of plans) {
      expect(['resolved', 'archived']).toContain(p.case_status);
      expect(p.outcome).not.toBeNull();
      expect(p.grid_id).not.toBeNull();
      expect(daysBetween(localDate(cal, p.concluded_at!), today)).toBeLessThanOrEqual(184);
    }
    for (const level of ['high', 'medium', 'low']) expect(plans.filter((p) => p.level === level && p.status === 'active').length, level).toBeGreaterThan(5);
    const ended = plans.filter((p) => p.status === 'ended');
    expect(ended.length).toBeGreaterThan(10);
    expect(ended.every((p) => p.end_reason === 'stable_run')).toBe(true);
    const missing = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM cases c WHERE c.status IN ('resolved','archived') AND c.outcome IS NOT NULL AND c.grid_id IS NOT NULL
        AND c.concluded_at >= ${new Date(t.clock.now().getTime() - 150 * 86_400_000)} AND NOT EXISTS (SELECT 1 FROM followup_plans p WHERE p.case_id = c.id)`.execute(db());
    expect(missing.rows[0]!.n).toBe(0);
  });

  it('plays every visit history by the schedule rules (afterVisit), with a few late, worse and rebound visits', async () => {
    const plans = await db().selectFrom('followup_plans').selectAll().execute();
    const visits = await db().selectFrom('followup_visits').selectAll().orderBy('plan_id').orderBy('seq').execute();
    const rebounds = new Map((await db().selectFrom('cases').select(['id', 'linked_case_id']).where('linked_case_id', 'is not', null).execute()).map((c) => [c.id, c.linked_case_id]));
    const byPlan = new Map<string, typeof visits>();
    for (const v of visits) byPlan.set(v.plan_id, [...(byPlan.get(v.plan_id) ?? []), v]);
    let done = 0;
    let late = 0;
    let worse = 0;
    let rebound = 0;
    for (const p of plans) {
      const list = byPlan.get(p.id) ?? [];
      expect(list.length, p.id).toBeGreaterThan(0);
      expect(list.map((v) => v.seq)).toEqual(list.map((_, i) => i + 1));
      let state = { level: list[0]!.level_before as RiskLevel, stableRun: 0 };
      expect(list[0]!.due_on).toBe(firstDueOn(localDate(cal, p.started_at), state.level, DEFAULT_FOLLOWUP_POLICY));
      for (const [i, v] of list.entries()) {
        expect(v.level_before).toBe(state.level);
        if (v.status === 'due') {
          expect(i, 'the open visit is the last').toBe(list.length - 1);
          expect(p.status).toBe('active');
          expect(p.level).toBe(state.level);
          expect(p.stable_run).toBe(state.stableRun);
          continue;
        }
        const day = localDate(cal, v.done_at!);
        expect(v.done_at!.getTime()).toBeLessThan(t.clock.now().getTime());
        done++;
        if (daysBetween(v.due_on, day) > 0) late++;
        if (v.stability === 'worsened') worse++;
        if (v.rebound_case_id) {
          rebound++;
          expect(rebounds.get(v.rebound_case_id), 'a rebound is a case linked to the plan’s').toBe(p.case_id);
        }
        const r = afterVisit(state, { day, stability: v.stability as Stability, level: v.level_after as RiskLevel, rebound: !!v.rebound_case_id }, DEFAULT_FOLLOWUP_POLICY);
        expect(r.level).toBe(v.level_after);
        if (v.stability === 'worsened') expect(levelRank(r.level)).toBeGreaterThanOrEqual(Math.min(2, levelRank(state.level) + 1));
        if (r.ended) {
          expect(i, 'a plan ends on its last visit').toBe(list.length - 1);
          expect(p).toMatchObject({ status: 'ended', end_reason: 'stable_run', level: r.level });
        } else {
          expect(list[i + 1], `plan ${p.id} goes on after visit ${v.seq}`).toBeDefined();
          expect(list[i + 1]!.due_on).toBe(r.nextDueOn);
          state = { level: r.level, stableRun: r.stableRun };
        }
      }
    }
    expect(late / done).toBeGreaterThan(0.03);
    expect(late / done).toBeLessThan(0.15);
    expect(worse).toBeGreaterThan(5);
    expect(rebound).toBeGreaterThanOrEqual(1);
  });

  it('leaves the grid account two to four visits due today or overdue in its grid, one of them overdue', async () => {
    const gridId = (await db().selectFrom('user_roles').select('unit_id').where('user_id', '=', ids.get('user:grid')!).executeTakeFirstOrThrow()).unit_id;
    const due = await db()
      .selectFrom('followup_visits as v')
      .innerJoin('followup_plans as p', 'p.id', 'v.plan_id')
      .select(['v.due_on'])
      .where('p.grid_id', '=', gridId)
      .where('v.status', '=', 'due')
      .where('v.due_on', '<=', today)
      .execute();
    expect(due.length).toBeGreaterThanOrEqual(2);
    expect(due.length).toBeLessThanOrEqual(4);
    expect(due.filter((v) => v.due_on < today)).toHaveLength(1);
    expect(due.some((v) => v.due_on === today)).toBe(true);
  });

  it('runs the 和合同行 campaign over two streets, with uneven coverage, an overdue grid and the grid account’s grid partly screened', async () => {
    const campaign = await db().selectFrom('screening_campaigns').selectAll().where('name', '=', CAMPAIGN_NAME).executeTakeFirstOrThrow();
    expect(campaign.center_id).toBe(ids.get('center-district'));
    expect(daysBetween(campaign.starts_on, today)).toBe(21);
    expect(daysBetween(today, campaign.ends_on)).toBe(35);
    const grids = await sql<{ grid_id: string; street_id: string; target: number; screened: number; flagged: number }>`
      SELECT cg.grid_id, s.id AS street_id, cg.target_households AS target, count(x.id)::int AS screened, count(x.household_id)::int AS flagged
      FROM screening_campaign_grids cg JOIN org_units g ON g.id = cg.grid_id JOIN org_units c ON c.id = g.parent_id JOIN org_units s ON s.id = c.parent_id
      LEFT JOIN screenings x ON x.grid_id = cg.grid_id AND x.campaign_id = cg.campaign_id
      WHERE cg.campaign_id = ${campaign.id} GROUP BY 1, 2, 3`.execute(db());
    expect(new Set(grids.rows.map((g) => g.street_id)).size).toBe(2);
    const target = grids.rows.reduce((a, g) => a + g.target, 0);
    const screened = grids.rows.reduce((a, g) => a + g.screened, 0);
    expect(screened / target).toBeGreaterThan(0.2);
    expect(screened / target).toBeLessThan(0.8);
    const window = { startsOn: campaign.starts_on, endsOn: campaign.ends_on };
    const overdue = grids.rows.filter((g) => isOverdue({ targetHouseholds: g.target, screened: g.screened }, window, today));
    expect(overdue.length).toBeGreaterThanOrEqual(1);
    expect(overdue.length).toBeLessThan(grids.rows.length / 3);
    expect(grids.rows.filter((g) => g.screened === g.target).length).toBeGreaterThanOrEqual(1);
    const gridId = (await db().selectFrom('user_roles').select('unit_id').where('user_id', '=', ids.get('user:grid')!).executeTakeFirstOrThrow()).unit_id;
    const mine = grids.rows.find((g) => g.grid_id === gridId)!;
    expect(mine.screened).toBeGreaterThan(0);
    expect(mine.screened).toBeLessThan(mine.target);
    expect(mine.flagged).toBe(3);
  });

  it('keeps profiles of flagged households only, with members and valid ID numbers, each under a plan', async () => {
    const screenings = await db().selectFrom('screenings as s').innerJoin('risk_assessments as a', 'a.id', 's.assessment_id').select(['s.level', 's.household_id', 's.score', 'a.score as assessed', 'a.context']).execute();
    for (const s of screenings) {
      expect(s.household_id !== null).toBe(s.level !== 'low');
      expect(s.score).toBe(s.assessed);
      expect(s.context).toBe('screening');
    }
    const profiles = await db().selectFrom('household_profiles as h').leftJoin('followup_plans as p', 'p.household_id', 'h.id').select(['h.members', 'h.risk_level', 'p.level', 'p.id as plan_id']).execute();
    expect(profiles.length).toBeGreaterThan(50);
    for (const h of profiles) {
      expect(h.plan_id).not.toBeNull();
      expect(['medium', 'high']).toContain(h.risk_level);
      const members = h.members as { name: string; relation: string; idNumber: string | null }[];
      expect(members.length).toBeGreaterThanOrEqual(1);
      expect(members.filter((m) => m.relation === 'spouse')).toHaveLength(1);
      for (const m of members) {
        expect(['spouse', 'child', 'parent']).toContain(m.relation);
        expect(m.name.length).toBeGreaterThanOrEqual(2);
        if (m.idNumber) expect(isValidIdNumber(m.idNumber), m.idNumber).toBe(true);
      }
    }
  });

  it('has referrals in every status, with outcomes where final', async () => {
    const rows = await db().selectFrom('assistance_referrals').selectAll().execute();
    expect(rows.length).toBeGreaterThanOrEqual(5);
    expect(new Set(rows.map((r) => r.status)).size).toBeGreaterThanOrEqual(4);
    for (const r of rows) {
      const final = r.status === 'completed' || r.status === 'declined';
      expect(r.outcome !== null).toBe(final);
      expect(r.closed_at !== null).toBe(final);
      expect(r.referred_at.getTime()).toBeLessThan(t.clock.now().getTime());
    }
  });

  it('shows the grid account its household’s referral, and the 妇联 liaison the one waiting for its answer', async () => {
    const grid = await login(t.app, 'grid', DEMO_PASSWORD);
    const mine = (await grid.get('/api/assistance/referrals')).json().items as { household: { address: string } | null; status: string }[];
    expect(mine.some((r) => r.household !== null && r.status === 'referred')).toBe(true);
    expect(mine.every((r) => !r.household || r.household.address.endsWith('****'))).toBe(true);
    const women = await login(t.app, 'dept-women-01', DEMO_PASSWORD);
    const waiting = (await women.get('/api/assistance/referrals?status=referred')).json().items as { next: string[] }[];
    expect(waiting.length).toBeGreaterThanOrEqual(1);
    expect(waiting[0]!.next).toEqual(['accepted', 'declined']);
    const told = await db().selectFrom('notifications').select('kind').where('user_id', '=', ids.get('user:dept-women-01')!).where('kind', '=', 'assistance_referred').execute();
    expect(told.length).toBeGreaterThanOrEqual(1);
  });

  it('is the same on a second seed from the same `now`', { timeout: 300_000 }, async () => {
    const again = await createTestDatabase();
    try {
      await seedDemo(again.db, generateDistrict(), t.clock.now());
      expect(await digest(again.db)).toBe(await digest(db()));
    } finally {
      await again.close();
    }
  });
});
