import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { autoRouteAfterRegistration } from '../../../src/services/routing/auto-route.js';
import { register, usccOf } from '../cases/helpers.js';
import { addRule, autoEvent, clearRules, routed, type RoutingWorld, routingWorld } from './helpers.js';

/** Registration routes the case by the rules of its center (issue #4), or leaves it for the dispatcher with the reason. */
describe('automatic routing at registration', () => {
  let w: RoutingWorld;
  beforeAll(async () => {
    w = await routingWorld();
  });
  afterAll(() => w.t.close());
  beforeEach(() => clearRules(w));

  const toDepartment = (conditions: Record<string, unknown>, name = '测试规则') =>
    addRule(w.admin, { centerId: w.d.center.id, name, conditions, target: { unitId: w.d.department.id, assign: 'unit' } });

  it('a matching rule routes the case to its unit, signed by the system, with the explanation and the checks', async () => {
    const rule = await toDepartment({ categories: ['neighbour'] }, '邻里纠纷就近化解');
    const created = await register(w.dispatcher);
    // The registration answer is the registration itself (SPEC §6: status registered) …
    expect(created.status).toBe('registered');
    // … and the case was routed right after it.
    const c = await routed(w.dispatcher, created.id);
    expect(c).toMatchObject({ status: 'routed', handlingUnitId: w.d.department.id, assigneeId: null });
    const e = c.timeline.at(-1)!;
    expect(e).toMatchObject({ type: 'routed', fromStatus: 'registered', toStatus: 'routed', actorName: '系统（自动分流）' });
    expect(e.data).toMatchObject({ mode: 'rule', ruleId: rule.id, ruleName: '邻里纠纷就近化解', unitId: w.d.department.id, unitName: '甲街道司法所', userId: null });
    expect(e.data.checks).toEqual([expect.objectContaining({ key: 'categories', held: true, expected: ['neighbour'], actual: ['neighbour'] })]);
    expect(c.routing).toMatchObject({ mode: 'rule', ruleId: rule.id, ruleName: '邻里纠纷就近化解' });
    expect(c.routing!.explanation).toBe('命中规则「邻里纠纷就近化解」：类别=邻里纠纷 ✓ → 甲街道司法所（分至单位队列）');
    const en = await routed(w.dispatcher, created.id, 'en');
    expect(en.routing!.explanation).toBe('Matched rule "邻里纠纷就近化解": Category=Neighbours ✓ → 甲街道司法所 (unit queue)');
    // the response clock still runs until a handler accepts
    expect(c.deadlines.find((d) => d.kind === 'response')).toMatchObject({ metAt: null });
  });

  // One rule per condition kind: a case that has it is routed, one that lacks it is not.
  const KINDS: { kind: string; conditions: (w: RoutingWorld) => Record<string, unknown>; hit: (w: RoutingWorld) => Record<string, unknown>; miss: (w: RoutingWorld) => Record<string, unknown> }[] = [
    { kind: 'category', conditions: () => ({ categories: ['family', 'tenancy'] }), hit: () => ({ category: 'tenancy' }), miss: () => ({ category: 'neighbour' }) },
    { kind: 'sub-category', conditions: () => ({ subcategories: ['family_support'] }), hit: () => ({ category: 'family', subcategory: 'family_support' }), miss: () => ({ category: 'family' }) },
    { kind: 'channel', conditions: () => ({ channels: ['hotline'] }), hit: () => ({ channel: 'hotline' }), miss: () => ({ channel: 'window' }) },
    { kind: 'territory (street covers its grids)', conditions: (x) => ({ territoryUnitIds: [x.d.streetA.id] }), hit: (x) => ({ gridId: x.d.grid2.id }), miss: (x) => ({ gridId: x.d.gridB.id }) },
    { kind: 'amount', conditions: () => ({ amountFen: { min: 100_000_000 } }), hit: () => ({ amountFen: 150_000_000 }), miss: () => ({ amountFen: 99_999_999 }) },
    { kind: 'people', conditions: () => ({ peopleCount: { min: 30 } }), hit: () => ({ peopleCount: 31 }), miss: () => ({ peopleCount: 2 }) },
    { kind: 'urgency', conditions: () => ({ urgencies: ['critical'] }), hit: () => ({ urgency: 'critical' }), miss: () => ({ urgency: 'normal' }) },
    {
      kind: 'requester kind',
      conditions: () => ({ requesterKinds: ['organization'] }),
      hit: () => ({ parties: [{ role: 'applicant', kind: 'organization', name: '包头某建筑公司', uscc: usccOf('91150203MA0N00001') }, { role: 'respondent', kind: 'person', name: '李秀英' }] }),
      miss: () => ({}),
    },
  ];

  for (const k of KINDS) {
    it(`condition: ${k.kind}`, async () => {
      if (k.kind === 'sub-category') {
        const res = await w.admin.post('/api/categories', { code: 'family_support', name: '赡养扶养', nameEn: 'Support', parentCode: 'family', handlingDays: 15 });
        expect([201, 409]).toContain(res.statusCode);
      }
      const rule = await toDepartment(k.conditions(w), `按${k.kind}`);
      const hit = await routed(w.dispatcher, (await register(w.dispatcher, k.hit(w))).id);
      expect(hit.status).toBe('routed');
      expect(hit.routing).toMatchObject({ mode: 'rule', ruleId: rule.id });
      const miss = await routed(w.dispatcher, (await register(w.dispatcher, k.miss(w))).id);
      expect(miss.status).toBe('registered');
      expect(miss.routing?.mode).toBe('unmatched');
    });
  }

  it('condition: themed reception day — the theme hosted today at the center (Monday: labour)', async () => {
    await w.t.database.db.insertInto('reception_themes').values({ center_id: w.d.center.id, theme: 'labour', weekday: 1, host_unit_id: w.hr.id, slots: ['09:00'] }).execute();
    const rule = await addRule(w.admin, { centerId: w.d.center.id, name: '劳动用工主题接待日', conditions: { themedDay: true }, target: { unitId: w.hr.id, assign: 'unit' } });
    const labour = await routed(w.dispatcher, (await register(w.dispatcher, { category: 'labour', description: '公司拖欠三个月工资，多次讨要未果。' })).id);
    expect(labour).toMatchObject({ status: 'routed', handlingUnitId: w.hr.id, routing: { ruleId: rule.id } });
    expect(labour.routing!.explanation).toContain('今日为劳动用工主题接待日 ✓');
    const contract = await routed(w.dispatcher, (await register(w.dispatcher, { category: 'contract' })).id);
    expect(contract.status).toBe('registered');
    // Tuesday (08:00, within the session's idle limit) hosts no theme: the labour case waits for the dispatcher.
    w.t.clock.advanceBy(23 * 3600_000);
    try {
      const tuesday = await routed(w.dispatcher, (await register(w.dispatcher, { category: 'labour' })).id);
      expect(tuesday.status).toBe('registered');
      expect(tuesday.timeline.at(-1)!.data).toMatchObject({ cause: 'no_match', considered: 1 });
    } finally {
      w.t.clock.advanceBy(-23 * 3600_000);
    }
  });

  it('rules of another center do not apply; rules without a center apply everywhere; disabled rules never', async () => {
    const other = await w.t.ctx.repos.units.insert({ parentId: w.d.district.id, kind: 'center', name: '测试开发区综治中心', code: '990001-ZZ09' }, w.t.clock.now(), w.d.district);
    await addRule(w.admin, { centerId: other.id, name: '别的中心', conditions: {}, target: { unitId: w.d.department.id, assign: 'unit' } });
    await addRule(w.admin, { centerId: null, name: '停用的规则', enabled: false, conditions: {}, target: { unitId: w.d.department.id, assign: 'unit' } });
    const before = await routed(w.dispatcher, (await register(w.dispatcher)).id);
    expect(before.status).toBe('registered');
    const everywhere = await addRule(w.admin, { centerId: null, name: '全区通用', conditions: { categories: ['neighbour'] }, target: { unitId: w.station.id, assign: 'unit' } });
    const after = await routed(w.dispatcher, (await register(w.dispatcher)).id);
    expect(after).toMatchObject({ status: 'routed', handlingUnitId: w.station.id, routing: { ruleId: everywhere.id } });
  });

  it('least loaded on duty: the handler with the fewest open cases gets it and is notified', async () => {
    // 调解员甲 carries two open cases, the others none.
    const busy = [await register(w.dispatcher), await register(w.dispatcher)];
    const db = w.t.database.db;
    await db.updateTable('cases').set({ assignee_id: null }).where('assignee_id', 'in', [w.ids.colleague, w.ids.lead]).execute();
    await db.updateTable('cases').set({ status: 'handling', assignee_id: w.ids.mediator, handling_unit_id: w.d.department.id }).where('id', 'in', busy.map((b) => b.id)).execute();
    await addRule(w.admin, { centerId: w.d.center.id, name: '司法所值班', conditions: {}, target: { unitId: w.d.department.id, assign: 'least_loaded' } });
    const c = await routed(w.dispatcher, (await register(w.dispatcher)).id);
    // 调解员乙 and 带班负责人 carry none: the tie goes to the name (带 before 调 in pinyin).
    expect(c).toMatchObject({ status: 'routed', assigneeId: w.ids.lead });
    const data = autoEvent(c)!.data as { pick: { candidates: { userId: string; load: number }[]; picked: { userId: string } } };
    expect(data.pick.candidates.map((x) => x.load)).toEqual([...data.pick.candidates.map((x) => x.load)].sort((a, b) => a - b));
    expect(data.pick.candidates.find((x) => x.userId === w.ids.mediator)?.load).toBeGreaterThanOrEqual(2);
    expect(c.routing!.explanation).toMatch(/值班 3 人中在办最少：带班负责人（0 件）$/);
    const notes = await w.t.database.db.selectFrom('notifications').selectAll().where('user_id', '=', c.assigneeId!).where('kind', '=', 'case_assigned').execute();
    expect(notes.map((n) => n.case_id)).toContain(c.id);
  });

  it('a duty roster for the day names who is on duty, even at a rotating unit off its weekday', async () => {
    const today = '2026-03-02';
    await w.t.database.db.insertInto('duty_shifts').values({ unit_id: w.hr.id, user_id: w.more.hrLiaison, date: today, note: null }).execute();
    await addRule(w.admin, { centerId: w.d.center.id, name: '劳资纠纷 · 人社', conditions: { categories: ['labour'] }, target: { unitId: w.hr.id, assign: 'least_loaded' } });
    const c = await routed(w.dispatcher, (await register(w.dispatcher, { category: 'labour' })).id);
    expect(c).toMatchObject({ status: 'routed', handlingUnitId: w.hr.id, assigneeId: w.more.hrLiaison });
    expect(c.routing!.explanation).toContain('今日值班表 1 人中在办最少：人社联络员');
  });

  it('nobody on duty (a rotating unit off its weekday, no roster): routed to the unit without a person, and it says so', async () => {
    await addRule(w.admin, { centerId: w.d.center.id, name: '劳资纠纷 · 人社', conditions: { categories: ['labour'] }, target: { unitId: w.hr.id, assign: 'least_loaded' } });
    const c = await routed(w.dispatcher, (await register(w.dispatcher, { category: 'labour' })).id);
    expect(c).toMatchObject({ status: 'routed', handlingUnitId: w.hr.id, assigneeId: null });
    expect(c.routing!.explanation).toMatch(/该单位今日无人值班，分至单位队列$/);
    // the unit's liaison sees it in their queue
    const mine = (await w.hrLiaison.get('/api/cases?view=mine')).json() as { items: { id: string }[] };
    expect(mine.items.map((i) => i.id)).toContain(c.id);
  });

  it('a team: only its members are candidates', async () => {
    await addRule(w.admin, { centerId: w.d.center.id, name: '甲一调解站团队', conditions: {}, target: { unitId: w.station.id, assign: 'least_loaded', userIds: [w.more.stationMediator2] } });
    const c = await routed(w.dispatcher, (await register(w.dispatcher)).id);
    expect(c).toMatchObject({ status: 'routed', handlingUnitId: w.station.id, assigneeId: w.more.stationMediator2 });
    expect(c.routing!.explanation).toContain('团队中值班的 1 人中在办最少：驻站调解员乙');
  });

  it('no rule matches: the case stays registered in the dispatcher queue with a routing_unmatched event', async () => {
    await toDepartment({ categories: ['family'] });
    await toDepartment({ amountFen: { min: 100_000_000 } });
    const created = await register(w.dispatcher);
    const c = await routed(w.dispatcher, created.id);
    expect(c).toMatchObject({ status: 'registered', handlingUnitId: null, assigneeId: null });
    expect(c.timeline.at(-1)).toMatchObject({ type: 'routing_unmatched', fromStatus: null, toStatus: null, actorName: '系统（自动分流）', data: { mode: 'unmatched', cause: 'no_match', considered: 2 } });
    expect(c.routing).toMatchObject({ mode: 'unmatched', ruleId: null, explanation: '2 条分流规则均未命中，案件留在中心队列，待窗口人工分流' });
    expect((await routed(w.dispatcher, created.id, 'en')).routing!.explanation).toBe('None of the 2 routing rules matched; the case waits in the center queue for a dispatcher');
    const queue = (await w.dispatcher.get('/api/cases?status=registered&limit=200')).json() as { items: { id: string }[] };
    expect(queue.items.map((i) => i.id)).toContain(c.id);
    // the dispatcher routes it by hand, without a reason: it was never routed by a rule
    const manual = await w.dispatcher.post(`/api/cases/${c.id}/actions`, { action: 'route', unitId: w.d.department.id });
    expect(manual.statusCode, manual.body).toBe(200);
    expect(manual.json().routing).toMatchObject({ mode: 'manual', explanation: '由窗口登记员人工分流至甲街道司法所' });
  });

  it('the rule’s unit is gone: the case stays registered and the event says so', async () => {
    const gone = await w.t.ctx.repos.units.insert({ parentId: w.d.center.id, kind: 'department', name: '已撤销的部门', code: '990001-BM099', centerId: w.d.center.id, departmentType: 'court', staffingTier: 'resident', rosterWeekdays: [1, 2, 3, 4, 5] }, w.t.clock.now(), w.d.center);
    const rule = await addRule(w.admin, { centerId: w.d.center.id, name: '驻中心法庭', conditions: {}, target: { unitId: gone.id, assign: 'unit' } });
    await w.t.database.db.deleteFrom('org_units').where('id', '=', gone.id).execute();
    const c = await routed(w.dispatcher, (await register(w.dispatcher)).id);
    expect(c.status).toBe('registered');
    expect(c.timeline.at(-1)!.data).toMatchObject({ mode: 'unmatched', cause: 'unit_gone', ruleId: rule.id });
    expect(c.routing!.explanation).toBe('命中规则「驻中心法庭」，但其承办单位已不存在，案件留在中心队列，待窗口人工分流');
  });

  it('a failure while routing never fails the registration: registered, explained, logged without personal data', async () => {
    await addRule(w.admin, { centerId: w.d.center.id, name: '司法所值班', conditions: {}, target: { unitId: w.d.department.id, assign: 'least_loaded' } });
    const duty = w.t.ctx.repos.duty;
    const original = duty.candidates;
    const logged: unknown[] = [];
    const log = w.t.ctx.caseDeps.routing!.log;
    const originalWarn = log.warn;
    duty.candidates = async () => {
      throw new Error('connection reset while reading 13812345678');
    };
    (log as { warn: unknown }).warn = (...args: unknown[]) => void logged.push(args);
    try {
      const res = await w.dispatcher.post('/api/cases', { channel: 'window', description: '楼上漏水导致楼下受损，协商未果。', category: 'neighbour', parties: [{ role: 'applicant', kind: 'person', name: '王建国', phone: '13812345678' }] });
      expect(res.statusCode, res.body).toBe(201);
      const c = await routed(w.dispatcher, res.json().id);
      expect(c.status).toBe('registered');
      expect(c.timeline.at(-1)!.data).toMatchObject({ mode: 'unmatched', cause: 'error' });
      expect(c.routing!.explanation).toBe('自动分流未能完成，案件留在中心队列，待窗口人工分流');
      expect(logged).toHaveLength(1);
      expect(JSON.stringify(logged)).not.toContain('13812345678');
      expect(JSON.stringify(logged)).toContain(c.id);
    } finally {
      duty.candidates = original;
      (log as { warn: unknown }).warn = originalWarn;
    }
  });

  it('the portal registration path routes too', async () => {
    await addRule(w.admin, { centerId: w.d.center.id, name: '网上申请 · 物业纠纷', conditions: { channels: ['online'], categories: ['property_management'] }, target: { unitId: w.station.id, assign: 'unit' } });
    const res = await w.t.app.inject({
      method: 'POST',
      url: '/api/portal/cases',
      remoteAddress: '198.51.100.77',
      payload: { description: '小区物业长期不清理垃圾，多次反映无果。', serviceMode: 'online', category: 'property_management', communityId: w.d.communityA.id, applicant: { name: '刘美玲', phone: '13655556666' } },
    });
    expect(res.statusCode, res.body).toBe(201);
    const row = await w.t.database.db.selectFrom('cases').selectAll().where('code', '=', res.json().code).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'routed', handling_unit_id: w.station.id });
    const c = await routed(w.dispatcher, row.id);
    expect(c.routing).toMatchObject({ mode: 'rule' });
    expect(c.routing!.explanation).toContain('渠道=网上申请 ✓');
  });

  it('automatic routing leaves alone a case that someone acted on first', async () => {
    const c = await register(w.dispatcher);
    await w.dispatcher.post(`/api/cases/${c.id}/actions`, { action: 'route', unitId: w.d.department.id, userId: w.ids.mediator });
    await toDepartment({});
    const row = await w.t.database.db.selectFrom('cases').selectAll().where('id', '=', c.id).executeTakeFirstOrThrow();
    // as if the routing step ran late, after the dispatcher's manual route
    await autoRouteAfterRegistration(w.t.ctx.caseDeps, row);
    const after = await routed(w.dispatcher, c.id);
    expect(after).toMatchObject({ status: 'routed', assigneeId: w.ids.mediator, version: row.version });
    expect(after.timeline.map((e) => e.type)).toEqual(['registered', 'routed']);
    expect(after.routing?.mode).toBe('manual');
  });
});
