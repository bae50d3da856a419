import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkingCalendar, type DeadlineBudget, SHIPPED_CALENDAR, type WorkingCalendar } from '../../src/domain/calendar/index.js';
import {
  addDays,
  computeKpis,
  type DayPeriod,
  DRILL_METRICS,
  GROUP_BYS,
  type GroupBy,
  groupKpis,
  inDrillSet,
  type KpiCaseFacts,
  type KpiConfig,
  parseDrillMetric,
  windowOf,
} from '../../src/domain/kpi/index.js';
import type { Scope } from '../../src/domain/scope.js';
import type { KpiFilter } from '../../src/repositories/kpi-repository.js';
import { KpiRepository } from '../../src/repositories/kpi-repository.js';
import { computeReport } from '../../src/services/kpi/kpi-service.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { TEST_ENGINE } from '../support/db.js';
import { makeDistrict, makeUser } from '../support/factories.js';
import { type GenCase, generatePopulation, insertPopulation, populationFacts } from './kpi-population.js';

/**
 * The SQL figures (KPI facts maintained by triggers, aggregated in SQL) equal the pure
 * reference (deriveCaseFacts + computeKpis / groupKpis) on random populations, for random
 * periods, groupings, filters, scopes and response budgets — and stay equal when the cases
 * change and when the working calendar is edited.
 */

const TODAY = '2026-11-29';
const SHIPPED = createWorkingCalendar(SHIPPED_CALENDAR);
const SUBCATEGORY = 'neighbour_noise';

let t: TestApp;
let repo: KpiRepository;
let d: Awaited<ReturnType<typeof makeDistrict>>;
let users: string[];
let cases: GenCase[];
let scopes: Record<'admin' | 'gridWorker' | 'mediator' | 'director', Scope>;

const BUDGETS: DeadlineBudget[] = [
  { kind: 'working_minutes', minutes: 30 },
  { kind: 'working_minutes', minutes: 1 },
  { kind: 'calendar_minutes', minutes: 45 },
  { kind: 'working_days', days: 1 },
  { kind: 'working_days', days: 2 },
];

/** The scopes as predicates on a generated case (what caseScopeFilter decides in SQL). */
function visibleIn(kind: keyof typeof scopes, c: GenCase): boolean {
  switch (kind) {
    case 'admin':
    case 'director':
      return true;
    case 'gridWorker':
      return c.handlerId === users[0] || c.gridId === d.grid1.id;
    case 'mediator':
      return c.handlerId === users[1] || c.handlingUnitId === d.department.id || c.intakeUnitId === d.department.id;
  }
}

function matches(f: KpiFilter, c: GenCase): boolean {
  return (
    (!f.category || c.category === f.category || c.subcategory === f.category) &&
    (!f.channel || c.channel === f.channel) &&
    (!f.streetId || c.streetId === f.streetId) &&
    (!f.communityId || c.communityId === f.communityId) &&
    (!f.gridId || c.gridId === f.gridId) &&
    (!f.handlerId || c.handlerId === f.handlerId) &&
    (!f.departmentId || c.handlingUnitId === f.departmentId)
  );
}

function reference(kind: keyof typeof scopes, f: KpiFilter): KpiCaseFacts[] {
  const keep = new Set(cases.filter((c) => visibleIn(kind, c) && matches(f, c)).map((c) => c.id));
  return populationFacts(cases).filter((x) => keep.has(x.id));
}

async function compare(kind: keyof typeof scopes, f: KpiFilter, period: DayPeriod, groupBy: GroupBy, cfg: KpiConfig) {
  const got = await computeReport(repo, scopes[kind], f, period, groupBy, cfg, TODAY);
  const facts = reference(kind, f);
  const w = windowOf(period, cfg.cal.utcOffsetMinutes);
  expect(got.total).toEqual(computeKpis(facts, w, cfg));
  expect(got.groups).toEqual(groupKpis(facts, period, groupBy, cfg));
  return { got, facts };
}

const filters = (): fc.Arbitrary<KpiFilter> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constant({}) },
    fc.constantFrom<KpiFilter>({ channel: 'hotline' }, { category: 'neighbour' }, { category: SUBCATEGORY }),
    fc.constantFrom('streetId', 'communityId', 'gridId', 'handlerId', 'departmentId').map((k): KpiFilter => {
      const v = { streetId: d.streetA.id, communityId: d.communityA.id, gridId: d.grid2.id, handlerId: users[1]!, departmentId: d.department.id }[k];
      return { [k]: v };
    }),
  );

const periods = (): fc.Arbitrary<DayPeriod> =>
  fc
    .tuple(fc.integer({ min: 0, max: 420 }), fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 420 })))
    .map(([start, len]) => ({ from: addDays('2025-11-01', start), to: addDays('2025-11-01', start + len) }));

beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-29T10:00:00+08:00' });
  d = await makeDistrict(t.ctx);
  users = [(await makeUser(t.ctx, 'kpi-u1', [{ role: 'grid_worker', unitId: d.grid1.id }])).id, (await makeUser(t.ctx, 'kpi-u2', [{ role: 'mediator', unitId: d.department.id }])).id];
  await t.database.db
    .insertInto('categories')
    .values({ code: SUBCATEGORY, parent_code: 'neighbour', name_zh: '噪声扰民', name_en: 'Noise', handling_days: 10, sort: 99 })
    .execute();
  const grant = (role: Scope['grants'][number]['role'], u: { id: string; kind: string; path: string }) => ({ role, unitId: u.id, unitKind: u.kind as never, unitPath: u.path });
  scopes = {
    admin: { userId: users[0]!, grants: [grant('admin', d.district)] },
    director: { userId: users[0]!, grants: [grant('director', d.center)] },
    gridWorker: { userId: users[0]!, grants: [grant('grid_worker', d.grid1)] },
    mediator: { userId: users[1]!, grants: [grant('mediator', d.department)] },
  };
  cases = generatePopulation(20261129, 420, { center: d.center.id, department: d.department.id, grids: [[d.grid1.id, d.communityA.id, d.streetA.id], [d.grid2.id, d.communityA.id, d.streetA.id], [d.gridB.id, d.communityB.id, d.streetB.id]], users }, SHIPPED, SUBCATEGORY);
  await insertPopulation(t.database.db, cases, d.center.id);
  repo = new KpiRepository(t.database.readDb, { concurrent: TEST_ENGINE === 'postgres' });
}, 120_000);
afterAll(() => t?.close());

describe(`SQL KPIs equal the pure reference (${TEST_ENGINE})`, () => {
  it('keeps one facts row per case, maintained by the triggers', async () => {
    const n = await sql<{ cases: number; facts: number }>`SELECT (SELECT count(*) FROM cases)::int AS cases, (SELECT count(*) FROM kpi_case_facts)::int AS facts`.execute(t.database.db);
    expect(n.rows[0]).toEqual({ cases: cases.length, facts: cases.length });
  });

  it('on the whole range, in total and by every grouping', async () => {
    const cfg = { cal: SHIPPED, responseBudget: BUDGETS[0]! };
    for (const groupBy of GROUP_BYS) await compare('admin', {}, { from: '2025-11-01', to: '2027-01-31' }, groupBy, cfg);
  });

  it('for random periods, groupings, filters, scopes and response budgets', async () => {
    await fc.assert(
      fc.asyncProperty(periods(), fc.constantFrom(...GROUP_BYS), filters(), fc.constantFrom('admin', 'gridWorker', 'mediator', 'director') as fc.Arbitrary<keyof typeof scopes>, fc.constantFrom(...BUDGETS), async (period, groupBy, f, kind, budget) => {
        await compare(kind, f, period, groupBy, { cal: SHIPPED, responseBudget: budget });
      }),
      { numRuns: 40, seed: 7 },
    );
  }, 300_000);

  it('lists, for every drill-down set, exactly the cases the figure counts', async () => {
    const metrics = [...DRILL_METRICS.filter((m) => m !== 'followUpLate'), 'byChannel:hotline', 'byCategory:neighbour', 'byStatus:handling'];
    await fc.assert(
      fc.asyncProperty(periods(), fc.constantFrom(...metrics), filters(), fc.constantFrom('admin', 'gridWorker', 'mediator') as fc.Arbitrary<keyof typeof scopes>, fc.constantFrom(...BUDGETS), async (period, name, f, kind, budget) => {
        const cfg = { cal: SHIPPED, responseBudget: budget };
        const w = windowOf(period, SHIPPED.utcOffsetMinutes);
        const metric = parseDrillMetric(name)!;
        const expected = reference(kind, f)
          .filter((x) => inDrillSet(x, metric, w, cfg))
          .sort((a, b) => b.registeredAt.getTime() - a.registeredAt.getTime() || (a.id < b.id ? 1 : -1))
          .map((x) => x.id);
        const first = await repo.facts.drill(scopes[kind], f, { window: w, metric, responseBudget: budget, limit: 7 });
        expect(first.total).toBe(expected.length);
        expect(first.rows.map((r) => r.id)).toEqual(expected.slice(0, 7));
        if (expected.length > 7) {
          const last = first.rows[6]!;
          const next = await repo.facts.drill(scopes[kind], f, { window: w, metric, responseBudget: budget, limit: 7, after: { registeredAt: new Date(last.registered_at), id: last.id } });
          expect(next.rows.map((r) => r.id)).toEqual(expected.slice(7, 14));
        }
      }),
      { numRuns: 40, seed: 11 },
    );
  }, 300_000);

  it('and each drill-down total is its figure of the report', async () => {
    const period = { from: '2026-01-01', to: '2026-06-30' };
    const cfg = { cal: SHIPPED, responseBudget: BUDGETS[0]! };
    const w = windowOf(period, SHIPPED.utcOffsetMinutes);
    const { total: k } = await computeReport(repo, scopes.admin, {}, period, 'none', cfg, TODAY);
    const count = async (name: string) => (await repo.facts.drill(scopes.admin, {}, { window: w, metric: parseDrillMetric(name)!, responseBudget: cfg.responseBudget, limit: 1 })).total;
    const expected: Record<string, number> = {
      registered: k.registered,
      accepted: k.accepted,
      concluded: k.concluded,
      resolved: k.resolved,
      responded: k.bases.responded,
      respondedOnTime: k.bases.respondedOnTime,
      respondedLate: k.bases.responded - k.bases.respondedOnTime,
      concludedInPeriod: k.bases.concludedInPeriod,
      resolvedInPeriod: k.bases.resolvedInPeriod,
      rebounded: k.bases.rebounded,
      rated: k.bases.rated,
      satisfied: k.bases.satisfied,
      notSatisfied: k.bases.rated - k.bases.satisfied,
      dissatisfied: k.bases.dissatisfied,
      'byChannel:hotline': k.byChannel.hotline ?? 0,
      'byStatus:archived': k.byStatus.archived ?? 0,
    };
    for (const [name, n] of Object.entries(expected)) expect([name, await count(name)]).toEqual([name, n]);
    expect(expected.rebounded).toBeGreaterThan(0);
    expect(expected.respondedLate).toBeGreaterThan(0);
  });

  it('follows case changes: a transition, a reassignment, a new linked case, money, a deletion', async () => {
    const db = t.database.db;
    const period = { from: '2025-11-01', to: '2027-01-31' };
    const cfg = { cal: SHIPPED, responseBudget: BUDGETS[0]! };
    const open = cases.find((c) => c.status === 'handling' && !c.linkedTo && !cases.some((x) => x.linkedTo === c.id))!;
    const at = new Date(Math.max(...open.events.map((e) => e.at.getTime())) + 3_600_000);
    // resolve it (row and event, as the case engine does), move it to another handler, record money
    await db.updateTable('cases').set({ status: 'resolved', assignee_id: users[1]!, money_recovered_fen: 12_345, updated_at: at }).where('id', '=', open.id).execute();
    await db.insertInto('case_events').values({ case_id: open.id, seq: open.events.length + 1, type: 'resolved', at, actor_name: 'test', data: '{}' }).execute();
    open.events.push({ seq: open.events.length + 1, type: 'resolved', at, data: {} });
    Object.assign(open, { status: 'resolved', handlerId: users[1]!, money: 12_345 });
    // a new case linking to it 10 days later: a rebound
    const rebound: GenCase = { ...open, id: crypto.randomUUID(), registeredAt: new Date(at.getTime() + 10 * 86_400_000), status: 'registered', money: 0, linkedTo: open.id, events: [] };
    rebound.events = [{ seq: 1, type: 'registered', at: rebound.registeredAt, data: {} }];
    await insertPopulation(db, [rebound], d.center.id);
    cases.push(rebound);
    const { facts } = await compare('admin', {}, period, 'handler', cfg);
    expect(facts.find((f) => f.id === open.id)!.linkedRegistrations).toEqual([rebound.registeredAt]);
    // deleting the linking case takes the rebound back
    await db.deleteFrom('case_events').where('case_id', '=', rebound.id).execute();
    await db.deleteFrom('cases').where('id', '=', rebound.id).execute();
    cases.pop();
    await compare('admin', {}, period, 'none', cfg);
    const row = await sql<{ rebounded: boolean }>`SELECT rebounded FROM kpi_case_facts WHERE id = ${open.id}`.execute(db);
    expect(row.rows[0]!.rebounded).toBe(false);
  });

  it('follows an edit of the working calendar (a new holiday, then its removal)', async () => {
    const db = t.database.db;
    const period = { from: '2026-05-01', to: '2026-07-31' };
    const budget = BUDGETS[0]!;
    const withHoliday: WorkingCalendar = createWorkingCalendar([...SHIPPED_CALENDAR, { date: '2026-06-10', kind: 'holiday', name: '测试假日' }]);
    const officeMs = async () => (await sql<{ ms: number }>`SELECT sum(duration_working_ms)::float8 AS ms FROM kpi_case_facts`.execute(db)).rows[0]!.ms;
    const plain = await officeMs();
    await db.insertInto('calendar_days').values({ date: '2026-06-10', kind: 'holiday', name: '测试假日' }).execute();
    await compare('admin', {}, period, 'month', { cal: withHoliday, responseBudget: budget });
    // the day off shortened the spans across it: 9 office hours each
    const shortened = plain - (await officeMs());
    expect(shortened).toBeGreaterThan(0);
    expect(shortened % (9 * 3_600_000)).toBe(0);
    await db.deleteFrom('calendar_days').where('date', '=', '2026-06-10').execute();
    await compare('admin', {}, period, 'month', { cal: SHIPPED, responseBudget: budget });
    expect(await officeMs()).toBe(plain);
  });
});
