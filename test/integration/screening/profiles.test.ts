import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idNo, register } from '../cases/helpers.js';
import { type CampaignJson, highAnswers, lowAnswers, mediumAnswers, openCampaign, screen, screeningBody, type ScreeningResultJson, type ScreeningWorld, screeningWorld } from './helpers.js';

const SPOUSE_ID = idNo('15020319850312003');
const CHILD_ID = idNo('15020320100706004');

interface ProfileJson {
  id: string;
  address: string;
  headName: string;
  headPhone: string | null;
  level: string;
  version: number;
  memberCount: number;
  members: { id: string; name: string; relation: string; idNumber: string | null; phone: string | null }[];
  notes: string | null;
  plan: { id: string; level: string; nextDueOn: string } | null;
  history: {
    assessments: { context: string; level: string }[];
    screenings: { campaignName: string; level: string }[];
    plans: { id: string; status: string; level: string }[];
    visits: { planId: string; dueOn: string; status: string; levelBefore: string }[];
    cases: { id: string; code: string }[];
    assistance: unknown[];
  };
}

describe('household profiles (家庭档案)', () => {
  let w: ScreeningWorld;
  let c: CampaignJson;
  let flagged: ScreeningResultJson;
  const get = async (agent: typeof w.grid, id: string) => {
    const res = await agent.get(`/api/household-profiles/${id}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as ProfileJson;
  };

  beforeAll(async () => {
    w = await screeningWorld();
    c = await openCampaign(w.dispatcher, { unitIds: [w.d.communityA.id, w.d.communityB.id] });
    flagged = await screen(
      w.grid,
      c.id,
      screeningBody(w.d.grid1.id, {
        address: '景泰花园3栋2单元501',
        headName: '张建军',
        headPhone: '13904721234',
        members: [
          { name: '刘桂芳', relation: 'spouse', idNumber: SPOUSE_ID, phone: '13812345678' },
          { name: '张子涵', relation: 'child', idNumber: CHILD_ID },
        ],
        answers: mediumAnswers(),
      }),
    );
    await screen(w.grid, c.id, screeningBody(w.d.grid1.id, { address: '明德花园1栋101', headName: '李卫东', answers: highAnswers() }));
    await screen(w.grid, c.id, screeningBody(w.d.grid1.id, { address: '明德花园1栋102', headName: '低风险户', answers: lowAnswers() }));
    await screen(w.gridB, c.id, screeningBody(w.d.gridB.id, { address: '幸福里8号', headName: '王秀兰', answers: highAnswers() }));
  });
  afterAll(() => w.t.close());

  it('masks ID numbers and phones for everyone; the address in full only for the grid trio of its grid', async () => {
    const mine = await get(w.grid, flagged.household!.id);
    expect(mine).toMatchObject({ headName: '张建军', headPhone: '139****1234', address: '景泰花园3栋2单元501', level: 'medium', memberCount: 2 });
    expect(mine.members.map((m) => [m.name, m.relation, m.idNumber, m.phone])).toEqual([
      ['刘桂芳', 'spouse', '150203********0039', '138****5678'],
      ['张子涵', 'child', `150203********${CHILD_ID.slice(-4)}`, null],
    ]);
    const desk = await get(w.director, flagged.household!.id);
    expect(desk.address).toBe('景泰花园****');
    expect(desk.members[0]!.idNumber).toBe('150203********0039');
    // Nothing unmasked anywhere in the answers.
    for (const agent of [w.grid, w.director]) {
      const body = (await agent.get(`/api/household-profiles/${flagged.household!.id}`)).body + (await agent.get('/api/household-profiles')).body;
      expect(body).not.toContain(SPOUSE_ID);
      expect(body).not.toContain('13904721234');
      expect(body).not.toContain('13812345678');
    }
  });

  it('lists profiles in the caller’s grids, filtered by level, grid, unit and text; low households are not on file', async () => {
    const list = async (agent: typeof w.grid, q = '') => {
      const res = await agent.get(`/api/household-profiles${q}`);
      expect(res.statusCode, res.body).toBe(200);
      return (res.json().items as ProfileJson[]).map((p) => p.headName).sort();
    };
    expect(await list(w.director)).toEqual(['李卫东', '张建军', '王秀兰'].sort());
    expect(await list(w.grid)).toEqual(['张建军', '李卫东'].sort());
    expect(await list(w.gridB)).toEqual(['王秀兰']);
    expect(await list(w.liaison)).toEqual([]);
    expect(await list(w.director, '?level=high')).toEqual(['李卫东', '王秀兰'].sort());
    expect(await list(w.director, `?gridId=${w.d.gridB.id}`)).toEqual(['王秀兰']);
    expect(await list(w.director, `?unitId=${w.d.streetA.id}`)).toEqual(['张建军', '李卫东'].sort());
    expect(await list(w.director, `?q=${encodeURIComponent('明德')}`)).toEqual(['李卫东']);
    expect(await list(w.director, `?q=${encodeURIComponent('建军')}`)).toEqual(['张建军']);
    const page = (await w.director.get('/api/household-profiles?limit=2')).json();
    expect(page.items).toHaveLength(2);
    const rest = (await w.director.get(`/api/household-profiles?limit=2&cursor=${encodeURIComponent(page.nextCursor)}`)).json();
    expect(rest.items).toHaveLength(1);
    expect(rest.nextCursor).toBeNull();
    expect((await w.director.get('/api/household-profiles?cursor=nonsense')).statusCode).toBe(400);
  });

  it('refuses a profile outside the caller’s grids (403, audited)', async () => {
    const res = await w.gridB.get(`/api/household-profiles/${flagged.household!.id}`);
    expect(res.statusCode).toBe(403);
    expect((await w.gridB.patch(`/api/household-profiles/${flagged.household!.id}`, { version: 1, notes: 'x' })).statusCode).toBe(403);
    const audit = await w.t.database.db.selectFrom('audit_log').select('action').where('outcome', '=', 'denied').where('target_id', '=', flagged.household!.id).execute();
    expect(audit.map((a) => a.action)).toContain('household_profile.read');
  });

  it('PATCH: members kept by id without resending their ID numbers, new ones added, bad ones 400, a stale version 409', async () => {
    const before = await get(w.grid, flagged.household!.id);
    const [spouse, child] = before.members;
    const bad = await w.grid.patch(`/api/household-profiles/${before.id}`, { version: before.version, members: [{ id: spouse!.id, name: '刘桂芳', relation: 'spouse', idNumber: spouse!.idNumber }] });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(['members.0.idNumber']);
    const res = await w.grid.patch(`/api/household-profiles/${before.id}`, {
      version: before.version,
      headPhone: '0472-5123456',
      notes: '夫妻长期分居，已联系妇联介入',
      members: [
        { id: spouse!.id, name: '刘桂芳', relation: 'spouse', phone: null },
        { id: child!.id, name: '张子涵', relation: 'child' },
        { name: '张福来', relation: 'parent', phone: '13700001111' },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    const after = res.json() as ProfileJson;
    expect(after.version).toBe(before.version + 1);
    expect(after.headPhone).toBe('0472-*****56');
    expect(after.notes).toBe('夫妻长期分居，已联系妇联介入');
    expect(after.members.map((m) => [m.name, m.idNumber, m.phone])).toEqual([
      ['刘桂芳', '150203********0039', null],
      ['张子涵', `150203********${CHILD_ID.slice(-4)}`, null],
      ['张福来', null, '137****1111'],
    ]);
    const stored = await w.t.database.db.selectFrom('household_profiles').select('members').where('id', '=', before.id).executeTakeFirstOrThrow();
    expect((stored.members as { idNumber: string | null }[]).map((m) => m.idNumber)).toEqual([SPOUSE_ID, CHILD_ID, null]);
    const stale = await w.grid.patch(`/api/household-profiles/${before.id}`, { version: before.version, notes: '覆盖' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('conflict');
    expect((await get(w.grid, before.id)).notes).toBe('夫妻长期分居，已联系妇联介入');
  });

  it('re-assessment moves the household plan’s level and its open visit at once', async () => {
    const before = await get(w.grid, flagged.household!.id);
    expect(before.plan).toMatchObject({ level: 'medium', nextDueOn: '2026-05-06' });
    const bad = await w.grid.post(`/api/household-profiles/${before.id}/assessments`, { answers: { ...highAnswers(), threats: 'maybe' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toEqual({ 'answers.threats': '此项没有该选项' });
    w.t.clock.advanceMinutes(5);
    const res = await w.grid.post(`/api/household-profiles/${before.id}/assessments`, { answers: highAnswers() });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().assessment).toMatchObject({ level: 'high', context: 'manual', version: 1 });
    const after = res.json().household as ProfileJson;
    expect(after.level).toBe('high');
    expect(after.plan).toMatchObject({ id: before.plan!.id, level: 'high', nextDueOn: '2026-04-21' });
    expect(after.history.assessments.map((a) => [a.context, a.level])).toEqual([
      ['manual', 'high'],
      ['screening', 'medium'],
    ]);
    expect(after.history.visits).toEqual([expect.objectContaining({ planId: before.plan!.id, dueOn: '2026-04-21', status: 'due', levelBefore: 'high' })]);
    const plan = await w.t.database.db.selectFrom('followup_plans').selectAll().where('id', '=', before.plan!.id).executeTakeFirstOrThrow();
    expect(plan.level).toBe('high');
    // Back down to low: quarterly, counted from the start of the plan.
    const low = await w.grid.post(`/api/household-profiles/${before.id}/assessments`, { answers: lowAnswers() });
    expect((low.json().household as ProfileJson).plan).toMatchObject({ level: 'low', nextDueOn: '2026-07-05' });
  });

  it('links a case the caller may see; it shows in the history', async () => {
    const k = await register(w.dispatcher, {
      channel: 'window',
      description: '夫妻因财产分割和子女抚养问题多次争吵，女方申请调解。',
      category: 'family',
      parties: [
        { role: 'applicant', kind: 'person', name: '刘桂芳', phone: '13812345678' },
        { role: 'respondent', kind: 'person', name: '张建军', phone: '13904721234' },
      ],
    });
    const res = await w.dispatcher.post(`/api/household-profiles/${flagged.household!.id}/cases`, { caseId: k.id });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ caseId: k.id, code: k.code, linked: true });
    expect((await w.dispatcher.post(`/api/household-profiles/${flagged.household!.id}/cases`, { caseId: k.id })).json().linked).toBe(false);
    const missing = await w.dispatcher.post(`/api/household-profiles/${flagged.household!.id}/cases`, { caseId: '00000000-0000-4000-8000-000000000000' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields.caseId).toBe('案件不存在');
    const p = await get(w.director, flagged.household!.id);
    expect(p.history.cases.map((x) => x.code)).toEqual([k.code]);
    expect(p.history.screenings.map((s) => [s.campaignName, s.level])).toEqual([['婚恋家庭矛盾纠纷专项排查', 'medium']]);
    expect(p.history.plans).toHaveLength(1);
  });
});
