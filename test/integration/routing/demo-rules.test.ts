import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDistrict } from '../../../src/demo/district.js';
import { DEMO_PASSWORD, seedDemo } from '../../../src/demo/seed.js';
import { type Agent, createTestApp, login, type TestApp } from '../../support/app.js';
import type { RoutedCase } from './helpers.js';

/** The demo's rules route realistic cases at both centers and leave the rest for the dispatcher (no catch-all). */
describe('demo routing rules', () => {
  let t: TestApp;
  let ids: Map<string, string>;
  let dispatcher: Agent;
  let enterprise: Agent;

  beforeAll(async () => {
    t = await createTestApp(); // Monday 2026-03-02 09:00: the labour reception day at the development-zone center
    ids = await seedDemo(t.database.db, generateDistrict(), t.clock.now());
    dispatcher = await login(t.app, 'dispatcher', DEMO_PASSWORD);
    enterprise = await login(t.app, 'enterprise', DEMO_PASSWORD);
  });
  afterAll(() => t.close());

  const applicant = { role: 'applicant', kind: 'person', name: '赵桂兰', phone: '13904720001' };
  async function file(agent: Agent, body: Record<string, unknown>): Promise<RoutedCase> {
    const res = await agent.post('/api/cases', { channel: 'window', parties: [applicant], ...body });
    expect(res.statusCode, res.body).toBe(201);
    const view = await agent.get(`/api/cases/${res.json().id}`);
    expect(view.statusCode, view.body).toBe(200);
    return view.json() as RoutedCase;
  }

  it('both centers have ordered rules, and none of them is a catch-all', async () => {
    const rows = await t.database.db.selectFrom('routing_rules').selectAll().orderBy('position').execute();
    expect(new Set(rows.map((r) => r.center_id))).toEqual(new Set([ids.get('center-district'), ids.get('center-devzone')]));
    expect(rows.every((r) => Object.keys(r.conditions).length > 0)).toBe(true);
    // The district's dispatcher reads the rules of their own center only.
    const list = (await dispatcher.get('/api/routing/rules')).json() as { items: { name: string; centerId: string; targetUnitName: string | null }[] };
    expect(list.items.length).toBe(rows.filter((r) => r.center_id === ids.get('center-district')).length);
    expect(list.items.every((r) => r.centerId === ids.get('center-district') && r.targetUnitName)).toBe(true);
  });

  it('the window’s neighbour dispute without a place waits in the dispatcher queue (the end-to-end test’s path)', async () => {
    const c = await file(dispatcher, { description: '楼上住户卫生间漏水，导致申请人家中天花板发霉，双方多次协商未果。', category: 'neighbour', amountFen: 300050 });
    expect(c.status).toBe('registered');
    expect(c.routing).toMatchObject({ mode: 'unmatched' });
  });

  it('a family dispute goes to the least loaded mediator of the district center', async () => {
    const c = await file(dispatcher, { description: '夫妻因抚养孩子问题长期争吵，女方要求离婚并分割共同财产。', category: 'family' });
    expect(c).toMatchObject({ status: 'routed', handlingUnitId: ids.get('center-district'), routing: { mode: 'rule', ruleName: '婚恋家庭纠纷 · 中心调解员' } });
    expect(c.assigneeId).not.toBeNull();
    // on duty: the day's roster when the demo keeps one, else every mediator of the center
    expect(c.routing!.explanation).toMatch(/^命中规则「婚恋家庭纠纷 · 中心调解员」：类别=婚恋家庭纠纷 ✓ → 昆都仑区综治中心；(今日值班表|值班) \d+ 人中在办最少：.+（\d+ 件）$/);
  });

  it('a property dispute in 阿尔丁大街 goes to the street’s station; a large sum to the court', async () => {
    const grid = await t.database.db
      .selectFrom('org_units as g')
      .select('g.id')
      .where('g.kind', '=', 'grid')
      .where('g.path', 'like', `%/${ids.get('street-aerdingdajie')}/%`)
      .limit(1)
      .executeTakeFirstOrThrow();
    const p = await file(dispatcher, { description: '物业公司擅自提高停车费，业主多次交涉无果。', category: 'property_management', gridId: grid.id });
    expect(p).toMatchObject({ status: 'routed', handlingUnitId: ids.get('station-yinyao') });
    const big = await file(dispatcher, { description: '工程款长期拖欠，涉及金额巨大。', category: 'contract', amountFen: 250_000_000 });
    expect(big).toMatchObject({ status: 'routed', handlingUnitId: ids.get('dept-district-court'), routing: { ruleName: '大额纠纷 · 驻中心法庭' } });
  });

  it('at the development-zone center on its labour day, a labour case goes to the theme’s host', async () => {
    const c = await file(enterprise, {
      channel: 'enterprise_station',
      description: '企业与职工就加班费计算方式发生争议，职工代表要求调解。',
      category: 'labour',
      parties: [applicant],
    });
    expect(c).toMatchObject({ status: 'routed', handlingUnitId: ids.get('dept-devzone-hr'), routing: { mode: 'rule', ruleName: '劳动用工主题接待日 · 主办单位接待' } });
    expect(c.routing!.explanation).toContain('今日为劳动用工主题接待日 ✓');
  });
});
