import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { createWorkingCalendar, SHIPPED_CALENDAR } from '../../src/domain/calendar/index.js';
import { DEFAULT_CASE_POLICY } from '../../src/domain/case/policy.js';
import { computeKpis, deriveCaseFacts, GROUP_BYS, groupKpis, type KpiCaseFacts, type KpiCaseRow, type KpiEvent, type Kpis, NO_FOLLOW_UP, PERIOD_EVENTS, type Window, windowOf } from '../../src/domain/kpi/index.js';
import { computeReport } from '../../src/services/kpi/kpi-service.js';
import type { Scope } from '../../src/domain/scope.js';
import { caseFigures, generateCases } from '../../src/demo/cases.js';
import { generateDistrict } from '../../src/demo/district.js';
import { seedDemo } from '../../src/demo/seed.js';
import { KpiRepository } from '../../src/repositories/kpi-repository.js';
import { Agent, createTestApp, login, type TestApp } from '../support/app.js';
import { createTestDatabase, TEST_ENGINE } from '../support/db.js';
import { makeDistrict, makeUser, PASSWORD } from '../support/factories.js';
import { at, eventsOf, type FixtureCase, MARCH_CASES } from '../unit/kpi/fixtures.js';

const cal = createWorkingCalendar(SHIPPED_CALENDAR);
const cfg = { cal, responseBudget: DEFAULT_CASE_POLICY.responseBudget };
const win = (from: string, to: string): Window => windowOf({ from, to }, cal.utcOffsetMinutes);
const adminScope = (unitId: string): Scope => ({ userId: randomUUID(), grants: [{ role: 'admin', unitId, unitKind: 'district', unitPath: `/${unitId}/` }] });

let t: TestApp;
let d: Awaited<ReturnType<typeof makeDistrict>>;
let admin: Agent;
let gridWorker: Agent;
let mediatorId: string;
let gridWorkerId: string;
const ids: Record<'A' | 'B' | 'C' | 'D' | 'E' | 'F', string> = { A: '', B: '', C: '', D: '', E: '', F: '' };

const party = [{ role: 'applicant', kind: 'person', name: '张三' }];

async function register(body: { channel: string; category: string; gridId?: string }): Promise<string> {
  const res = await admin.post('/api/cases', { ...body, description: '测试案件，用于统计指标', parties: party });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

async function act(id: string, body: Record<string, unknown>) {
  const res = await admin.post(`/api/cases/${id}/actions`, body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

const route = (id: string) => act(id, { action: 'route', unitId: d.department.id, userId: mediatorId });

/**
 * June 2026 through the API (the clock starts Monday 06-01 09:00):
 * A grid1 window/neighbour: accepted after 20 min, resolved 06-03, satisfied, archived; 300.00 recovered; F links to it
 * B grid2 hotline/labour: accepted after 45 min (late), referred 06-04
 * C gridB online/family: withdrawn before routing
 * D grid1 grid_report/neighbour: accepted after 10 min, paused, resolved, dissatisfied → reopened
 * E (no grid) window/other: registered only;  F grid1 window/neighbour: registered 06-08, linked to A
 */
beforeAll(async () => {
  // Sessions outlive the clock's jumps between days (the agents log in again after each).
  t = await createTestApp({ now: '2026-06-01T09:00:00+08:00', env: { CONCORD_SESSION_IDLE_MINUTES: '1440' } });
  d = await makeDistrict(t.ctx);
  await makeUser(t.ctx, 'admin1', [{ role: 'admin', unitId: d.district.id }]);
  mediatorId = (await makeUser(t.ctx, 'med1', [{ role: 'mediator', unitId: d.department.id }], { displayName: '调解员甲' })).id;
  gridWorkerId = (await makeUser(t.ctx, 'gw1', [{ role: 'grid_worker', unitId: d.grid1.id }])).id;
  admin = await login(t.app, 'admin1', PASSWORD);

  ids.A = await register({ channel: 'window', category: 'neighbour', gridId: d.grid1.id });
  ids.B = await register({ channel: 'hotline', category: 'labour', gridId: d.grid2.id });
  ids.C = await register({ channel: 'online', category: 'family', gridId: d.gridB.id });
  ids.E = await register({ channel: 'window', category: 'other' });
  t.clock.advanceMinutes(5); // 09:05
  await route(ids.A);
  await route(ids.B);
  t.clock.advanceMinutes(15); // 09:20
  await act(ids.A, { action: 'accept' });
  t.clock.advanceMinutes(25); // 09:45
  await act(ids.B, { action: 'accept' });
  t.clock.advanceMinutes(5); // 09:50
  await act(ids.C, { action: 'withdraw', reason: '当事人自行和解' });
  t.clock.advanceMinutes(10); // 10:00
  await act(ids.A, { action: 'start' });
  await act(ids.B, { action: 'start' });
  ids.D = await register({ channel: 'grid_report', category: 'neighbour', gridId: d.grid1.id });
  t.clock.advanceMinutes(5); // 10:05
  await route(ids.D);
  t.clock.advanceMinutes(5); // 10:10
  await act(ids.D, { action: 'accept' });
  t.clock.advanceMinutes(5);
  await act(ids.D, { action: 'start' });
  t.clock.advanceMinutes(15); // 10:30
  await act(ids.D, { action: 'pause', reason: '等待当事人补充材料' });

  t.clock.advanceMinutes(2 * 1440 - 90); // 06-03 09:00
  admin = await login(t.app, 'admin1', PASSWORD); 
  await act(ids.A, { action: 'resolve', outcome: 'oral_agreement', note: '双方达成口头协议' });
  t.clock.advanceMinutes(60);
  await act(ids.A, { action: 'feedback', satisfaction: 'satisfied', solved: true });
  await act(ids.A, { action: 'archive' });
  t.clock.advanceMinutes(1440 - 60); // 06-04 09:00
  admin = await login(t.app, 'admin1', PASSWORD);
  await act(ids.B, { action: 'refer', destination: 'arbitration', reason: '调解不成，引导仲裁' });
  t.clock.advanceMinutes(60);
  await act(ids.D, { action: 'resume' });
  await act(ids.D, { action: 'resolve', outcome: 'oral_agreement', note: '已调解' });
  t.clock.advanceMinutes(1440 - 60); // 06-05 09:00
  admin = await login(t.app, 'admin1', PASSWORD);
  const reopened = await act(ids.D, { action: 'feedback', satisfaction: 'dissatisfied', solved: false });
  expect(reopened.status).toBe('handling');
  t.clock.advanceMinutes(3 * 1440); // 06-08 09:00
  admin = await login(t.app, 'admin1', PASSWORD);
  gridWorker = await login(t.app, 'gw1', PASSWORD);
  ids.F = await register({ channel: 'window', category: 'neighbour', gridId: d.grid1.id });

  // Not settable through the API yet: money recovered and the rebound link.
  await t.database.db.updateTable('cases').set({ money_recovered_fen: 30_000 }).where('id', '=', ids.A).execute();
  await t.database.db.updateTable('cases').set({ money_recovered_fen: 5_000 }).where('id', '=', ids.D).execute();
  await t.database.db.updateTable('cases').set({ linked_case_id: ids.A }).where('id', '=', ids.F).execute();
});
afterAll(() => t?.close());

const JUNE = 'from=2026-06-01&to=2026-06-30';

describe('GET /api/kpis', () => {
  it('computes the totals of a period from the case timelines', async () => {
    const res = await admin.get(`/api/kpis?${JUNE}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.period).toEqual({ from: '2026-06-01', to: '2026-06-30' });
    expect(body.groupBy).toBe('none');
    expect(body.groups).toEqual([]);
    expect(body.total).toMatchObject({
      registered: 6,
      accepted: 3,
      concluded: 2,
      resolved: 1,
      closureRate: 0.6667,
      resolutionRate: 0.5,
      // A 20, B 45, D 10 working minutes
      responseMinutes: { median: 20, p90: 40 },
      onTimeResponseRate: 0.6667,
      // A 2 d, B 3 d, C 50 min
      durationDays: { median: 2, p90: 2.8 },
      durationWorkingDays: { median: 2, p90: 2.8 },
      satisfactionRate: 0.5,
      reboundRate: 1,
      moneyRecoveredFen: 30_000,
      followUpOnTimeRate: null,
      screeningCoverage: null,
      byChannel: { window: 3, hotline: 1, online: 1, grid_report: 1 },
      byCategory: { neighbour: 3, labour: 1, family: 1, other: 1 },
      byStatus: { archived: 1, referred: 1, withdrawn: 1, handling: 1, registered: 2 },
    });
  });

  it('returns every definition, in both languages', async () => {
    const defs = (await admin.get(`/api/kpis?${JUNE}`)).json().definitions;
    for (const key of ['closureRate', 'resolutionRate', 'responseMinutes', 'onTimeResponseRate', 'durationDays', 'satisfactionRate', 'reboundRate', 'moneyRecoveredFen', 'followUpOnTimeRate', 'screeningCoverage', 'byChannel', 'byCategory']) {
      expect(defs[key], key).toMatchObject({ zh: expect.any(String), en: expect.any(String), formula: expect.any(String), available: true });
    }
    expect(defs.closureRate.zh).toContain('办结率');
    expect(defs.followUpOnTimeRate.zh).toContain('回访按时率');
    expect(defs.screeningCoverage.en).toContain('Screening coverage');
  });

  it('defaults to the year up to today', async () => {
    const body = (await admin.get('/api/kpis')).json();
    expect(body.period).toEqual({ from: '2025-06-09', to: '2026-06-08' });
    expect(body.total.registered).toBe(6);
  });

  it('counts only the caller’s data scope: a grid worker of grid 1 sees grid 1', async () => {
    const res = await gridWorker.get(`/api/kpis?${JUNE}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().total).toMatchObject({ registered: 3, accepted: 2, concluded: 1, closureRate: 0.5, byStatus: { archived: 1, handling: 1, registered: 1 }, moneyRecoveredFen: 30_000 });
    const byGrid = (await gridWorker.get(`/api/kpis?${JUNE}&groupBy=grid`)).json().groups;
    expect(byGrid.map((g: { key: string }) => g.key)).toEqual([d.grid1.id]);
  });

  it('filters by category, channel, territory, handler and department', async () => {
    const registered = async (q: string) => {
      const res = await admin.get(`/api/kpis?${JUNE}&${q}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json().total.registered;
    };
    expect(await registered('category=neighbour')).toBe(3);
    expect(await registered('channel=hotline')).toBe(1);
    expect(await registered(`streetId=${d.streetA.id}`)).toBe(4);
    expect(await registered(`communityId=${d.communityB.id}`)).toBe(1);
    expect(await registered(`gridId=${d.grid1.id}&category=neighbour&channel=window`)).toBe(2);
    expect(await registered(`handlerId=${mediatorId}`)).toBe(3);
    expect(await registered(`departmentId=${d.department.id}`)).toBe(3);
    // A grid worker may narrow to a unit above their grid; the result stays inside their scope.
    const own = await gridWorker.get(`/api/kpis?${JUNE}&communityId=${d.communityA.id}`);
    expect(own.statusCode).toBe(200);
    expect(own.json().total.registered).toBe(3);
  });

  it('groups by grid and by handler with labels, samples and ranking', async () => {
    const byGrid = (await admin.get(`/api/kpis?${JUNE}&groupBy=grid`)).json();
    expect(byGrid.groupBy).toBe('grid');
    const grids = byGrid.groups as { key: string | null; label: string; sample: number; ranked: boolean; kpis: { registered: number; closureRate: number | null } }[];
    expect(grids[0]).toMatchObject({ key: d.grid1.id, label: '甲一社区第1网格', sample: 3, ranked: false, kpis: { registered: 3, closureRate: 0.5 } });
    expect(new Set(grids.map((g) => g.key))).toEqual(new Set([d.grid1.id, d.grid2.id, d.gridB.id, null]));
    expect(grids.find((g) => g.key === null)).toMatchObject({ label: '未指定', sample: 1 });

    const byHandler = (await admin.get(`/api/kpis?${JUNE}&groupBy=handler`)).json().groups;
    expect(byHandler.map((g: { key: string | null; label: string; sample: number }) => [g.key, g.label, g.sample])).toEqual([
      [mediatorId, '调解员甲', 3],
      [null, '未分派', 3],
    ]);
  });

  it('groups by month and category, labelled in the caller’s language', async () => {
    const zh = (await admin.get(`/api/kpis?from=2026-05-01&to=2026-06-30&groupBy=month`)).json().groups;
    expect(zh.map((g: { key: string; label: string }) => [g.key, g.label])).toEqual([
      ['2026-05', '2026年5月'],
      ['2026-06', '2026年6月'],
    ]);
    expect(zh[0].kpis.registered).toBe(0);
    expect(zh[0].kpis.closureRate).toBeNull();
    expect(zh[1].kpis.registered).toBe(6);
    const en = (await admin.request('GET', `/api/kpis?${JUNE}&groupBy=category`, undefined, { 'accept-language': 'en' })).json().groups;
    expect(en[0]).toMatchObject({ key: 'neighbour', label: 'Neighbours' });
    const week = (await admin.get(`/api/kpis?from=2026-06-01&to=2026-06-10&groupBy=week`)).json().groups;
    expect(week.map((g: { key: string; kpis: { registered: number } }) => [g.key, g.kpis.registered])).toEqual([
      ['2026-W23', 5],
      ['2026-W24', 1],
    ]);
  });

  it('refuses bad input with a 400 naming the field, never an empty chart', async () => {
    const fieldsOf = async (q: string) => {
      const res = await admin.get(`/api/kpis?${q}`);
      expect(res.statusCode, q).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
      return Object.keys(res.json().error.fields);
    };
    expect(await fieldsOf('from=2026-06-30&to=2026-06-01')).toEqual(['to']);
    expect(await fieldsOf(`${JUNE}&groupBy=district`)).toEqual(['groupBy']);
    expect(await fieldsOf('from=2026-02-30&to=2026-03-31')).toEqual(['from']);
    expect(await fieldsOf('from=2026/06/01')).toEqual(['from']);
    expect(await fieldsOf('from=2020-01-01&to=2026-06-30')).toEqual(['from']);
    expect(await fieldsOf(`${JUNE}&channel=fax`)).toEqual(['channel']);
    expect(await fieldsOf(`${JUNE}&category=no_such_category`)).toEqual(['category']);
    expect(await fieldsOf(`${JUNE}&streetId=${d.grid1.id}`)).toEqual(['streetId']);
    expect(await fieldsOf(`${JUNE}&gridId=${randomUUID()}`)).toEqual(['gridId']);
    const en = await admin.request('GET', '/api/kpis?from=2026-06-30&to=2026-06-01', undefined, { 'accept-language': 'en' });
    expect(en.json().error.fields.to).toBe('The end date is before the start date');
  });

  it('refuses a filter unit outside the caller’s scope with 403 and audits it', async () => {
    for (const q of [`gridId=${d.grid2.id}`, `streetId=${d.streetB.id}`, `departmentId=${d.department.id}`]) {
      const res = await gridWorker.get(`/api/kpis?${JUNE}&${q}`);
      expect(res.statusCode, q).toBe(403);
      expect(res.json().error.code).toBe('forbidden');
    }
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'outcome', 'target_id', 'actor_id'])
      .where('action', '=', 'kpi.read')
      .orderBy('seq')
      .execute();
    expect(audit).toEqual([
      { action: 'kpi.read', outcome: 'denied', target_id: d.grid2.id, actor_id: gridWorkerId },
      { action: 'kpi.read', outcome: 'denied', target_id: d.streetB.id, actor_id: gridWorkerId },
      { action: 'kpi.read', outcome: 'denied', target_id: d.department.id, actor_id: gridWorkerId },
    ]);
  });

  it('is described in the OpenAPI document', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const op = res.json().paths['/api/kpis'].get;
    expect(op.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['from', 'to', 'groupBy', 'streetId', 'departmentId']));
  });

  it('requires a login', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/kpis?${JUNE}` });
    expect(res.statusCode).toBe(401);
  });
});

// ---- the SQL reduction of the timelines agrees with deriveCaseFacts()

/** Loads cases and events back as plain arrays and derives the facts in TS, as the definition says. */
async function factsInTs(db: Database['db'], w: Window): Promise<KpiCaseFacts[]> {
  const cases = await db.selectFrom('cases').selectAll().execute();
  const events = await db.selectFrom('case_events').select(['case_id', 'seq', 'type', 'at', 'data']).execute();
  const byCase = new Map<string, KpiEvent[]>();
  for (const e of events) {
    const list = byCase.get(e.case_id) ?? [];
    list.push({ seq: e.seq, type: e.type, at: new Date(e.at), data: e.data });
    byCase.set(e.case_id, list);
  }
  const linked = new Map<string, Date[]>();
  for (const c of cases) if (c.linked_case_id) linked.set(c.linked_case_id, [...(linked.get(c.linked_case_id) ?? []), new Date(c.registered_at)]);
  const inW = (x: Date) => x >= w.from && x < w.to;
  return cases
    .filter((c) => inW(new Date(c.registered_at)) || (byCase.get(c.id) ?? []).some((e) => (PERIOD_EVENTS as readonly string[]).includes(e.type) && inW(e.at)))
    .map((c) => {
      const row: KpiCaseRow = {
        id: c.id,
        registeredAt: new Date(c.registered_at),
        channel: c.channel,
        category: c.category,
        status: c.status,
        streetId: c.street_id,
        communityId: c.community_id,
        gridId: c.grid_id,
        handlerId: c.assignee_id,
        moneyRecoveredFen: Number(c.money_recovered_fen),
      };
      return deriveCaseFacts(row, byCase.get(c.id) ?? [], linked.get(c.id) ?? [], w);
    });
}

const sortById = (facts: KpiCaseFacts[]) => [...facts].sort((a, b) => (a.id < b.id ? -1 : 1));

describe('the SQL facts agree with the pure derivation', () => {
  let fixtureIds: Map<string, string>;

  beforeAll(async () => {
    // The hand-made cases of the unit tests, in the database (no API: their timelines are in the past).
    const db = t.database.db;
    const grids: Record<string, string> = { g1: d.grid1.id, g2: d.grid2.id };
    fixtureIds = new Map();
    let n = 0;
    const insert = async (c: FixtureCase['row'], linkedTo: string | null = null) => {
      const row = await db
        .insertInto('cases')
        .values({
          code: `FIX-${++n}`,
          center_id: d.center.id,
          channel: c.channel,
          category: c.category,
          title: c.id,
          description: 'fixture',
          grid_id: c.gridId ? grids[c.gridId]! : null,
          status: c.status,
          money_recovered_fen: c.moneyRecoveredFen,
          linked_case_id: linkedTo,
          registered_at: c.registeredAt,
          updated_at: c.registeredAt,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    };
    for (const c of MARCH_CASES) {
      const id = await insert(c.row);
      fixtureIds.set(c.row.id, id);
      for (const e of eventsOf(c)) {
        await db.insertInto('case_events').values({ case_id: id, seq: e.seq, type: e.type, at: e.at, actor_name: 'fixture', data: JSON.stringify(e.data ?? {}) }).execute();
      }
      for (const [i, when] of (c.linked ?? []).entries()) {
        const linkedId = await insert({ ...c.row, id: `${c.row.id}-linked-${i}`, registeredAt: at(when), status: 'registered', moneyRecoveredFen: 0 }, id);
        await db.insertInto('case_events').values({ case_id: linkedId, seq: 1, type: 'registered', at: at(when), actor_name: 'fixture', data: '{}' }).execute();
      }
    }
  });

  it.each([
    ['March', '2026-03-01', '2026-03-31'],
    ['February', '2026-02-01', '2026-02-28'],
    ['a window cutting through timelines', '2026-02-28', '2026-03-11'],
    ['the whole year', '2026-01-01', '2026-12-31'],
    ['an empty window', '2025-01-01', '2025-01-31'],
  ])('%s', async (_name, from, to) => {
    const w = win(from, to);
    const repo = new KpiRepository(t.database.readDb);
    const sqlFacts = sortById(await repo.caseFacts(adminScope(d.district.id), {}, w));
    const tsFacts = sortById(await factsInTs(t.database.db, w));
    expect(sqlFacts).toEqual(tsFacts);
    expect(computeKpis(sqlFacts, w, cfg)).toEqual(computeKpis(tsFacts, w, cfg));
  });

  it('gives the hand-computed March figures through the API', async () => {
    const total = (await admin.get('/api/kpis?from=2026-03-01&to=2026-03-31')).json().total;
    expect(total).toMatchObject({
      registered: 5,
      accepted: 5,
      concluded: 4,
      closureRate: 0.8,
      resolutionRate: 0.5,
      responseMinutes: { median: 15, p90: 37.5 },
      onTimeResponseRate: 0.75,
      durationDays: { median: 7, p90: 15.4 },
      durationWorkingDays: { median: 5, p90: 11.6 },
      satisfactionRate: 0.5,
      reboundRate: 0.5,
      moneyRecoveredFen: 170_000,
    });
    const c1 = fixtureIds.get('c1')!;
    const facts = await new KpiRepository(t.database.readDb).caseFacts(adminScope(d.district.id), {}, win('2026-03-01', '2026-03-31'));
    expect(facts.find((f) => f.id === c1)).toMatchObject({ firstAcceptedAt: at('03-02T09:20'), conclusion: { type: 'resolved', at: at('03-05T09:00') }, linkedRegistrations: [at('2026-04-20T10:00')] });
  });
});

describe(`a demo year on the ${TEST_ENGINE} database`, () => {
  const NOW = new Date('2026-11-29T13:59:26Z');
  let database: Database;
  let figures: ReturnType<typeof caseFigures>;
  let districtId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    const district = generateDistrict();
    const idMap = await seedDemo(database.db, district, NOW, { extras: false });
    // The same (deterministic) year of cases that seedDemo wrote, to compare with.
    const bundle = generateCases(district, idMap, { now: NOW });
    figures = caseFigures(bundle);
    districtId = (await database.db.selectFrom('org_units').select('id').where('kind', '=', 'district').executeTakeFirstOrThrow()).id;
  }, 240_000);
  afterAll(() => database?.close());

  it('agrees with the pure derivation on every case, and with the demo’s own figures', async () => {
    const w = win('2025-11-30', '2026-11-29'); // the demo's 365 days up to NOW
    const repo = new KpiRepository(database.readDb);
    const t0 = performance.now();
    const sqlFacts = await repo.caseFacts(adminScope(districtId), {}, w);
    const ms = performance.now() - t0;
    const k = computeKpis(sqlFacts, w, cfg);
    const ms2 = performance.now() - t0;
    const weeks = groupKpis(sqlFacts, { from: '2025-11-30', to: '2026-11-29' }, 'week', cfg);
    const grids = groupKpis(sqlFacts, { from: '2025-11-30', to: '2026-11-29' }, 'grid', cfg);
    const ms3 = performance.now() - t0;
    console.log(
      `[kpi, ${TEST_ENGINE}] ${sqlFacts.length} case facts in ${Math.round(ms)} ms, KPIs in ${Math.round(ms2 - ms)} ms, by week and by grid (${weeks.length} + ${grids.length} groups) in ${Math.round(ms3 - ms2)} ms; ` +
        `closure ${k.closureRate}, resolution ${k.resolutionRate}`,
    );
    expect(weeks.reduce((s, g) => s + g.kpis.registered, 0)).toBe(k.registered);
    expect(grids.reduce((s, g) => s + g.kpis.accepted, 0)).toBe(k.accepted);

    expect(sortById(sqlFacts)).toEqual(sortById(await factsInTs(database.db, w)));
    expect(k.registered).toBe(figures.cases);
    expect(k.byStatus).toEqual(figures.byStatus);
    expect(k.byChannel).toEqual(figures.byChannel);
    expect(k.byCategory).toEqual(figures.byCategory);
    expect(k.accepted).toBe(figures.accepted);
    expect(k.concluded).toBe(figures.concluded);
    expect(k.closureRate).toBe(figures.closureRate);
    expect(k.resolutionRate).toBe(figures.resolutionRate);
    expect(k.moneyRecoveredFen).toBe(figures.moneyRecoveredFen);
  });

  it('gives the same figures from the SQL facts as computeKpis over the derived facts, in total and by every grouping', async () => {
    const period = { from: '2025-11-30', to: '2026-11-29' };
    const w = win(period.from, period.to);
    const repo = new KpiRepository(database.readDb);
    const scope = adminScope(districtId);
    const facts = await repo.caseFacts(scope, {}, w);
    // Follow-up and screening come from their own tables (compared in kpi-followup.test.ts).
    const caseFigures = (k: Kpis): Kpis => ({ ...k, followUpOnTimeRate: null, screeningCoverage: null, bases: { ...k.bases, ...NO_FOLLOW_UP } });
    const times: string[] = [];
    for (const groupBy of GROUP_BYS) {
      const t0 = performance.now();
      const got = await computeReport(repo, scope, {}, period, groupBy, cfg, '2026-11-29');
      times.push(`${groupBy} ${Math.round(performance.now() - t0)} ms`);
      expect(caseFigures(got.total)).toEqual(computeKpis(facts, w, cfg));
      const groups = got.groups.filter((g) => g.sample > 0).map((g) => ({ ...g, kpis: caseFigures(g.kpis) }));
      expect(groups).toEqual(groupKpis(facts, period, groupBy, cfg));
    }
    console.log(`[kpi, ${TEST_ENGINE}] SQL report of the demo year: ${times.join(', ')}`);
  });
});
