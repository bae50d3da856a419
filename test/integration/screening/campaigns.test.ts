import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screeningTasksFor } from '../../../src/services/screening/tasks.js';
import { actorOf, type CampaignJson, openCampaign, screen, screeningBody, type ScreeningWorld, screeningWorld, TODAY } from './helpers.js';

describe('screening campaigns (排查活动)', () => {
  let w: ScreeningWorld;
  const campaignCount = async () => Number((await w.t.database.db.selectFrom('screening_campaigns').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  beforeAll(async () => {
    w = await screeningWorld();
  });
  afterAll(() => w.t.close());

  it('refuses bad campaigns naming the fields, and writes nothing', async () => {
    const before = await campaignCount();
    const bad = async (body: Record<string, unknown>) => {
      const res = await w.dispatcher.post('/api/screening/campaigns', { name: '专项排查', startsOn: '2026-04-01', endsOn: '2026-04-21', ...body });
      expect(res.statusCode, res.body).toBe(400);
      return res.json().error.fields as Record<string, string>;
    };
    expect((await bad({})).grids).toBe('请至少选择一个网格（或选择社区、街道）');
    expect(Object.keys(await bad({ gridIds: [w.d.grid1.id], startsOn: '2026-04-10', endsOn: '2026-04-09' }))).toEqual(['endsOn']);
    expect((await bad({ gridIds: [w.d.grid1.id], startsOn: '2026-03-01', endsOn: '2026-03-31' })).endsOn).toBe('结束日期已过');
    expect(await bad({ gridIds: [w.d.communityA.id], unitIds: [w.d.grid1.id, w.d.center.id] })).toEqual({
      'gridIds.0': '不是网格',
      'unitIds.0': '请选择社区或街道（乡镇）',
      'unitIds.1': '请选择社区或街道（乡镇）',
    });
    expect(Object.keys(await bad({ gridIds: [w.d.grid1.id], targets: { [w.d.gridB.id]: 3 } }))).toEqual([`targets.${w.d.gridB.id}`]);
    expect(Object.keys(await bad({ gridIds: [w.d.grid1.id], targets: { [w.d.grid1.id]: -2 } }))).toEqual(['grids.0.targetHouseholds']);
    expect((await bad({ name: '  ', gridIds: [w.d.grid1.id] })).name).toBe('请填写排查活动名称');
    // A validation error from the schema (not a date at all) names the field too.
    expect(Object.keys(await bad({ gridIds: [w.d.grid1.id], startsOn: '4月1日' }))).toEqual(['startsOn']);
    expect(await campaignCount()).toBe(before);
  });

  it('is opened by a center’s director or dispatcher (or an admin, naming the center); not by the grid trio or a mediator', async () => {
    for (const agent of [w.grid, w.mediator, w.liaison]) {
      const res = await agent.post('/api/screening/campaigns', { name: '专项排查', startsOn: '2026-04-01', endsOn: '2026-04-21', gridIds: [w.d.grid1.id] });
      expect(res.statusCode).toBe(403);
    }
    const res = await w.admin.post('/api/screening/campaigns', { name: '专项排查', startsOn: '2026-04-01', endsOn: '2026-04-21', gridIds: [w.d.grid1.id] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.centerId).toBe('请选择组织排查的综治中心');
  });

  let c: CampaignJson;
  it('expands streets and communities to their grids, targets from the registered households unless given', async () => {
    c = await openCampaign(w.dispatcher, { unitIds: [w.d.streetA.id], gridIds: [w.d.gridB.id, w.d.grid1.id], targets: { [w.d.gridB.id]: 2 } });
    expect(c.status).toBe('open');
    expect(c.checklist).toMatchObject({ code: 'family', version: 1 });
    expect(c.checklist.items.map((i) => i.code)).toContain('violence');
    // grid1 and grid2 of street A (4 + 3, grid1 named twice counts once) and gridB with its target 2.
    expect(c.totals).toMatchObject({ grids: 3, targetHouseholds: 9, screened: 0, coverage: 0, expectedProgress: 0.25, ended: false, overdueGrids: 3 });
    expect(c.canManage).toBe(true);
    const rows = await w.t.database.db.selectFrom('screening_campaign_grids').selectAll().where('campaign_id', '=', c.id).execute();
    expect(Object.fromEntries(rows.map((r) => [r.grid_id, r.target_households]))).toEqual({ [w.d.grid1.id]: 4, [w.d.grid2.id]: 3, [w.d.gridB.id]: 2 });
  });

  it('is listed for those whose grids it covers: totals over their own grids only', async () => {
    w.t.clock.advanceMinutes(1);
    const other = await openCampaign(w.director, { name: '乙街道排查', gridIds: [w.d.gridB.id] });
    const list = async (agent: typeof w.grid) => {
      const res = await agent.get('/api/screening/campaigns');
      expect(res.statusCode, res.body).toBe(200);
      return res.json().items as CampaignJson[];
    };
    expect((await list(w.director)).map((x) => x.id)).toEqual([other.id, c.id]);
    const mine = await list(w.grid);
    expect(mine.map((x) => x.id)).toEqual([c.id]);
    expect(mine[0]!.totals).toMatchObject({ grids: 1, targetHouseholds: 4 });
    expect((await list(w.gridB)).map((x) => x.id)).toEqual([other.id, c.id]);
    expect(await list(w.liaison)).toEqual([]);
    expect((await w.liaison.get(`/api/screening/campaigns/${c.id}`)).statusCode).toBe(403);
    expect((await w.gridB.get(`/api/screening/campaigns/${other.id}`)).json().canManage).toBe(false);
    // Paging: one at a time.
    const page1 = (await w.director.get('/api/screening/campaigns?limit=1')).json();
    expect(page1.items).toHaveLength(1);
    const page2 = (await w.director.get(`/api/screening/campaigns?limit=1&cursor=${encodeURIComponent(page1.nextCursor)}`)).json();
    expect(page2.items.map((x: CampaignJson) => x.id)).toEqual([c.id]);
    expect(page2.nextCursor).toBeNull();
  });

  it('gives the grid trio their screening tasks of the day (for 今日任务)', async () => {
    await screen(w.grid, c.id, screeningBody(w.d.grid1.id));
    const tasks = await screeningTasksFor(w.t.ctx.caseDeps, await actorOf(w, w.grid), TODAY);
    expect(tasks).toEqual([{ campaignId: c.id, campaignName: '婚恋家庭矛盾纠纷专项排查', gridId: w.d.grid1.id, gridName: '甲一社区第1网格', targetHouseholds: 4, screened: 1, endsOn: '2026-04-21' }]);
    expect(await screeningTasksFor(w.t.ctx.caseDeps, await actorOf(w, w.grid), '2026-04-22')).toEqual([]);
    expect(await screeningTasksFor(w.t.ctx.caseDeps, await actorOf(w, w.director), TODAY)).toEqual([]);
    expect((await screeningTasksFor(w.t.ctx.caseDeps, await actorOf(w, w.gridB), TODAY)).map((t) => [t.campaignName, t.targetHouseholds])).toEqual([
      ['乙街道排查', 5],
      ['婚恋家庭矛盾纠纷专项排查', 2],
    ]);
  });

  it('is closed by its managers with the version read; then no more screenings', async () => {
    expect((await w.grid.post(`/api/screening/campaigns/${c.id}/close`, { version: c.version })).statusCode).toBe(403);
    const stale = await w.director.post(`/api/screening/campaigns/${c.id}/close`, { version: c.version + 5 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('conflict');
    const res = await w.director.post(`/api/screening/campaigns/${c.id}/close`, { version: c.version });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'closed', canRecord: false, totals: { ended: true } });
    const again = await w.director.post(`/api/screening/campaigns/${c.id}/close`, { version: res.json().version });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('campaign_closed');
    const late = await w.grid.post(`/api/screening/campaigns/${c.id}/screenings`, screeningBody(w.d.grid1.id));
    expect(late.statusCode).toBe(409);
    expect(late.json().error).toMatchObject({ code: 'campaign_closed', message: '该排查活动已结束，不能再登记或修改' });
    expect(await screeningTasksFor(w.t.ctx.caseDeps, await actorOf(w, w.grid), TODAY)).toEqual([]);
  });

  it('refuses screenings before the campaign starts', async () => {
    const future = await openCampaign(w.dispatcher, { name: '五月排查', startsOn: '2026-05-01', endsOn: '2026-05-31', gridIds: [w.d.grid1.id] });
    expect(future.canRecord).toBe(false);
    const res = await w.grid.post(`/api/screening/campaigns/${future.id}/screenings`, screeningBody(w.d.grid1.id));
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toBe('该排查活动尚未开始（开始日期 2026-05-01）');
  });

  it('documents its endpoints in the OpenAPI document with bilingual summaries', async () => {
    const doc = (await w.t.app.inject({ url: '/api/openapi.json' })).json();
    const paths = [
      ['/api/screening/campaigns', 'get'],
      ['/api/screening/campaigns', 'post'],
      ['/api/screening/campaigns/{id}', 'get'],
      ['/api/screening/campaigns/{id}/close', 'post'],
      ['/api/screening/campaigns/{id}/coverage', 'get'],
      ['/api/screening/campaigns/{id}/screenings', 'post'],
      ['/api/household-profiles', 'get'],
      ['/api/household-profiles/{id}', 'patch'],
      ['/api/household-profiles/{id}/assessments', 'post'],
      ['/api/household-profiles/{id}/cases', 'post'],
    ] as const;
    for (const [path, method] of paths) {
      const op = doc.paths[path]?.[method];
      expect(op, `${method} ${path}`).toBeDefined();
      expect(op.summary).toMatch(/[\u4e00-\u9fff].* \/ [A-Z]/);
    }
  });
});
