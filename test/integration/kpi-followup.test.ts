import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, createTestApp, login, type TestApp } from '../support/app.js';
import { makeDistrict, makeUser, PASSWORD } from '../support/factories.js';

/**
 * Follow-up on-time rate and screening coverage from the tables of issue #6, through
 * GET /api/kpis, on June 2026 worked out by hand (the clock: Saturday 06-20).
 *
 * Plans and visits:
 *   P1 case A (grid 1, neighbour, window): v1 due 06-05 done 06-04 · v2 due 06-10 done 06-12 (late) · v3 due 06-15 open (overdue)
 *   P2 household (grid 2):                 v5 due 06-08 done 06-09 00:30 local (late; 06-08 in UTC) · v6 due 05-30 done 05-29 · v7 due 06-12 cancelled
 *   P3 case B (grid B, labour, hotline):   v8 due 06-30 done 06-18 (early) · v4 due 06-25 open (not yet due)
 *   June: due v1 v2 v3 v5 v8 = 5, on time v1 v8 = 2 → 0.4; late cases: A.
 * Screening: C1 06-01…06-30 grid 1 target 10 (5 screened in June, 1 on 07-02), grid 2 target 4 (5 screened);
 *   C2 07-01…07-31 grid 1 target 20. June: (5 + 4) / 14 = 0.6429.
 */

let t: TestApp;
let d: Awaited<ReturnType<typeof makeDistrict>>;
let admin: Agent;
let gridWorker: Agent;
const ids = { A: '', B: '' };
const JUNE = 'from=2026-06-01&to=2026-06-30';

beforeAll(async () => {
  t = await createTestApp({ now: '2026-06-20T10:00:00+08:00' });
  d = await makeDistrict(t.ctx);
  await makeUser(t.ctx, 'fu-admin', [{ role: 'admin', unitId: d.district.id }]);
  await makeUser(t.ctx, 'fu-grid', [{ role: 'grid_worker', unitId: d.grid1.id }]);
  admin = await login(t.app, 'fu-admin', PASSWORD);
  gridWorker = await login(t.app, 'fu-grid', PASSWORD);
  const db = t.database.db;
  const now = new Date('2026-05-01T09:00:00+08:00');

  const kase = async (code: string, grid: { id: string }, community: { id: string }, street: { id: string }, category: string, channel: string) =>
    (
      await db
        .insertInto('cases')
        .values({ code, center_id: d.center.id, channel, category, title: code, description: code, district_id: d.district.id, street_id: street.id, community_id: community.id, grid_id: grid.id, status: 'archived', registered_at: now, updated_at: now })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  ids.A = await kase('FU-A', d.grid1, d.communityA, d.streetA, 'neighbour', 'window');
  ids.B = await kase('FU-B', d.gridB, d.communityB, d.streetB, 'labour', 'hotline');
  const household = (await db.insertInto('household_profiles').values({ grid_id: d.grid2.id, address: '甲一社区2号楼301', head_name: '王某', members: '[]', created_at: now, updated_at: now }).returning('id').executeTakeFirstOrThrow()).id;

  const plan = async (values: { case_id?: string; household_id?: string; grid_id: string }) =>
    (await db.insertInto('followup_plans').values({ ...values, center_id: d.center.id, level: 'medium', started_at: now, created_at: now, updated_at: now }).returning('id').executeTakeFirstOrThrow()).id;
  const visit = (plan_id: string, seq: number, due_on: string, status: string, doneAt: string | null) =>
    db.insertInto('followup_visits').values({ plan_id, seq, due_on, status, done_at: doneAt ? new Date(doneAt) : null, level_before: 'medium' }).execute();
  const p1 = await plan({ case_id: ids.A, grid_id: d.grid1.id });
  await visit(p1, 1, '2026-06-05', 'done', '2026-06-04T10:00:00+08:00');
  await visit(p1, 2, '2026-06-10', 'done', '2026-06-12T10:00:00+08:00');
  await visit(p1, 3, '2026-06-15', 'due', null);
  const p2 = await plan({ household_id: household, grid_id: d.grid2.id });
  await visit(p2, 1, '2026-05-30', 'done', '2026-05-29T10:00:00+08:00');
  await visit(p2, 2, '2026-06-08', 'done', '2026-06-09T00:30:00+08:00');
  await visit(p2, 3, '2026-06-12', 'cancelled', null);
  const p3 = await plan({ case_id: ids.B, grid_id: d.gridB.id });
  await visit(p3, 1, '2026-06-30', 'done', '2026-06-18T16:00:00+08:00');
  await visit(p3, 2, '2026-06-25', 'due', null);

  const checklist = (await db.insertInto('risk_checklists').values({ code: 'kpi-screen', version: 1, name: '排查表', name_en: 'Screening', items: '[]', thresholds: '{}', created_at: now }).returning('id').executeTakeFirstOrThrow()).id;
  const campaign = async (name: string, starts_on: string, ends_on: string) =>
    (await db.insertInto('screening_campaigns').values({ center_id: d.center.id, name, checklist_id: checklist, starts_on, ends_on, created_at: now, updated_at: now }).returning('id').executeTakeFirstOrThrow()).id;
  const c1 = await campaign('六月排查', '2026-06-01', '2026-06-30');
  const c2 = await campaign('七月排查', '2026-07-01', '2026-07-31');
  await db
    .insertInto('screening_campaign_grids')
    .values([
      { campaign_id: c1, grid_id: d.grid1.id, target_households: 10 },
      { campaign_id: c1, grid_id: d.grid2.id, target_households: 4 },
      { campaign_id: c2, grid_id: d.grid1.id, target_households: 20 },
    ])
    .execute();
  let n = 0;
  const screen = async (campaign_id: string, grid_id: string, at: string) => {
    const assessment = (await db.insertInto('risk_assessments').values({ checklist_id: checklist, context: 'screening', answers: '{}', score: 0, level: 'low', assessed_at: new Date(at) }).returning('id').executeTakeFirstOrThrow()).id;
    await db.insertInto('screenings').values({ campaign_id, grid_id, address: `住户${++n}`, assessment_id: assessment, score: 0, level: 'low', screened_at: new Date(at) }).execute();
  };
  for (const day of ['02', '03', '09', '15', '29']) await screen(c1, d.grid1.id, `2026-06-${day}T10:00:00+08:00`);
  await screen(c1, d.grid1.id, '2026-07-02T09:00:00+08:00');
  for (const day of ['04', '05', '06', '07', '08']) await screen(c1, d.grid2.id, `2026-06-${day}T10:00:00+08:00`);
}, 120_000);
afterAll(() => t?.close());

const report = async (agent: Agent, q: string) => {
  const res = await agent.get(`/api/kpis?${q}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const pick = (k: { followUpOnTimeRate: number | null; screeningCoverage: number | null }) => [k.followUpOnTimeRate, k.screeningCoverage];

describe('follow-up on-time rate and screening coverage (GET /api/kpis)', () => {
  it('gives the hand-computed June figures and their bases', async () => {
    const { total } = await report(admin, JUNE);
    expect(pick(total)).toEqual([0.4, 0.6429]);
    expect(total.bases).toMatchObject({ visitsDue: 5, visitsOnTime: 2, followUpLateCases: 1, screeningTarget: 14, screeningDone: 9 });
  });

  it('judges "on time" on the local day (a visit done at 00:30 the next morning is late)', async () => {
    const { total } = await report(admin, `${JUNE}&gridId=${d.grid2.id}`);
    expect(total.bases).toMatchObject({ visitsDue: 1, visitsOnTime: 0 });
    expect(pick(total)).toEqual([0, 1]);
  });

  it('takes territory filters through the plan’s or campaign’s grid', async () => {
    const { total } = await report(admin, `${JUNE}&streetId=${d.streetA.id}`);
    expect(pick(total)).toEqual([0.25, 0.6429]);
  });

  it('takes case filters through the case of a case plan only; screening does not apply under them', async () => {
    expect(pick((await report(admin, `${JUNE}&category=neighbour`)).total)).toEqual([0.3333, null]);
    expect(pick((await report(admin, `${JUNE}&channel=hotline`)).total)).toEqual([1, null]);
  });

  it('groups by grid, by category (household plans: the unspecified group) and by month', async () => {
    const byGrid = (await report(admin, `${JUNE}&groupBy=grid`)).groups;
    const g = (key: string | null) => byGrid.find((x: { key: string | null }) => x.key === key);
    expect([pick(g(d.grid1.id).kpis), pick(g(d.grid2.id).kpis), pick(g(d.gridB.id).kpis)]).toEqual([
      [0.3333, 0.5],
      [0, 1],
      [1, null],
    ]);
    // groups with follow-ups but no case in the period are listed, and not ranked
    expect(g(d.grid2.id)).toMatchObject({ sample: 0, ranked: false });

    const byCategory = (await report(admin, `${JUNE}&groupBy=category`)).groups;
    expect(Object.fromEntries(byCategory.map((x: { key: string | null; kpis: never }) => [x.key ?? 'none', pick(x.kpis)]))).toEqual({ neighbour: [0.3333, null], labour: [1, null], none: [0, null] });

    const byMonth = (await report(admin, `from=2026-05-01&to=2026-07-31&groupBy=month`)).groups;
    expect(byMonth.map((x: { key: string; kpis: never }) => [x.key, ...pick(x.kpis)])).toEqual([
      ['2026-05', 1, null],
      ['2026-06', 0.4, 0.6429],
      ['2026-07', null, 0],
    ]);
  });

  it('counts only what the caller may see: a grid worker of grid 1', async () => {
    const { total } = await report(gridWorker, JUNE);
    expect(pick(total)).toEqual([0.3333, 0.5]);
    expect(total.bases).toMatchObject({ visitsDue: 3, screeningTarget: 10, screeningDone: 5 });
  });

  it('lists the cases with late visits behind followUpLate, as many as the figure says', async () => {
    const res = await admin.get(`/api/kpis/cases?${JUNE}&metric=followUpLate`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ total: 1, nextCursor: null, items: [{ id: ids.A, code: 'FU-A' }] });
    const inGridB = await admin.get(`/api/kpis/cases?${JUNE}&metric=followUpLate&groupBy=grid&groupKey=${d.gridB.id}`);
    expect(inGridB.json()).toMatchObject({ total: 0, items: [], notListed: 0 });
  });

  it('counts a late case the caller cannot open (its plan in their grid, the case elsewhere) and says it is not listed', async () => {
    // P4: an earlier, ended plan of case B in grid 1 (a party lives there), visit due 06-16 done 06-18 — last test: the figures above stay.
    const db = t.database.db;
    const now = new Date('2026-05-01T09:00:00+08:00');
    const p4 = (await db.insertInto('followup_plans').values({ case_id: ids.B, grid_id: d.grid1.id, center_id: d.center.id, level: 'medium', status: 'ended', ended_at: new Date('2026-06-19T10:00:00+08:00'), started_at: now, created_at: now, updated_at: now }).returning('id').executeTakeFirstOrThrow()).id;
    await db.insertInto('followup_visits').values({ plan_id: p4, seq: 1, due_on: '2026-06-16', status: 'done', done_at: new Date('2026-06-18T10:00:00+08:00'), level_before: 'medium' }).execute();

    const { total } = await report(gridWorker, JUNE);
    expect(total.bases.followUpLateCases).toBe(2);
    const res = await gridWorker.get(`/api/kpis/cases?${JUNE}&metric=followUpLate`);
    expect(res.json()).toMatchObject({ total: 2, notListed: 1, items: [{ id: ids.A }] });
    expect(res.json().items).toHaveLength(1);
  });
});
