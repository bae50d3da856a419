import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { caseFigures, generateCases, type DemoCaseBundle } from '../../src/demo/cases.js';
import { DEMO_KEYS, generateDistrict } from '../../src/demo/district.js';
import { seedDemo } from '../../src/demo/seed.js';
import { createTestDatabase, TEST_ENGINE } from '../support/db.js';

const NOW = new Date('2026-11-29T13:59:26Z');

describe(`demo cases on the ${TEST_ENGINE} database`, () => {
  let database: Database;
  let bundle: DemoCaseBundle;
  let ids: Map<string, string>;
  let seedMs = 0;

  beforeAll(async () => {
    database = await createTestDatabase();
    const district = generateDistrict();
    const t0 = performance.now();
    // seedDemo writes the district and, in the same transaction, its year of cases (here without the extras around `now`).
    ids = await seedDemo(database.db, district, NOW, { extras: false });
    const t1 = performance.now();
    seedMs = t1 - t0;
    // The same deterministic bundle, regenerated to compare with what was written.
    bundle = generateCases(district, ids, { now: NOW });
    const f = caseFigures(bundle);
    console.log(
      `[demo cases, ${TEST_ENGINE}] ${bundle.cases.length} cases (${bundle.parties.length} parties, ${bundle.events.length} events); district and cases seeded in ${Math.round(seedMs)} ms; ` +
        `closure ${(f.closureRate * 100).toFixed(1)}%, resolution ${(f.resolutionRate * 100).toFixed(1)}%, open ${f.open}`,
    );
  }, 240_000);

  afterAll(async () => {
    await database?.close();
  });

  it('writes every row of the bundle', async () => {
    const db = database.db;
    const count = async (table: 'parties' | 'cases' | 'case_parties' | 'case_events' | 'case_deadlines' | 'case_sequences') =>
      Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    expect(await count('parties')).toBe(bundle.parties.length);
    expect(await count('cases')).toBe(bundle.cases.length);
    expect(await count('case_parties')).toBe(bundle.caseParties.length);
    expect(await count('case_events')).toBe(bundle.events.length);
    expect(await count('case_deadlines')).toBe(bundle.deadlines.length);
    expect(await count('case_sequences')).toBe(bundle.sequences.length);
    const byStatus = await db.selectFrom('cases').select(['status', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('status').execute();
    expect(Object.fromEntries(byStatus.map((r) => [r.status, Number(r.n)]))).toEqual(caseFigures(bundle).byStatus);
  });

  it('joins a sample case with its units, people, parties, timeline and deadlines', async () => {
    const db = database.db;
    const sample = bundle.cases.find((c) => c.status === 'archived' && c.grid_id && c.handling_unit_id)!;
    const row = await db
      .selectFrom('cases as c')
      .innerJoin('org_units as center', 'center.id', 'c.center_id')
      .innerJoin('org_units as street', 'street.id', 'c.street_id')
      .innerJoin('org_units as grid', 'grid.id', 'c.grid_id')
      .innerJoin('org_units as unit', 'unit.id', 'c.handling_unit_id')
      .innerJoin('users as assignee', 'assignee.id', 'c.assignee_id')
      .innerJoin('categories as cat', 'cat.code', 'c.category')
      .select(['c.code', 'c.title', 'c.status', 'c.version', 'center.name as centerName', 'center.case_code_prefix as prefix', 'street.kind as streetKind', 'grid.kind as gridKind', 'unit.name as unitName', 'assignee.display_name as assigneeName', 'cat.name_zh as categoryName'])
      .where('c.id', '=', sample.id!)
      .executeTakeFirstOrThrow();
    expect(row.code).toBe(sample.code);
    expect(row.gridKind).toBe('grid');
    expect(['street', 'town']).toContain(row.streetKind);
    expect(row.prefix).toBe(sample.code.split('-')[0]);
    expect(row.assigneeName).toBeTruthy();

    const parties = await db
      .selectFrom('case_parties as cp')
      .innerJoin('parties as p', 'p.id', 'cp.party_id')
      .select(['cp.role', 'cp.ordinal', 'p.name', 'p.kind'])
      .where('cp.case_id', '=', sample.id!)
      .orderBy('cp.role')
      .orderBy('cp.ordinal')
      .execute();
    expect(parties.map((p) => p.role)).toEqual(expect.arrayContaining(['applicant', 'respondent']));

    const events = await db.selectFrom('case_events').select(['seq', 'type', 'from_status', 'to_status', 'at', 'data']).where('case_id', '=', sample.id!).orderBy('seq').execute();
    expect(events).toHaveLength(row.version);
    expect(events[0]!.type).toBe('registered');
    expect(events.at(-1)!.type).toBe('archived');
    const routed = events.find((e) => e.type === 'routed')!;
    expect(routed.data).toMatchObject({ unitId: expect.any(String), explanation: expect.stringContaining('分流至') });

    const deadlines = await db.selectFrom('case_deadlines').selectAll().where('case_id', '=', sample.id!).orderBy('kind', 'desc').execute();
    expect(deadlines.map((d) => d.kind)).toEqual(['response', 'handling']);
    expect(deadlines[0]!.met_at).toBeInstanceOf(Date);
  });

  it('finds cases by text, related cases by party, and the 景泰花园 case', async () => {
    const db = database.db;
    const jingtai = await db.selectFrom('cases').select(['code', 'people_count', 'money_recovered_fen', 'judicial_confirmation', 'compound_id']).where('search_text', 'ilike', '%景泰花园531户%').execute();
    expect(jingtai).toHaveLength(1);
    expect(jingtai[0]).toMatchObject({ people_count: 531, money_recovered_fen: 5_000_000, judicial_confirmation: 'confirmed', compound_id: ids.get(DEMO_KEYS.compoundJingtai) });
    const related = await sql<{ party_id: string; n: number }>`
      SELECT cp.party_id, count(DISTINCT cp.case_id)::int AS n FROM case_parties cp JOIN parties p ON p.id = cp.party_id
      WHERE p.kind = 'person' GROUP BY cp.party_id HAVING count(DISTINCT cp.case_id) >= 2`.execute(db);
    expect(related.rows.length).toBeGreaterThan(20);
    const linked = await sql<{ n: number }>`SELECT count(*)::int AS n FROM cases c JOIN cases l ON l.id = c.linked_case_id WHERE l.registered_at < c.registered_at`.execute(db);
    expect(linked.rows[0]!.n).toBeGreaterThan(0);
  });

  it('leaves the code sequences at the highest code of each center and year', async () => {
    const rows = await sql<{ center_id: string; year: number; last: number; max: number }>`
      SELECT s.center_id, s.year, s.last, max(split_part(c.code, '-', 3)::int) AS max
      FROM case_sequences s JOIN cases c ON c.center_id = s.center_id AND split_part(c.code, '-', 2)::int = s.year
      GROUP BY s.center_id, s.year, s.last`.execute(database.db);
    expect(rows.rows).toHaveLength(bundle.sequences.length);
    for (const r of rows.rows) expect(r.last).toBe(r.max);
  });
});
