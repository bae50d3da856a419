import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent } from '../../support/app.js';
import { login } from '../../support/app.js';
import { makeUser, PASSWORD } from '../../support/factories.js';
import { counts, getCase, register } from '../cases/helpers.js';
import { COMPANY, COMPANY_USCC, DAY, daysLater, type MassWorld, massWorld, propertyCase, registerProperty, signal, warningOf } from './helpers.js';

const compoundOf = async (w: MassWorld, id: string) => (await w.t.database.db.selectFrom('cases').select('compound_id').where('id', '=', id).executeTakeFirstOrThrow()).compound_id;
const notifications = async (agent: Agent) =>
  ((await agent.get('/api/notifications?limit=100')).json().items as { kind: string; caseId: string; title: string; body: string }[]).filter((n) => n.kind === 'mass_dispute');

describe('compound at intake (小区识别)', () => {
  let w: MassWorld;
  beforeAll(async () => {
    w = await massWorld();
  });
  afterAll(() => w.t.close());

  it('is detected from the address among the compounds of the case’s community, the longest name winning', async () => {
    const a = await registerProperty(w.dispatcher, w, { address: '甲街道明德花园3栋2单元502' });
    expect(await compoundOf(w, a.id)).toBe(w.k.mingde);
    const b = await registerProperty(w.dispatcher, w, { address: '甲街道 明德花园二期 8栋1单元101' });
    expect(await compoundOf(w, b.id)).toBe(w.k.mingde2);
  });

  it('is not taken from another community: 阳光小区 lies in 乙一社区', async () => {
    const c = await registerProperty(w.dispatcher, w, { address: '阳光小区5栋' });
    expect(await compoundOf(w, c.id)).toBeNull();
  });

  it('without any territory, any compound the address names', async () => {
    const c = await register(w.dispatcher, propertyCase({ address: '乙街道阳光小区5栋301' }));
    expect(await compoundOf(w, c.id)).toBe(w.k.yangguang);
  });

  it('no compound named, none set', async () => {
    const c = await registerProperty(w.dispatcher, w, { address: '甲街道钢铁大街88号' });
    expect(await compoundOf(w, c.id)).toBeNull();
  });

  it('a given compoundId wins over the address', async () => {
    const c = await registerProperty(w.dispatcher, w, { address: '甲街道明德花园3栋', compoundId: w.k.mingde2 });
    expect(await compoundOf(w, c.id)).toBe(w.k.mingde2);
  });

  it('an unknown compound, or one outside the case’s community, is refused with the field named and nothing written', async () => {
    const before = await counts(w.t, ['cases', 'parties', 'case_events']);
    const unknown = await w.dispatcher.post('/api/cases', propertyCase({ gridId: w.d.grid1.id, compoundId: '00000000-0000-4000-8000-000000000000' }));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields.compoundId).toBe('小区不存在');
    const outside = await w.dispatcher.post('/api/cases', propertyCase({ gridId: w.d.grid1.id, compoundId: w.k.yangguang }));
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.fields.compoundId).toBe('该小区不在所选网格/社区/街道内');
    const notUuid = await w.dispatcher.post('/api/cases', propertyCase({ compoundId: 'abc' }));
    expect(notUuid.statusCode).toBe(400);
    expect(Object.keys(notUuid.json().error.fields)).toEqual(['compoundId']);
    expect(await counts(w.t, ['cases', 'parties', 'case_events'])).toEqual(before);
  });

  it('POST /api/compounds/detect shows the intake form what was found', async () => {
    const found = await w.dispatcher.post('/api/compounds/detect', { address: '明德花园二期3栋', gridId: w.d.grid2.id });
    expect(found.statusCode).toBe(200);
    expect(found.json()).toEqual({ compound: { id: w.k.mingde2, name: '明德花园二期' } });
    expect((await w.dispatcher.post('/api/compounds/detect', { address: '阳光小区', gridId: w.d.grid1.id })).json()).toEqual({ compound: null });
    expect((await w.dispatcher.post('/api/compounds/detect', { address: '' })).json()).toEqual({ compound: null });
    expect((await w.t.app.inject({ method: 'POST', url: '/api/compounds/detect', payload: { address: '明德花园' } })).statusCode).toBe(401);
  });
});

describe('mass-dispute warning (涉众预警) on a case', () => {
  let w: MassWorld;
  beforeAll(async () => {
    w = await massWorld();
  });
  afterAll(() => w.t.close());

  it('by respondent: the third case against the company within 30 days warns; the earlier ones are listed', async () => {
    // Different compounds and categories: only the respondent links them.
    const first = await register(w.dispatcher, propertyCase({ gridId: w.d.gridB.id, address: '乙街道阳光小区1栋' }));
    await daysLater(w, 10);
    const second = await register(w.dispatcher, propertyCase({ category: 'contract', address: null, gridId: w.d.grid2.id }));
    let warning = await warningOf(w.dispatcher, second.id);
    expect(signal(warning, 'respondent')).toMatchObject({ caseCount: 2, reached: false, warn: false });
    expect(warning.warn).toBe(false);

    await daysLater(w, 19);
    const third = await register(w.dispatcher, propertyCase({ category: 'consumer', address: null, gridId: w.d.grid1.id }));
    warning = await warningOf(w.dispatcher, third.id);
    const s = signal(warning, 'respondent')!;
    expect(warning.warn).toBe(true);
    expect(s).toMatchObject({ name: COMPANY, key: `uscc:${COMPANY_USCC}`, caseCount: 3, reached: true, warn: true, level: 1, hiddenCount: 0 });
    expect(s.reason).toBe(`同一被申请人『${COMPANY}』30 日内 3 件`);
    expect(s.cases.map((c) => c.id)).toEqual([first.id, second.id, third.id]);
    expect(warning.signals.map((x) => x.kind)).toEqual(['respondent']);

    const en = (await w.dispatcher.request('GET', `/api/cases/${third.id}/mass-warning`, undefined, { 'accept-language': 'en' })).json();
    expect(en.signals[0].reason).toBe(`Same respondent "${COMPANY}": 3 cases within 30 days`);
  });

  it('by respondent: past the window the cluster falls apart', async () => {
    await daysLater(w, 31);
    const late = await register(w.dispatcher, propertyCase({ address: null, gridId: w.d.grid1.id }));
    const s = signal(await warningOf(w.dispatcher, late.id), 'respondent');
    // the last case of the previous test is 31 days old now: nothing else in the window
    expect(s).toBeUndefined();
  });

  it('by compound: five property cases at 明德花园 of 37 people, within the window; other categories do not count', async () => {
    await daysLater(w, 40);
    const people = [12, 8, 5, 7, 5];
    const ids: string[] = [];
    await register(w.dispatcher, { ...propertyCase({ gridId: w.d.grid1.id }), category: 'family', parties: [{ role: 'applicant', kind: 'person', name: '刘某某' }] });
    for (const [i, n] of people.entries()) {
      // each against a different small company: only the compound links them
      const c = await registerProperty(w.dispatcher, w, {
        peopleCount: n,
        gridId: i % 2 ? w.d.grid2.id : w.d.grid1.id,
        parties: [
          { role: 'applicant', kind: 'person', name: `住户${i}` },
          { role: 'respondent', kind: 'organization', name: `第${i + 1}保洁服务部` },
        ],
      });
      ids.push(c.id);
      await daysLater(w, 2);
    }
    const warning = await warningOf(w.dispatcher, ids[4]!);
    expect(warning.compound).toEqual({ id: w.k.mingde, name: '明德花园' });
    const s = signal(warning, 'compound')!;
    expect(s).toMatchObject({ name: '明德花园', caseCount: 5, peopleCount: 37, reached: true, warn: true, level: 2 });
    expect(s.reason).toBe('同一小区『明德花园』30 日内 5 件，涉及 37 人');
    expect(s.cases.map((c) => c.id)).toEqual(ids);
  });

  it('a grid worker sees the counts of the whole cluster, but only the cases of their grid', async () => {
    await daysLater(w, 40);
    const inGrid = await registerProperty(w.dispatcher, w, { gridId: w.d.grid1.id, address: null });
    await register(w.dispatcher, propertyCase({ gridId: w.d.gridB.id, address: null }));
    await register(w.dispatcher, propertyCase({ gridId: w.d.grid2.id, address: null }));
    const fromGrid = await warningOf(w.grid, inGrid.id);
    const s = signal(fromGrid, 'respondent')!;
    expect(s).toMatchObject({ caseCount: 3, hiddenCount: 2, warn: true });
    expect(s.cases.map((c) => c.id)).toEqual([inGrid.id]);
    const fromCenter = signal(await warningOf(w.dispatcher, inGrid.id), 'respondent')!;
    expect(fromCenter.hiddenCount).toBe(0);
    expect(fromCenter.cases).toHaveLength(3);
  });

  it('a case out of the caller’s scope is refused (403, audited); an unknown one is 404', async () => {
    const out = await register(w.dispatcher, propertyCase({ gridId: w.d.gridB.id }));
    expect((await w.grid.get(`/api/cases/${out.id}/mass-warning`)).statusCode).toBe(403);
    expect((await w.grid.get('/api/cases/00000000-0000-4000-8000-000000000000/mass-warning')).statusCode).toBe(404);
    expect((await w.grid.get('/api/cases/nope/mass-warning')).statusCode).toBe(400);
  });
});

describe('notification at registration: once per signal and level', () => {
  let w: MassWorld;
  beforeAll(async () => {
    w = await massWorld();
  });
  afterAll(() => w.t.close());

  const warnings = async (caseId: string) => (await getCase(w.dispatcher, caseId)).timeline.filter((e) => e.type === 'mass_warning');

  it('tells the dispatchers and the director when the third case comes, not for the 4th and 5th, again at the 6th', async () => {
    const cases = [];
    for (let i = 0; i < 2; i++) {
      cases.push(await registerProperty(w.dispatcher, w, { address: null }));
      await daysLater(w, 1);
    }
    expect(await notifications(w.dispatcher)).toEqual([]);

    const third = await registerProperty(w.dispatcher, w, { address: null });
    const sent = await notifications(w.dispatcher);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ caseId: third.id, title: `涉众预警：同一被申请人『${COMPANY}』30 日内 3 件` });
    expect(sent[0]!.body).toContain(third.code);
    expect(await notifications(w.director)).toHaveLength(1);
    expect(await notifications(w.mediator)).toEqual([]);
    expect(await notifications(w.grid)).toEqual([]);
    const ev = await warnings(third.id);
    expect(ev).toHaveLength(1);
    expect(ev[0]).toMatchObject({ actorName: '系统', reason: `同一被申请人『${COMPANY}』30 日内 3 件` });
    expect(ev[0]!.data).toMatchObject({ kind: 'respondent', level: 1, caseCount: 3, notified: 2 });

    for (let i = 0; i < 2; i++) {
      await daysLater(w, 1);
      const c = await registerProperty(w.dispatcher, w, { address: null });
      expect(await warnings(c.id)).toEqual([]);
    }
    expect(await notifications(w.dispatcher)).toHaveLength(1);

    await daysLater(w, 1);
    const sixth = await registerProperty(w.dispatcher, w, { address: null });
    const now = await notifications(w.dispatcher);
    expect(now).toHaveLength(2);
    expect(now[0]).toMatchObject({ caseId: sixth.id, title: `涉众预警：同一被申请人『${COMPANY}』30 日内 6 件` });
    expect((await warnings(sixth.id))[0]!.data).toMatchObject({ level: 2 });
  });

  it('after the window has passed, a new cluster of the same respondent is told again', async () => {
    await daysLater(w, 45);
    for (let i = 0; i < 3; i++) await registerProperty(w.dispatcher, w, { address: null });
    expect(await notifications(w.dispatcher)).toHaveLength(3);
  });

  it('the compound signal notifies on its own', async () => {
    await daysLater(w, 45);
    for (let i = 0; i < 3; i++) {
      await registerProperty(w.dispatcher, w, { parties: [{ role: 'applicant', kind: 'person', name: `住户${i}` }, { role: 'respondent', kind: 'organization', name: `第${i}维修部` }] });
    }
    const latest = (await notifications(w.dispatcher))[0]!;
    expect(latest.title).toBe('涉众预警：同一小区『明德花园』30 日内 3 件');
  });
});

describe('POST /api/intake/suggest with mass-dispute hints', () => {
  let w: MassWorld;
  beforeAll(async () => {
    w = await massWorld();
    for (let i = 0; i < 2; i++) {
      await registerProperty(w.dispatcher, w, {});
      w.t.clock.advanceBy(DAY / 2);
    }
  });
  afterAll(() => w.t.close());

  const text = '我们小区的物业公司收了物业费却不打扫卫生，电梯坏了一个月也没人修。';

  it('{"text"} alone keeps the SPEC §6 contract: no massWarning', async () => {
    const res = await w.dispatcher.post('/api/intake/suggest', { text });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).not.toHaveProperty('massWarning');
    expect(body).toMatchObject({ risk: { level: expect.any(String) }, related: expect.any(Array), truncated: false });
    expect(body.categories[0].code).toBe('property_management');
  });

  it('the respondent hint: this account would be the third case against the company', async () => {
    const res = await w.dispatcher.post('/api/intake/suggest', { text, respondent: { name: COMPANY } });
    expect(res.statusCode).toBe(200);
    const m = res.json().massWarning;
    expect(m.warn).toBe(true);
    expect(m.signals[0]).toMatchObject({ kind: 'respondent', caseCount: 3, reason: `同一被申请人『${COMPANY}』30 日内 3 件` });
    expect(m.signals[0].cases).toHaveLength(2);
  });

  it('a respondent typed as a party, by credit code only', async () => {
    const res = await w.dispatcher.post('/api/intake/suggest', { text, parties: [{ role: 'respondent', kind: 'organization', name: '鑫安物业', uscc: COMPANY_USCC }] });
    expect(res.json().massWarning.signals[0]).toMatchObject({ kind: 'respondent', caseCount: 3 });
  });

  it('the address hint finds the compound (category from the text)', async () => {
    const res = await w.dispatcher.post('/api/intake/suggest', { text, address: '明德花园9栋', gridId: w.d.grid1.id });
    const m = res.json().massWarning;
    expect(m.compound).toEqual({ id: w.k.mingde, name: '明德花园' });
    expect(m.signals.find((s: { kind: string }) => s.kind === 'compound')).toMatchObject({ caseCount: 3, warn: true });
  });

  it('a compound given by id; a hint that matches nothing gives an empty warning', async () => {
    const given = (await w.dispatcher.post('/api/intake/suggest', { text, compoundId: w.k.mingde })).json().massWarning;
    expect(given.signals[0]).toMatchObject({ kind: 'compound', caseCount: 3 });
    const none = (await w.dispatcher.post('/api/intake/suggest', { text, respondent: { name: '毫不相干有限公司' } })).json().massWarning;
    expect(none).toMatchObject({ warn: false, signals: [], compound: null });
  });

  it('bad hints are refused with the field named', async () => {
    const res = await w.dispatcher.post('/api/intake/suggest', { text, compoundId: 'x', respondent: { name: '' } });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields).sort()).toEqual(['compoundId', 'respondent.name']);
  });

  it('the grid worker of another grid sees the count, not the cases', async () => {
    const other = await makeUser(w.t.ctx, 'gridB1', [{ role: 'grid_worker', unitId: w.d.gridB.id }]);
    expect(other.id).toBeTruthy();
    const agent = await login(w.t.app, 'gridB1', PASSWORD);
    const m = (await agent.post('/api/intake/suggest', { text, respondent: { name: COMPANY } })).json().massWarning;
    expect(m.signals[0]).toMatchObject({ caseCount: 3, hiddenCount: 2, cases: [] });
  });
});

describe('warning settings (GET/PUT /api/policies/mass-dispute)', () => {
  let w: MassWorld;
  beforeAll(async () => {
    w = await massWorld();
  });
  afterAll(() => w.t.close());

  const value = { windowDays: 14, minCases: 4, minPeople: 20, compoundSameCategory: true, excludedStatuses: ['withdrawn'] };

  it('the shipped defaults until an admin changes them', async () => {
    const res = await w.dispatcher.get('/api/policies/mass-dispute');
    expect(res.json()).toEqual({ version: 0, value: { windowDays: 30, minCases: 3, minPeople: 10, compoundSameCategory: true, excludedStatuses: ['withdrawn'] } });
  });

  it('only an admin may change them; bad values and stale versions are refused', async () => {
    expect((await w.dispatcher.request('PUT', '/api/policies/mass-dispute', { version: 0, value })).statusCode).toBe(403);
    const bad = await w.admin.request('PUT', '/api/policies/mass-dispute', { version: 0, value: { ...value, windowDays: 0, excludedStatuses: ['gone'] } });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['value.excludedStatuses.0', 'value.windowDays']);
    const saved = await w.admin.request('PUT', '/api/policies/mass-dispute', { version: 0, value });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toEqual({ version: 1, value });
    const stale = await w.admin.request('PUT', '/api/policies/mass-dispute', { version: 0, value });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.current).toEqual({ version: 1, value });
  });

  it('the warning follows them: three cases no longer reach minCases 4', async () => {
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push((await registerProperty(w.dispatcher, w, { address: null })).id);
    const s = signal(await warningOf(w.dispatcher, ids[2]!), 'respondent')!;
    expect(s).toMatchObject({ caseCount: 3, reached: false });
    expect((await warningOf(w.dispatcher, ids[2]!)).settings).toEqual({ windowDays: 14, minCases: 4, minPeople: 20 });
    expect(await notifications(w.dispatcher)).toEqual([]);
  });
});
