import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_USERNAMES, generateDistrict } from '../../src/demo/district.js';
import { DEMO_PASSWORD, seedDemo, seedDemoIfWanted } from '../../src/demo/seed.js';
import { type Agent, createTestApp, login, type TestApp } from '../support/app.js';

describe('demo district', () => {
  let t: TestApp;
  let keys: Map<string, string>;
  const count = async (query: ReturnType<typeof sql<{ n: number }>>) => Number((await query.execute(t.database.db)).rows[0]!.n);

  beforeAll(async () => {
    t = await createTestApp();
    keys = await seedDemo(t.database.db, generateDistrict(), t.clock.now());
  });
  afterAll(() => t.close());

  it('has one district with about 15 streets and towns, 80 communities and exactly 997 grids', async () => {
    expect(await count(sql`SELECT count(*)::int AS n FROM org_units WHERE kind = 'district'`)).toBe(1);
    const streets = await count(sql`SELECT count(*)::int AS n FROM org_units WHERE kind IN ('street','town')`);
    expect(streets).toBeGreaterThanOrEqual(12);
    expect(streets).toBeLessThanOrEqual(18);
    expect(await count(sql`SELECT count(*)::int AS n FROM org_units WHERE kind = 'community'`)).toBe(80);
    expect(await count(sql`SELECT count(*)::int AS n FROM org_units WHERE kind = 'grid'`)).toBe(997);
    // The tree is consistent: every grid lies under a community, under a street or town, under the district.
    const wrong = await count(sql`
      SELECT count(*)::int AS n FROM org_units g
      JOIN org_units c ON c.id = g.parent_id
      JOIN org_units s ON s.id = c.parent_id
      JOIN org_units d ON d.id = s.parent_id
      WHERE g.kind = 'grid' AND NOT (c.kind = 'community' AND s.kind IN ('street','town') AND d.kind = 'district' AND g.path = c.path || g.id || '/' AND g.depth = 3)`);
    expect(wrong).toBe(0);
    expect(await count(sql`SELECT count(*)::int AS n FROM org_units WHERE kind = 'grid' AND parent_id IS NULL`)).toBe(0);
  });

  it('gives every grid its trio: a grid worker, a unit head and a building head', async () => {
    const bad = await count(sql`
      SELECT count(*)::int AS n FROM (
        SELECT g.id, count(m.id) AS members, count(DISTINCT m.role) AS roles,
               bool_and(m.role IN ('grid_worker','unit_head','building_head')) AS known
        FROM org_units g LEFT JOIN grid_members m ON m.grid_id = g.id
        WHERE g.kind = 'grid' GROUP BY g.id
      ) x WHERE members <> 3 OR roles <> 3 OR NOT known`);
    expect(bad).toBe(0);
    expect(await count(sql`SELECT count(*)::int AS n FROM grid_members`)).toBe(997 * 3);
    expect(await count(sql`SELECT count(*)::int AS n FROM grid_members m JOIN org_units u ON u.id = m.grid_id WHERE u.kind <> 'grid'`)).toBe(0);
  });

  it('lets all eight demo accounts sign in with Concord-2026 through the API', async () => {
    expect([...DEMO_USERNAMES].sort()).toEqual(['admin', 'director', 'dispatcher', 'enterprise', 'expert', 'grid', 'mediator', 'property']);
    expect(DEMO_PASSWORD).toBe('Concord-2026');
    for (const username of DEMO_USERNAMES) {
      const agent = await login(t.app, username, 'Concord-2026');
      const me = await agent.get('/api/auth/me');
      expect(me.statusCode, username).toBe(200);
      expect(me.json().username).toBe(username);
      expect(me.json().roles.length, username).toBeGreaterThan(0);
    }
    const wrong = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password: 'concord-2026' } });
    expect(wrong.statusCode).toBe(401);
  });

  it('the grid account is the grid worker of exactly one grid, and sees only that grid', async () => {
    const grid: Agent = await login(t.app, 'grid', DEMO_PASSWORD);
    const me = (await grid.get('/api/auth/me')).json();
    expect(me.roles).toHaveLength(1);
    expect(me.roles[0]).toMatchObject({ role: 'grid_worker', unitKind: 'grid' });
    const gridId = me.roles[0].unitId as string;

    // The trio of that grid names this account as its grid worker, and no other grid does.
    const memberships = await t.database.db.selectFrom('grid_members').selectAll().where('user_id', '=', me.id).execute();
    expect(memberships).toHaveLength(1);
    expect(memberships[0]).toMatchObject({ grid_id: gridId, role: 'grid_worker' });

    const grids = (await grid.get('/api/org/units?kind=grid&limit=100')).json().items as { id: string }[];
    expect(grids.map((g) => g.id)).toEqual([gridId]);
    const unit = await grid.get(`/api/org/units/${gridId}`);
    expect(unit.statusCode).toBe(200);
    const ancestors = unit.json().ancestors as { id: string; kind: string }[];
    expect(ancestors.map((a) => a.kind)).toEqual(['district', expect.stringMatching(/^(street|town)$/), 'community']);
    const community = ancestors[2]!.id;
    expect((await grid.get(`/api/org/units?parentId=${community}`)).json().items.map((u: { id: string }) => u.id)).toEqual([gridId]);
    const roots = (await grid.get('/api/org/units')).json().items as { id: string }[];
    expect(roots.map((r) => r.id)).toEqual([keys.get('district')]);
    const streets = (await grid.get(`/api/org/units?parentId=${keys.get('district')}`)).json().items as { id: string }[];
    expect(streets.map((s) => s.id)).toEqual([ancestors[1]!.id]);

    // A neighbouring grid of the same community is refused.
    const sibling = await t.database.db.selectFrom('org_units').select('id').where('parent_id', '=', community).where('id', '!=', gridId).executeTakeFirstOrThrow();
    expect((await grid.get(`/api/org/units/${sibling.id}`)).statusCode).toBe(403);
  });

  it('the admin sees the whole district', async () => {
    const admin = await login(t.app, 'admin', DEMO_PASSWORD);
    const grids = (await admin.get(`/api/org/units?parentId=${keys.get('district')}`)).json().items as { kind: string }[];
    expect(grids.filter((u) => u.kind === 'street' || u.kind === 'town').length).toBeGreaterThanOrEqual(12);
    expect((await admin.get('/api/users?limit=5')).statusCode).toBe(200);
  });

  it('carries the 景泰花园 case as a group case of 531 households sharing the 5万元, all signed and paid', async () => {
    const director = await login(t.app, 'director', DEMO_PASSWORD);
    const c = await t.database.db.selectFrom('cases').select(['id', 'is_group']).where('people_count', '>=', 531).where('description', 'like', '%景泰花园531户%').executeTakeFirstOrThrow();
    expect(c.is_group).toBe(true);
    const summary = (await director.get(`/api/cases/${c.id}/households/summary`)).json() as Record<string, unknown>;
    expect(summary).toMatchObject({ total: 531, steps: { signed: 531, paid: 531 }, paidFen: 5_000_000 });
    const paid = await count(sql<{ n: number }>`SELECT sum(paid_fen) AS n FROM group_households WHERE group_case_id = ${c.id}`);
    expect(paid).toBe(5_000_000);
  });

  it('seeding again on start is a no-op once the district exists', async () => {
    const units = await count(sql`SELECT count(*)::int AS n FROM org_units`);
    const status = await seedDemoIfWanted({ ...t.ctx, config: { ...t.ctx.config, demo: 'on' } });
    expect(status).toMatchObject({ active: true, seededNow: false });
    expect(await count(sql`SELECT count(*)::int AS n FROM org_units`)).toBe(units);
    const off = await seedDemoIfWanted(t.ctx);
    expect(off.active).toBe(false);
  });
});
