import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaseWorld, caseWorld, ok, register } from '../cases/helpers.js';

type Unit = {
  id: string;
  name: string;
  geometry: [number, number][][];
  households: number | null;
  score: number;
  perThousandHouseholds: number | null;
  figures: { registered: number; open: Record<'high' | 'medium' | 'low' | 'unassessed', number>; highRiskHouseholds: number; activePlans: number; activeHighPlans: number; overdueVisits: number };
};

const rect = (x0: number, y0: number, x1: number, y1: number) => JSON.stringify([[x0, y0], [x1, y0], [x1, y1], [x0, y1]]);

describe('risk heat map (GET /api/kpis/heatmap)', () => {
  let w: CaseWorld;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    w = await caseWorld(); // 2026-03-02 09:00
    const db = w.t.database.db;
    await db.updateTable('org_units').set({ geometry: rect(0, 0, 50, 100), households: 300 }).where('id', '=', w.d.grid1.id).execute();
    await db.updateTable('org_units').set({ geometry: rect(50, 0, 100, 100), households: 200 }).where('id', '=', w.d.grid2.id).execute();
    await db.updateTable('org_units').set({ geometry: rect(100, 0, 200, 100), households: 400 }).where('id', '=', w.d.gridB.id).execute();

    // grid1: two open high, one open medium, one resolved high; grid2: one open low; gridB: one open high
    const mk = async (key: string, gridId: string, risk: string) => {
      const c = await register(w.dispatcher, { gridId, title: `热力图测试${key}` });
      ids[key] = c.id;
      await db.updateTable('cases').set({ risk_level: risk }).where('id', '=', c.id).execute();
    };
    await mk('h1', w.d.grid1.id, 'high');
    await mk('h2', w.d.grid1.id, 'high');
    await mk('m1', w.d.grid1.id, 'medium');
    await mk('done', w.d.grid1.id, 'high');
    await mk('l2', w.d.grid2.id, 'low');
    await mk('hB', w.d.gridB.id, 'high');
    await ok(w.dispatcher, ids.done!, { action: 'withdraw', reason: '当事人自行和解' });

    // #6 data: a high-risk household in grid2 with an active plan whose visit is overdue; an ended plan in grid1
    const now = new Date('2026-03-02T01:00:00Z');
    const hh = await db
      .insertInto('household_profiles')
      .values({ grid_id: w.d.grid2.id, address: '甲一社区2号楼3单元101', head_name: '赵某', members: '[]', risk_level: 'high', created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db.insertInto('household_profiles').values({ grid_id: w.d.grid2.id, address: '甲一社区2号楼3单元102', head_name: '钱某', members: '[]', risk_level: 'low', created_at: now, updated_at: now }).execute();
    const plan = await db
      .insertInto('followup_plans')
      .values({ household_id: hh.id, center_id: w.d.center.id, grid_id: w.d.grid2.id, level: 'high', started_at: now, created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db.insertInto('followup_visits').values({ plan_id: plan.id, seq: 1, due_on: '2026-02-20', status: 'done', level_before: 'high', done_at: now }).execute();
    await db.insertInto('followup_visits').values({ plan_id: plan.id, seq: 2, due_on: '2026-02-27', level_before: 'high' }).execute();
    await db
      .insertInto('followup_plans')
      .values({ case_id: ids.done!, center_id: w.d.center.id, level: 'medium', status: 'ended', started_at: now, created_at: now, updated_at: now })
      .execute();
  });
  afterAll(() => w.t.close());

  const get = async (agent: CaseWorld['director'], url: string) => {
    const res = await agent.get(url);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { level: string; units: Unit[]; maxScore: number; trail: { id: string }[]; definitions: Record<string, { zh: string }> };
  };
  const unit = (units: Unit[], id: string) => units.find((u) => u.id === id)!;

  it('gives each street its figures, its score and an outline drawn from its grids', async () => {
    const map = await get(w.director, '/api/kpis/heatmap?level=street&from=2026-01-01&to=2026-03-31');
    expect(map.units.map((u) => u.name)).toEqual(['甲街道', '乙街道']);
    const a = unit(map.units, w.d.streetA.id);
    expect(a.figures).toEqual({ registered: 5, open: { high: 2, medium: 1, low: 1, unassessed: 0 }, highRiskHouseholds: 1, activePlans: 1, activeHighPlans: 1, overdueVisits: 1 });
    // 5×2 + 2×1 + 1×1 + 3×1 + 2×1
    expect(a.score).toBe(18);
    expect(a.households).toBe(500);
    expect(a.perThousandHouseholds).toBe(36);
    expect(a.geometry).toEqual([JSON.parse(rect(0, 0, 100, 100))]);
    const b = unit(map.units, w.d.streetB.id);
    expect(b.score).toBe(5);
    expect(map.maxScore).toBe(18);
    expect(map.definitions.riskScore!.zh).toContain('风险指数');
  });

  it('drills from a street into its communities and grids', async () => {
    const communities = await get(w.director, `/api/kpis/heatmap?level=community&parentId=${w.d.streetA.id}&from=2026-01-01&to=2026-03-31`);
    expect(communities.units.map((u) => u.id)).toEqual([w.d.communityA.id]);
    expect(communities.trail.map((u) => u.id)).toEqual([w.d.district.id, w.d.streetA.id]);
    const grids = await get(w.director, `/api/kpis/heatmap?level=grid&parentId=${w.d.communityA.id}&from=2026-01-01&to=2026-03-31`);
    const g1 = unit(grids.units, w.d.grid1.id);
    const g2 = unit(grids.units, w.d.grid2.id);
    expect(g1.figures.open).toEqual({ high: 2, medium: 1, low: 0, unassessed: 0 });
    expect(g1.figures.registered).toBe(3 + 1);
    expect(g1.figures.activePlans).toBe(0); // the ended plan does not count
    expect(g1.score).toBe(12);
    expect(g2.figures).toMatchObject({ highRiskHouseholds: 1, activePlans: 1, overdueVisits: 1, open: { low: 1 } });
    expect(g2.score).toBe(1 + 3 + 2);
    expect(g1.geometry).toEqual([JSON.parse(rect(0, 0, 50, 100))]);
  });

  it('counts only the period’s registrations', async () => {
    const map = await get(w.director, '/api/kpis/heatmap?level=street&from=2026-01-01&to=2026-02-28');
    expect(unit(map.units, w.d.streetA.id).figures.registered).toBe(0);
    expect(unit(map.units, w.d.streetA.id).score).toBe(3 + 2); // the household and its overdue visit remain
  });

  it('lists the open high-risk cases behind a grid, as many as its figure', async () => {
    const res = await w.director.get(`/api/kpis/heatmap/cases?unitId=${w.d.grid1.id}&riskLevel=high&from=2026-01-01&to=2026-03-31`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.total).toBe(2);
    expect(body.items.map((c: { id: string }) => c.id).sort()).toEqual([ids.h1, ids.h2].sort());
    expect(body.items.every((c: { riskLevel: string; status: string }) => c.riskLevel === 'high' && c.status === 'registered')).toBe(true);
  });

  it('shows a grid worker only their grid’s cases and follow-ups, and refuses other units (403, audited)', async () => {
    const map = await get(w.grid, '/api/kpis/heatmap?level=grid&from=2026-01-01&to=2026-03-31');
    expect(map.units.map((u) => u.id)).toEqual([w.d.grid1.id]);
    const streets = await get(w.grid, '/api/kpis/heatmap?level=street&from=2026-01-01&to=2026-03-31');
    expect(streets.units.map((u) => u.id)).toEqual([w.d.streetA.id]);
    expect(streets.units[0]!.figures.open).toEqual({ high: 2, medium: 1, low: 0, unassessed: 0 });
    expect(streets.units[0]!.figures.highRiskHouseholds).toBe(0); // grid2's household is not theirs

    const denied = await w.grid.get(`/api/kpis/heatmap?level=grid&parentId=${w.d.communityB.id}`);
    expect(denied.statusCode).toBe(403);
    const deniedCases = await w.grid.get(`/api/kpis/heatmap/cases?unitId=${w.d.gridB.id}`);
    expect(deniedCases.statusCode).toBe(403);
    const audit = await sql<{ n: string }>`SELECT count(*) AS n FROM audit_log WHERE action = 'heatmap.read' AND outcome = 'denied'`.execute(w.t.database.db);
    expect(Number(audit.rows[0]!.n)).toBe(2);
  });

  it('refuses an unknown level, a parent of the wrong kind, an unknown parent and an inverted period (400 naming the field)', async () => {
    const cases: [string, string][] = [
      ['/api/kpis/heatmap?level=household', 'level'],
      [`/api/kpis/heatmap?level=grid&parentId=${w.d.grid1.id}`, 'parentId'],
      [`/api/kpis/heatmap?level=street&parentId=${w.d.streetA.id}`, 'parentId'],
      ['/api/kpis/heatmap?level=grid&parentId=00000000-0000-4000-8000-000000000000', 'parentId'],
      ['/api/kpis/heatmap?level=street&from=2026-03-01&to=2026-02-01', 'to'],
      ['/api/kpis/heatmap/cases?unitId=' + w.d.grid1.id + '&riskLevel=extreme', 'riskLevel'],
    ];
    for (const [url, field] of cases) {
      const res = await w.director.get(url);
      expect(res.statusCode, url).toBe(400);
      expect(res.json().error.fields, url).toHaveProperty(field);
    }
  });

  it('is described in the OpenAPI document with the report route', async () => {
    const doc = (await w.t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.paths['/api/kpis/heatmap'].get.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['level', 'parentId', 'from', 'to']));
    expect(doc.paths['/api/kpis/heatmap/cases'].get.summary).toContain('热力图下钻');
    expect(doc.paths['/api/reports/monthly'].get.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['month', 'centerId', 'format']));
  });
});
