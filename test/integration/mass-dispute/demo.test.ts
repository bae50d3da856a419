import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_KEYS, generateDistrict } from '../../../src/demo/district.js';
import { DEMO_PASSWORD, seedDemo } from '../../../src/demo/seed.js';
import { MASS_DEMO_CLUSTER } from '../../../src/demo/seed-mass.js';
import { createTestApp, login, type TestApp } from '../../support/app.js';
import { DAY, signal, warningOf } from './helpers.js';

describe('demo: a recent 涉众 cluster at 明德花园, and compounds from addresses', () => {
  let t: TestApp;
  let ids: Map<string, string>;
  beforeAll(async () => {
    t = await createTestApp({ now: '2026-11-25T10:30:00+08:00' });
    ids = await seedDemo(t.database.db, generateDistrict(), t.clock.now());
  }, 240_000);
  afterAll(() => t.close());

  it('every demo case whose address names a compound of its community has it as compound_id', async () => {
    const missing = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM cases c JOIN compounds k ON k.community_id = c.community_id AND strpos(c.address, k.name) > 0
      WHERE c.compound_id IS NULL`.execute(t.database.db);
    expect(missing.rows[0]!.n).toBe(0);
    const set = await sql<{ n: number }>`SELECT count(*)::int AS n FROM cases WHERE compound_id IS NOT NULL`.execute(t.database.db);
    expect(set.rows[0]!.n).toBeGreaterThan(1000);
  });

  it('five open property cases against one company at 明德花园 in the last two weeks, not gathered, 37 people', async () => {
    const now = t.clock.now().getTime();
    const cluster = await t.database.db
      .selectFrom('cases')
      .select(['id', 'status', 'registered_at', 'people_count', 'group_case_id', 'category', 'compound_id'])
      .where('description', 'in', MASS_DEMO_CLUSTER.map((c) => c.description))
      .orderBy('registered_at')
      .execute();
    expect(cluster.map((r) => r.status)).toEqual(MASS_DEMO_CLUSTER.map((c) => c.status));
    expect(cluster.reduce((n, r) => n + r.people_count, 0)).toBe(37);
    for (const r of cluster) {
      expect(r).toMatchObject({ category: 'property_management', group_case_id: null, compound_id: ids.get(DEMO_KEYS.compoundMingde) });
      const age = now - new Date(r.registered_at).getTime();
      expect(age).toBeGreaterThan(0);
      expect(age).toBeLessThan(14 * DAY);
    }

    const dispatcher = await login(t.app, 'dispatcher', DEMO_PASSWORD);
    const w = await warningOf(dispatcher, cluster.at(-1)!.id);
    const s = signal(w, 'compound')!;
    expect(w.warn).toBe(true);
    expect(s.caseCount).toBeGreaterThanOrEqual(5);
    expect(s.peopleCount).toBeGreaterThanOrEqual(37);
    expect(s.reason).toMatch(/^同一小区『明德花园』30 日内 \d+ 件，涉及 \d+ 人$/);
    // the respondent — the property company — links them too
    expect(signal(w, 'respondent')!.warn).toBe(true);
  });
});
