import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { counts, register } from '../cases/helpers.js';
import { addRule, clearRules, type RuleJson, routed, type RoutingWorld, routingWorld } from './helpers.js';

/** The rule editor's API: CRUD with versions, validation that changes nothing, order, roles. */
describe('routing rules: editor API', () => {
  let w: RoutingWorld;
  beforeAll(async () => {
    w = await routingWorld();
  });
  afterAll(() => w.t.close());
  beforeEach(() => clearRules(w));

  const valid = (over: Record<string, unknown> = {}) => ({
    centerId: w.d.center.id,
    name: '劳资纠纷 · 人社',
    conditions: { categories: ['labour'], amountFen: { min: 0, max: 5_000_000 }, channels: ['window', 'enterprise_station'] },
    target: { unitId: w.hr.id, assign: 'least_loaded', userIds: [w.more.hrLiaison] },
    note: '人社局轮驻日外由单位内部分派',
    ...over,
  });

  it('creates, lists in order, changes with the version and deletes', async () => {
    const a = await addRule(w.admin, valid());
    expect(a).toMatchObject({ name: '劳资纠纷 · 人社', version: 1, enabled: true, editable: true, targetUnitName: '人社局驻中心工作站', target: { userIds: [w.more.hrLiaison] } });
    expect(a.conditions).toEqual({ categories: ['labour'], channels: ['window', 'enterprise_station'], amountFen: { min: 0, max: 5_000_000 } });
    const b = await addRule(w.director, valid({ name: '兜底 · 司法所', conditions: {}, target: { unitId: w.d.department.id, assign: 'unit' } }));
    expect(b.position).toBeGreaterThan(a.position);

    const list = (await w.dispatcher.get('/api/routing/rules')).json() as { items: RuleJson[]; editableCenters: unknown[] };
    expect(list.items.map((r) => r.name)).toEqual(['劳资纠纷 · 人社', '兜底 · 司法所']);
    expect(list.items.every((r) => !r.editable)).toBe(true);
    expect(list.editableCenters).toEqual([]);

    const patched = await w.director.patch(`/api/routing/rules/${a.id}`, { version: 1, enabled: false, name: '劳资纠纷（暂停）' });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({ version: 2, enabled: false, name: '劳资纠纷（暂停）', conditions: a.conditions });

    // The version someone read before the change is stale: 409 with the current rule, nothing changed.
    const stale = await w.admin.patch(`/api/routing/rules/${a.id}`, { version: 1, enabled: true });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'conflict', current: { version: 2, enabled: false } });
    const staleDelete = await w.admin.request('DELETE', `/api/routing/rules/${a.id}?version=1`);
    expect(staleDelete.statusCode).toBe(409);
    expect(await counts(w.t, ['routing_rules'])).toEqual({ routing_rules: 2 });

    const del = await w.admin.request('DELETE', `/api/routing/rules/${a.id}?version=2`);
    expect(del.statusCode, del.body).toBe(204);
    expect(((await w.admin.get('/api/routing/rules')).json() as { items: RuleJson[] }).items.map((r) => r.id)).toEqual([b.id]);
    expect((await w.admin.request('DELETE', `/api/routing/rules/${a.id}?version=2`)).statusCode).toBe(404);
  });

  it('bad input: 400 naming the field, nothing stored', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [valid({ conditions: { categories: ['no_such_category'] } }), 'conditions.categories'],
      [valid({ conditions: { subcategories: ['labour'] } }), 'conditions.subcategories'],
      [valid({ conditions: { territoryUnitIds: [w.d.center.id] } }), 'conditions.territoryUnitIds'],
      [valid({ conditions: { amountFen: { min: 500, max: 100 } } }), 'conditions.amountFen'],
      [valid({ conditions: { peopleCount: { min: 50, max: 30 } } }), 'conditions.peopleCount'],
      [valid({ target: { unitId: '00000000-0000-4000-8000-000000000000', assign: 'unit' } }), 'target.unitId'],
      [valid({ target: { unitId: w.d.grid1.id, assign: 'unit' } }), 'target.unitId'],
      [valid({ target: { unitId: w.hr.id, assign: 'least_loaded', userIds: ['00000000-0000-4000-8000-000000000000'] } }), 'target.userIds'],
      // 调解员甲 handles cases at the 司法所, not at the 人社 station
      [valid({ target: { unitId: w.hr.id, assign: 'least_loaded', userIds: [w.ids.mediator] } }), 'target.userIds'],
      [valid({ target: { unitId: w.hr.id, assign: 'unit', userIds: [w.more.hrLiaison] } }), 'target.userIds'],
      [valid({ centerId: w.d.department.id }), 'centerId'],
      [valid({ name: '  ' }), 'name'],
    ];
    for (const [body, field] of cases) {
      const res = await w.admin.post('/api/routing/rules', body);
      expect(res.statusCode, `${field}: ${res.body}`).toBe(400);
      expect(Object.keys(res.json().error.fields ?? {}).join(' '), field).toContain(field);
    }
    expect(await counts(w.t, ['routing_rules'])).toEqual({ routing_rules: 0 });
  });

  it('an inactive category is refused, in the caller’s language', async () => {
    const cat = await w.admin.post('/api/categories', { code: 'lottery', name: '彩票纠纷', nameEn: 'Lottery', handlingDays: 10 });
    expect(cat.statusCode, cat.body).toBe(201);
    expect((await w.admin.patch('/api/categories/lottery', { active: false })).statusCode).toBe(200);
    const res = await w.admin.request('POST', '/api/routing/rules', valid({ conditions: { categories: ['lottery'] } }), { 'accept-language': 'en' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields['conditions.categories']).toBe('Unknown or inactive category "lottery"');
  });

  it('a rule edited into bad shape is refused and keeps its version', async () => {
    const a = await addRule(w.admin, valid());
    const res = await w.admin.patch(`/api/routing/rules/${a.id}`, { version: 1, conditions: { peopleCount: { min: 9, max: 3 } } });
    expect(res.statusCode).toBe(400);
    const again = (await w.admin.get('/api/routing/rules')).json() as { items: RuleJson[] };
    expect(again.items[0]).toMatchObject({ version: 1, conditions: a.conditions });
  });

  it('roles: admin and director edit, the dispatcher reads, others are refused', async () => {
    expect((await w.dispatcher.post('/api/routing/rules', valid())).statusCode).toBe(403);
    expect((await w.mediator.get('/api/routing/rules')).statusCode).toBe(403);
    expect((await w.grid.post('/api/routing/preview', { facts: { category: 'labour', channel: 'window' } })).statusCode).toBe(403);
    const a = await addRule(w.admin, valid());
    expect((await w.dispatcher.patch(`/api/routing/rules/${a.id}`, { version: 1, enabled: false })).statusCode).toBe(403);
    expect((await w.dispatcher.request('DELETE', `/api/routing/rules/${a.id}?version=1`)).statusCode).toBe(403);
    expect((await w.dispatcher.post('/api/routing/rules/reorder', { ids: [a.id] })).statusCode).toBe(403);
    // the center's director may not write rules for every center (only admin / a district director)
    expect((await w.director.post('/api/routing/rules', valid({ centerId: null }))).statusCode).toBe(403);
    expect((await w.dispatcher.get('/api/routing/rules')).statusCode).toBe(200);
  });

  it('rule options: the handling units of the caller’s centers and the people who handle cases there', async () => {
    const res = await w.director.get('/api/routing/rule-options');
    expect(res.statusCode, res.body).toBe(200);
    const o = res.json() as { units: { id: string; kind: string }[]; users: { id: string; unitId: string }[] };
    expect(o.units.map((u) => u.id)).toEqual(expect.arrayContaining([w.d.center.id, w.d.department.id, w.hr.id, w.station.id]));
    expect(o.units.some((u) => ['grid', 'community', 'street'].includes(u.kind))).toBe(false);
    expect(o.users).toEqual(expect.arrayContaining([expect.objectContaining({ id: w.ids.mediator, unitId: w.d.department.id }), expect.objectContaining({ id: w.more.hrLiaison, unitId: w.hr.id })]));
    expect(o.users.some((u) => u.id === w.ids.dispatcher)).toBe(false);
    expect((await w.mediator.get('/api/routing/rule-options')).statusCode).toBe(403);
  });

  it('reorder: the given order becomes the evaluation order', async () => {
    const first = await addRule(w.admin, { centerId: w.d.center.id, name: '到司法所', conditions: {}, target: { unitId: w.d.department.id, assign: 'unit' } });
    const second = await addRule(w.admin, { centerId: w.d.center.id, name: '到调解站', conditions: {}, target: { unitId: w.station.id, assign: 'unit' } });
    expect((await routed(w.dispatcher, (await register(w.dispatcher)).id)).handlingUnitId).toBe(w.d.department.id);
    const res = await w.director.post('/api/routing/rules/reorder', { ids: [second.id, first.id] });
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as { items: RuleJson[] }).items.map((r) => r.id)).toEqual([second.id, first.id]);
    expect((await routed(w.dispatcher, (await register(w.dispatcher)).id)).handlingUnitId).toBe(w.station.id);
    expect((await w.director.post('/api/routing/rules/reorder', { ids: [first.id, first.id] })).statusCode).toBe(400);
    expect((await w.director.post('/api/routing/rules/reorder', { ids: [first.id, '00000000-0000-4000-8000-000000000000'] })).statusCode).toBe(400);
  });
});

describe('routing preview (试算) and override', () => {
  let w: RoutingWorld;
  beforeAll(async () => {
    w = await routingWorld();
  });
  afterAll(() => w.t.close());
  beforeEach(() => clearRules(w));

  it('preview says which rule would route a case now and why the others did not — changing nothing', async () => {
    const c = await register(w.dispatcher, { category: 'labour', amountFen: 2_000_000 });
    expect((await routed(w.dispatcher, c.id)).status).toBe('registered');
    await addRule(w.admin, { centerId: w.d.center.id, name: '大额纠纷', conditions: { amountFen: { min: 100_000_000 } }, target: { unitId: w.d.department.id, assign: 'unit' } });
    const labour = await addRule(w.admin, { centerId: w.d.center.id, name: '劳资纠纷', conditions: { categories: ['labour'] }, target: { unitId: w.hr.id, assign: 'least_loaded' } });
    const before = await counts(w.t, ['case_events', 'notifications', 'cases']);
    const version = (await routed(w.dispatcher, c.id)).version;

    const res = await w.dispatcher.post('/api/routing/preview', { caseId: c.id });
    expect(res.statusCode, res.body).toBe(200);
    const p = res.json();
    expect(p).toMatchObject({ case: { id: c.id, code: c.code, status: 'registered' }, mode: 'rule', matched: { ruleId: labour.id, unitId: w.hr.id, userId: null }, date: '2026-03-02', workingDay: true });
    expect(p.trace).toEqual([
      { ruleId: expect.any(String), ruleName: '大额纠纷', enabled: true, matched: false, checks: [{ key: 'amountFen', held: false, text: '争议金额=20,000 元 ✗（≥ 1,000,000 元）' }] },
      { ruleId: labour.id, ruleName: '劳资纠纷', enabled: true, matched: true, checks: [{ key: 'categories', held: true, text: '类别=劳资纠纷 ✓' }] },
    ]);
    expect(p.explanation).toBe('命中规则「劳资纠纷」：类别=劳资纠纷 ✓ → 人社局驻中心工作站；该单位今日无人值班，分至单位队列');
    // by code and in English
    const en = await w.dispatcher.request('POST', '/api/routing/preview', { caseCode: c.code.toLowerCase() }, { 'accept-language': 'en' });
    expect(en.statusCode, en.body).toBe(200);
    expect(en.json().explanation).toBe('Matched rule "劳资纠纷": Category=Labour ✓ → 人社局驻中心工作站; nobody on duty today, left in the unit queue');
    expect(en.json().trace[0].checks[0].text).toBe('Amount in dispute=¥20,000 ✗ (≥ ¥1,000,000)');

    expect(await counts(w.t, ['case_events', 'notifications', 'cases'])).toEqual(before);
    expect((await routed(w.dispatcher, c.id)).version).toBe(version);
  });

  it('preview from typed facts, and for a case outside the caller’s reach', async () => {
    await addRule(w.admin, { centerId: w.d.center.id, name: '甲街道物业纠纷', conditions: { categories: ['property_management'], territoryUnitIds: [w.d.streetA.id] }, target: { unitId: w.station.id, assign: 'least_loaded' } });
    const hit = await w.dispatcher.post('/api/routing/preview', { facts: { category: 'property_management', channel: 'online', territoryUnitId: w.d.grid1.id } });
    expect(hit.statusCode, hit.body).toBe(200);
    expect(hit.json()).toMatchObject({ mode: 'rule', matched: { unitId: w.station.id, userName: '驻站调解员甲' }, centerId: w.d.center.id });
    expect(hit.json().candidates.map((x: { name: string }) => x.name)).toEqual(['驻站调解员甲', '驻站调解员乙']);
    const miss = await w.dispatcher.post('/api/routing/preview', { facts: { category: 'property_management', channel: 'online', territoryUnitId: w.d.gridB.id } });
    expect(miss.json()).toMatchObject({ mode: 'unmatched', matched: null, explanation: '1 条分流规则均未命中，案件留在中心队列，待窗口人工分流' });
    const bad = await w.dispatcher.post('/api/routing/preview', { facts: { category: 'property_management', channel: 'online', territoryUnitId: w.d.center.id } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toHaveProperty(['facts.territoryUnitId']);
    expect((await w.dispatcher.post('/api/routing/preview', { caseCode: 'NONE-2026-000000' })).statusCode).toBe(404);
    expect((await w.dispatcher.post('/api/routing/preview', {})).statusCode).toBe(400);
  });

  it('override: re-routing a case a rule routed needs a reason; the explanation records the override and the reason', async () => {
    const rule = await addRule(w.admin, { centerId: w.d.center.id, name: '邻里纠纷 · 司法所', conditions: { categories: ['neighbour'] }, target: { unitId: w.d.department.id, assign: 'least_loaded' } });
    const c = await routed(w.dispatcher, (await register(w.dispatcher)).id);
    expect(c.routing).toMatchObject({ mode: 'rule', ruleId: rule.id });

    const refused = await w.dispatcher.post(`/api/cases/${c.id}/actions`, { action: 'route', version: c.version, unitId: w.station.id });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields).toEqual({ reason: '该案件由规则自动分流，改派须填写理由' });
    const blank = await w.dispatcher.post(`/api/cases/${c.id}/actions`, { action: 'route', version: c.version, unitId: w.station.id, reason: '   ' });
    expect(blank.statusCode).toBe(400);
    const unchanged = await routed(w.dispatcher, c.id);
    expect(unchanged).toMatchObject({ version: c.version, handlingUnitId: w.d.department.id, timeline: c.timeline });

    const done = await w.director.post(`/api/cases/${c.id}/actions`, { action: 'route', version: c.version, unitId: w.station.id, userId: w.more.stationMediator, reason: '当事人住所在甲一社区，就近调解' });
    expect(done.statusCode, done.body).toBe(200);
    const after = done.json();
    expect(after).toMatchObject({ status: 'routed', handlingUnitId: w.station.id, assigneeId: w.more.stationMediator });
    expect(after.routing).toMatchObject({ mode: 'manual', ruleId: rule.id, ruleName: '邻里纠纷 · 司法所' });
    expect(after.routing.explanation).toBe('由中心主任改派至甲一调解工作站 · 驻站调解员甲（覆盖规则「邻里纠纷 · 司法所」的自动分流）；改派理由：当事人住所在甲一社区，就近调解');
    expect(after.timeline.at(-1)).toMatchObject({ type: 'routed', reason: '当事人住所在甲一社区，就近调解', data: { mode: 'manual', override: true, overrides: { ruleId: rule.id } } });
    const en = await routed(w.dispatcher, c.id, 'en');
    expect(en.routing!.explanation).toBe('Re-routed by 中心主任 to 甲一调解工作站 · 驻站调解员甲, overriding rule "邻里纠纷 · 司法所"; reason: 当事人住所在甲一社区，就近调解');
    // the new assignee is told
    const notes = await w.t.database.db.selectFrom('notifications').select('case_id').where('user_id', '=', w.more.stationMediator).where('kind', '=', 'case_assigned').execute();
    expect(notes.map((n) => n.case_id)).toContain(c.id);
    // once re-routed by hand, a further re-route is an ordinary one
    const again = await w.director.post(`/api/cases/${c.id}/actions`, { action: 'route', unitId: w.d.department.id });
    expect(again.statusCode, again.body).toBe(200);
  });
});
