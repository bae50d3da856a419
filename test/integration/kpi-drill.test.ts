import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkingCalendar, SHIPPED_CALENDAR } from '../../src/domain/calendar/index.js';
import { type Agent, createTestApp, login, type TestApp } from '../support/app.js';
import { makeDistrict, makeUser, PASSWORD } from '../support/factories.js';
import { type GenCase, generatePopulation, insertPopulation } from './kpi-population.js';

/** GET /api/kpis/cases: the cases behind a figure, a page at a time; the total is the figure. */

let t: TestApp;
let d: Awaited<ReturnType<typeof makeDistrict>>;
let admin: Agent;
let gridWorker: Agent;
let cases: GenCase[];
const YEAR = 'from=2026-01-01&to=2026-12-31';

beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-29T10:00:00+08:00' });
  d = await makeDistrict(t.ctx);
  const users = [
    (await makeUser(t.ctx, 'drill-admin', [{ role: 'admin', unitId: d.district.id }])).id,
    (await makeUser(t.ctx, 'drill-grid', [{ role: 'grid_worker', unitId: d.grid1.id }])).id,
  ];
  admin = await login(t.app, 'drill-admin', PASSWORD);
  gridWorker = await login(t.app, 'drill-grid', PASSWORD);
  cases = generatePopulation(
    7,
    160,
    { center: d.center.id, department: d.department.id, grids: [[d.grid1.id, d.communityA.id, d.streetA.id], [d.grid2.id, d.communityA.id, d.streetA.id], [d.gridB.id, d.communityB.id, d.streetB.id]], users: [users[0]!] },
    createWorkingCalendar(SHIPPED_CALENDAR),
    null,
  );
  await insertPopulation(t.database.db, cases, d.center.id);
}, 120_000);
afterAll(() => t?.close());

const drill = async (agent: Agent, q: string) => {
  const res = await agent.get(`/api/kpis/cases?${q}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { items: { id: string; code: string; status: string; registeredAt: string; categoryName: string; deadline: unknown }[]; nextCursor: string | null; total: number };
};

describe('GET /api/kpis/cases', () => {
  it('lists the cases behind each figure, as many as the figure, shaped like the case list', async () => {
    const k = (await admin.get(`/api/kpis?${YEAR}`)).json().total;
    const figures: [string, number][] = [
      ['registered', k.registered],
      ['accepted', k.accepted],
      ['concluded', k.concluded],
      ['resolved', k.resolved],
      ['respondedOnTime', k.bases.respondedOnTime],
      ['respondedLate', k.bases.responded - k.bases.respondedOnTime],
      ['rebounded', k.bases.rebounded],
      ['satisfied', k.bases.satisfied],
      ['dissatisfied', k.bases.dissatisfied],
      ['notSatisfied', k.bases.rated - k.bases.satisfied],
      ['byChannel:hotline', k.byChannel.hotline],
      ['byCategory:neighbour', k.byCategory.neighbour],
      ['byStatus:archived', k.byStatus.archived],
    ];
    for (const [metric, n] of figures) expect([metric, (await drill(admin, `${YEAR}&metric=${metric}&limit=1`)).total]).toEqual([metric, n]);
    const page = await drill(admin, `${YEAR}&metric=registered&limit=5`);
    expect(page.items[0]).toEqual(
      expect.objectContaining({ id: expect.any(String), code: expect.stringMatching(/^POP-/), categoryName: expect.any(String), status: expect.any(String), deadline: null, gridName: expect.anything() }),
    );
  });

  it('pages newest registration first with a cursor, to the end of the list', async () => {
    const all: string[] = [];
    let cursor: string | null = null;
    let total = 0;
    do {
      const page = await drill(admin, `${YEAR}&metric=resolved&limit=7${cursor ? `&cursor=${cursor}` : ''}`);
      total = page.total;
      all.push(...page.items.map((i) => i.registeredAt));
      cursor = page.nextCursor;
    } while (cursor);
    expect(all.length).toBe(total);
    expect([...all].sort().reverse()).toEqual(all);
  });

  it('narrows to one group of a grouped report, the null group included', async () => {
    const byGrid = (await admin.get(`/api/kpis?${YEAR}&groupBy=grid`)).json().groups as { key: string | null; kpis: { registered: number } }[];
    for (const g of byGrid) {
      const key = g.key ?? '~';
      expect((await drill(admin, `${YEAR}&metric=registered&groupBy=grid&groupKey=${key}&limit=1`)).total).toBe(g.kpis.registered);
    }
    const byMonth = (await admin.get(`/api/kpis?${YEAR}&groupBy=month`)).json().groups as { key: string; kpis: { accepted: number } }[];
    const march = byMonth.find((g) => g.key === '2026-03')!;
    expect((await drill(admin, `${YEAR}&metric=accepted&groupBy=month&groupKey=2026-03`)).total).toBe(march.kpis.accepted);
  });

  it('lists only what the caller may see, and takes the same filters', async () => {
    const mine = await drill(gridWorker, `${YEAR}&metric=registered&limit=200`);
    const visible = cases.filter((c) => c.gridId === d.grid1.id && c.registeredAt >= new Date('2026-01-01T00:00:00+08:00') && c.registeredAt < new Date('2027-01-01T00:00:00+08:00'));
    expect(mine.total).toBe(visible.length);
    expect(new Set(mine.items.map((i) => i.id))).toEqual(new Set(visible.map((c) => c.id)));
    const filtered = await drill(admin, `${YEAR}&metric=registered&channel=hotline&limit=1`);
    expect(filtered.total).toBe((await drill(admin, `${YEAR}&metric=byChannel:hotline&limit=1`)).total);
  });

  it('refuses bad input with a 400 naming the field', async () => {
    const field = async (q: string) => {
      const res = await admin.get(`/api/kpis/cases?${q}`);
      expect(res.statusCode, `${q}: ${res.body}`).toBe(400);
      return Object.keys(res.json().error.fields ?? {});
    };
    expect(await field('from=2026-03-01&to=2026-02-01&metric=registered')).toContain('to');
    expect(await field(`${YEAR}&metric=closureRate`)).toContain('metric');
    expect(await field(`${YEAR}&metric=byChannel:pigeon`)).toContain('metric');
    expect(await field(`${YEAR}&metric=byCategory:nonesuch`)).toContain('metric');
    expect(await field(`${YEAR}&metric=registered&groupBy=colour&groupKey=red`)).toContain('groupBy');
    expect(await field(`${YEAR}&metric=registered&groupBy=grid`)).toContain('groupKey');
    expect(await field(`${YEAR}&metric=registered&groupKey=2026-03`)).toContain('groupKey');
    expect(await field(`${YEAR}&metric=registered&groupBy=month&groupKey=2025-03`)).toContain('groupKey');
    expect(await field(`${YEAR}&metric=registered&groupBy=grid&groupKey=not-a-unit`)).toContain('groupKey');
    expect(await field(`${YEAR}&metric=registered&cursor=bm9wZQ`)).toContain('cursor');
    expect(await field(`${YEAR}&metric=registered&limit=0`)).toContain('limit');
  });

  it('refuses a unit filter outside the caller’s scope with 403, and needs a login', async () => {
    const res = await gridWorker.get(`/api/kpis/cases?${YEAR}&metric=registered&streetId=${d.streetB.id}`);
    expect(res.statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: `/api/kpis/cases?${YEAR}&metric=registered` })).statusCode).toBe(401);
  });

  it('is described in the OpenAPI document', async () => {
    const op = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json().paths['/api/kpis/cases'].get;
    expect(op.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['metric', 'groupBy', 'groupKey', 'cursor', 'limit', 'from', 'to', 'gridId']));
  });
});
