import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../../src/db/schema.js';
import { login } from '../../support/app.js';
import { PASSWORD } from '../../support/factories.js';
import { type CampaignJson, highAnswers, mediumAnswers, openCampaign, screen, screeningBody, type ScreeningResultJson, type ScreeningWorld, screeningWorld } from './helpers.js';

const TABLES = ['screenings', 'risk_assessments', 'household_profiles', 'followup_plans', 'followup_visits'] as const satisfies readonly (keyof DB)[];

describe('screening households (入户排查)', () => {
  let w: ScreeningWorld;
  let c: CampaignJson;
  const counts = async () => {
    const out: Record<string, number> = {};
    for (const t of TABLES) out[t] = Number((await w.t.database.db.selectFrom(t).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    return out;
  };
  const post = (agent: typeof w.grid, body: Record<string, unknown>, id = c.id) => agent.post(`/api/screening/campaigns/${id}/screenings`, body);

  beforeAll(async () => {
    w = await screeningWorld();
    // Street A (grid1: 4, grid2: 3 households) and gridB with a target of 2; 2026-04-01 … 04-21, today 04-06 (25% expected).
    c = await openCampaign(w.dispatcher, { unitIds: [w.d.streetA.id], gridIds: [w.d.gridB.id], targets: { [w.d.gridB.id]: 2 } });
  });
  afterAll(() => w.t.close());

  it('the grid worker screens a low-risk household of their grid: counted, no profile kept', async () => {
    const r = await screen(w.grid, c.id, screeningBody(w.d.grid1.id, { address: '景泰花园3栋2单元501', headPhone: '13904721234' }));
    expect(r.replayed).toBe(false);
    expect(r.screening).toMatchObject({ gridId: w.d.grid1.id, level: 'low', score: 0, householdId: null, address: '景泰花园****' });
    expect(r.household).toBeNull();
    const row = await w.t.database.db.selectFrom('screenings').selectAll().where('id', '=', r.screening.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ address: '景泰花园3栋2单元501', screened_by: w.ids.grid, head_name: '张建军' });
    const a = await w.t.database.db.selectFrom('risk_assessments').selectAll().where('id', '=', row.assessment_id).executeTakeFirstOrThrow();
    expect(a).toMatchObject({ context: 'screening', level: 'low', household_id: null, checklist_id: c.checklist.id });
  });

  it('refuses a grid outside the caller’s grids with a clear 403, even one in the campaign', async () => {
    const before = await counts();
    const res = await post(w.grid, screeningBody(w.d.grid2.id));
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toMatchObject({ code: 'outside_grid', message: '该网格不在您负责的网格范围内，不能在此登记入户排查' });
    const en = await w.grid.request('POST', `/api/screening/campaigns/${c.id}/screenings`, screeningBody(w.d.grid2.id), { 'accept-language': 'en' });
    expect(en.json().error.message).toBe('This grid is not one of your grids; you cannot record a screening in it');
    expect((await post(w.gridB, screeningBody(w.d.grid1.id))).statusCode).toBe(403);
    expect((await post(w.liaison, screeningBody(w.d.grid1.id))).statusCode).toBe(403);
    expect(await counts()).toEqual(before);
    const audit = await w.t.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'screening.record').where('outcome', '=', 'denied').execute();
    expect(audit.length).toBeGreaterThanOrEqual(3);
  });

  it('a grid that is not part of the campaign is a 400 for those who work there', async () => {
    const other = await openCampaign(w.dispatcher, { name: '乙街道排查', gridIds: [w.d.gridB.id] });
    const res = await post(w.grid, screeningBody(w.d.grid1.id), other.id);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.gridId).toBe('该网格不在本次排查活动范围内');
  });

  it('refuses answers the checklist does not have, naming answers.<item>, and writes nothing', async () => {
    const before = await counts();
    const { separation: _left, ...partial } = highAnswers();
    const res = await post(w.grid, screeningBody(w.d.grid1.id, { answers: { ...partial, violence: 'sometimes', pets: 'no' }, members: [{ name: '刘桂芳', relation: 'spouse', idNumber: '150203198503120021' }] }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({
      'answers.violence': '此项没有该选项',
      'answers.pets': '风险清单中没有此项',
      'answers.separation': '请回答此项',
      'members.0.idNumber': '身份证号码无效（请核对校验位和出生日期）',
    });
    expect(await counts()).toEqual(before);
  });

  let high: ScreeningResultJson;
  it('a high-risk household gets its profile and a follow-up plan (first visit in 15 days), in the same transaction', async () => {
    const before = await counts();
    high = await screen(
      w.buildingHead,
      c.id,
      screeningBody(w.d.grid1.id, {
        address: '景泰花园5栋1单元302',
        headName: '李卫东',
        headPhone: '13812345678',
        members: [{ name: '王丽', relation: 'spouse', idNumber: '150203198503120039', phone: '13987654321' }],
        answers: highAnswers(),
      }),
    );
    expect(high.screening.level).toBe('high');
    expect(high.reasons[0]!.item).toBe('violence');
    expect(high.household).toMatchObject({ level: 'high', headPhone: '138****5678', address: '景泰花园5栋1单元302', plan: { level: 'high', nextDueOn: '2026-04-21' } });
    expect(high.screening.householdId).toBe(high.household!.id);
    const after = await counts();
    expect(after).toEqual({ ...before, screenings: before.screenings! + 1, risk_assessments: before.risk_assessments! + 1, household_profiles: before.household_profiles! + 1, followup_plans: before.followup_plans! + 1, followup_visits: before.followup_visits! + 1 });
    const plan = await w.t.database.db.selectFrom('followup_plans').selectAll().where('household_id', '=', high.household!.id).executeTakeFirstOrThrow();
    expect(plan).toMatchObject({ case_id: null, grid_id: w.d.grid1.id, center_id: w.d.center.id, level: 'high', status: 'active' });
    const a = await w.t.database.db.selectFrom('risk_assessments').selectAll().where('household_id', '=', high.household!.id).executeTakeFirstOrThrow();
    expect(a).toMatchObject({ context: 'screening', level: 'high' });
  });

  it('replays the first result for the same clientId: 200, replayed, nothing written twice', async () => {
    const clientId = randomUUID();
    const body = screeningBody(w.d.grid1.id, { clientId, address: '景泰花园6栋101', answers: mediumAnswers() });
    const first = await post(w.grid, body);
    expect(first.statusCode).toBe(201);
    const before = await counts();
    // The device re-sends exactly, or with an edited form: the first result either way.
    for (const again of [body, { ...body, address: '别处1号', answers: highAnswers() }]) {
      const res = await post(w.grid, again);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ replayed: true, screening: { id: first.json().screening.id, level: 'medium' }, household: { id: first.json().household.id } });
      expect(res.json().reasons.map((r: { item: string }) => r.item).sort()).toEqual(['property', 'separation']);
    }
    expect(await counts()).toEqual(before);
    // The same clientId in another campaign is no replay.
    const other = await openCampaign(w.dispatcher, { name: '复查', gridIds: [w.d.grid1.id] });
    const reused = await post(w.grid, body, other.id);
    expect(reused.statusCode).toBe(409);
    expect(reused.json().error.code).toBe('client_id_reused');
  });

  it('a concurrent double submit with one clientId ends with one screening', async () => {
    const before = await counts();
    const body = screeningBody(w.d.grid1.id, { address: '景泰花园7栋202', answers: highAnswers() });
    const [a, b] = await Promise.all([post(w.grid, body), post(w.grid, body)]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 201]);
    expect(a.json().screening.id).toBe(b.json().screening.id);
    expect([a.json().replayed, b.json().replayed].sort()).toEqual([false, true]);
    const after = await counts();
    expect(after.screenings).toBe(before.screenings! + 1);
    expect(after.household_profiles).toBe(before.household_profiles! + 1);
    expect(after.followup_plans).toBe(before.followup_plans! + 1);
  });

  it('the same address twice in a campaign is 409 already_screened (spaces and full-width digits make no difference)', async () => {
    const before = await counts();
    const res = await post(w.mediator, screeningBody(w.d.grid1.id, { address: ' 景泰花园５栋 1单元302 ' }));
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'already_screened', message: '该户（同一住址）在本次排查活动中已排查过，不能重复登记' });
    expect(await counts()).toEqual(before);
  });

  it('screening a household on file again in a new campaign updates its profile and moves its plan to the new level', async () => {
    const again = await openCampaign(w.director, { name: '回头看', gridIds: [w.d.grid1.id] });
    const r = await screen(w.grid, again.id, screeningBody(w.d.grid1.id, { address: '景泰花园5栋1单元302', headName: '李卫东', answers: mediumAnswers() }));
    expect(r.household).toMatchObject({ id: high.household!.id, level: 'medium', headPhone: '138****5678', plan: { id: high.household!.plan!.id, level: 'medium', nextDueOn: '2026-05-06' } });
    const members = await w.t.database.db.selectFrom('household_profiles').select('members').where('id', '=', high.household!.id).executeTakeFirstOrThrow();
    expect(members.members).toMatchObject([{ name: '王丽', idNumber: '150203198503120039' }]);
  });

  it('coverage per grid, community and street, with the overdue grids (hand-computed)', async () => {
    // Screened in campaign c: grid1 4 (low 1, high 2, medium 1), grid2 0, gridB 2 (1 low, 1 medium).
    await screen(w.gridB, c.id, screeningBody(w.d.gridB.id, { address: '乙一社区幸福里1号' }));
    await screen(w.gridB, c.id, screeningBody(w.d.gridB.id, { address: '乙一社区幸福里2号', answers: mediumAnswers() }));
    const by = async (level: string, agent = w.director) => {
      const res = await agent.get(`/api/screening/campaigns/${c.id}/coverage?by=${level}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json();
    };
    const grids = await by('grid');
    expect(grids.day).toBe('2026-04-06');
    expect(grids.expectedProgress).toBe(0.25);
    expect(grids.rows.map((r: Record<string, unknown>) => [r.name, r.targetHouseholds, r.screened, r.flagged, r.coverage, r.overdue])).toEqual([
      ['甲一社区第1网格', 4, 4, 3, 1, false],
      ['甲一社区第2网格', 3, 0, 0, 0, true],
      ['乙一社区第1网格', 2, 2, 1, 1, false],
    ]);
    const communities = await by('community');
    expect(communities.rows.map((r: Record<string, unknown>) => [r.name, r.parentId, r.targetHouseholds, r.screened, r.flagged, r.overdue, r.overdueGrids])).toEqual([
      ['甲一社区', w.d.streetA.id, 7, 4, 3, false, 1],
      ['乙一社区', w.d.streetB.id, 2, 2, 1, false, 0],
    ]);
    expect(communities.rows[0].coverage).toBeCloseTo(4 / 7);
    const streets = await by('street');
    expect(streets.rows.map((r: Record<string, unknown>) => [r.name, r.targetHouseholds, r.screened, r.coverage])).toEqual([
      ['甲街道', 7, 4, 4 / 7],
      ['乙街道', 2, 2, 1],
    ]);
    // The grid worker sees their own grid only.
    expect((await by('street', w.grid)).rows.map((r: Record<string, unknown>) => [r.name, r.targetHouseholds, r.screened])).toEqual([['甲街道', 4, 4]]);
    // Ten days on (75% expected): community A (57%) is now more than 10 points behind.
    w.t.clock.advanceBy(10 * 86_400_000);
    const director = await login(w.t.app, 'director1', PASSWORD);
    const later = await by('community', director);
    expect(later.rows.map((r: Record<string, unknown>) => [r.name, r.overdue])).toEqual([
      ['甲一社区', true],
      ['乙一社区', false],
    ]);
    const detail = (await director.get(`/api/screening/campaigns/${c.id}`)).json();
    expect(detail.totals).toMatchObject({ grids: 3, targetHouseholds: 9, screened: 6, flagged: 4, overdueGrids: 1, expectedProgress: 0.75 });
    w.t.clock.advanceBy(-10 * 86_400_000);
  });

  it('lists the screenings of a campaign, newest first, addresses masked, scoped to the caller’s grids', async () => {
    const res = await w.director.get(`/api/screening/campaigns/${c.id}/screenings?level=high`);
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as { level: string; address: string }[];
    expect(items.length).toBe(2);
    expect(items.every((i) => i.level === 'high' && i.address.endsWith('****'))).toBe(true);
    const mine = (await w.gridB.get(`/api/screening/campaigns/${c.id}/screenings`)).json().items as { gridId: string }[];
    expect(mine.length).toBe(2);
    expect(mine.every((i) => i.gridId === w.d.gridB.id)).toBe(true);
  });
});
