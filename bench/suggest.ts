/**
 * `npx tsx bench/suggest.ts` (BENCH_DATABASE_URL=postgres://… for PostgreSQL): latency of
 * intake suggestions (POST /api/intake/suggest) on the demo year, per call over many
 * different realistic inputs — held-out corpus accounts of 100–400 characters, with the
 * applicant, respondent and address of a demo case, or a near-repeat of a demo case's
 * account — beside a plain count baseline measured in the same run. Also times each part
 * (model, each related-case read, the 涉众 warning) so that a regression can be placed.
 */
import { sql } from 'kysely';
import { TEST_SPLIT } from '../src/domain/intake/corpus/index.js';
import { assessRisk } from '../src/domain/intake/risk.js';
import { classify } from '../src/domain/intake/classifier.js';
import { IntakeRepository } from '../src/repositories/intake-repository.js';
import type { Actor } from '../src/services/actor.js';
import { suggest, type SuggestInput } from '../src/services/intake/suggest.js';
import { intakeMassWarning } from '../src/services/mass-dispute/warning.js';
import { NOW, type Timing, time, timeEach, withDemoYear } from './support.js';

const INPUTS = Number(process.env.BENCH_INPUTS ?? 120);

/** Held-out accounts joined to 100–400 characters, deterministic. */
function accounts(n: number): string[] {
  const out: string[] = [];
  for (let i = 0; out.length < n; i++) {
    let text = '';
    for (let j = i; [...text].length < 100; j += 37) text += TEST_SPLIT[j % TEST_SPLIT.length]!.text;
    out.push([...text].slice(0, 400).join(''));
  }
  return out;
}

const row = (name: string, t: Timing, baseline: number) =>
  console.log(name.padEnd(58) + t.median.toFixed(2).padStart(10) + t.p95.toFixed(2).padStart(10) + t.max.toFixed(1).padStart(9) + (t.median / baseline).toFixed(1).padStart(11));

await withDemoYear(async ({ database, ctx, app, seedMs, login }) => {
  const db = database.db;
  const cases = Number((await sql<{ n: number }>`SELECT count(*)::int AS n FROM cases`.execute(db)).rows[0]!.n);
  // Demo cases with a person applicant and a respondent: their identifiers are what a clerk types again.
  const demo = (
    await sql<{ description: string; address: string | null; grid_id: string | null; a_name: string; a_id: string | null; a_phone: string | null; r_name: string; r_kind: 'person' | 'organization'; r_uscc: string | null }>`
      SELECT c.description, c.address, c.grid_id, a.name AS a_name, a.id_number AS a_id, a.phone AS a_phone, r.name AS r_name, r.kind AS r_kind, r.uscc AS r_uscc
      FROM cases c
      JOIN case_parties ca ON ca.case_id = c.id AND ca.role = 'applicant' AND ca.ordinal = (SELECT min(ordinal) FROM case_parties x WHERE x.case_id = c.id AND x.role = 'applicant')
      JOIN parties a ON a.id = ca.party_id AND a.kind = 'person'
      JOIN case_parties cr ON cr.case_id = c.id AND cr.role = 'respondent' AND cr.ordinal = (SELECT min(ordinal) FROM case_parties x WHERE x.case_id = c.id AND x.role = 'respondent')
      JOIN parties r ON r.id = cr.party_id
      WHERE c.address IS NOT NULL
      ORDER BY c.code`.execute(db)
  ).rows;
  const pick = Array.from({ length: INPUTS }, (_, i) => demo[Math.floor((i * demo.length) / INPUTS)]!);
  const texts = accounts(INPUTS);
  const parties = (d: (typeof pick)[number]): SuggestInput['parties'] => [
    { role: 'applicant', kind: 'person', name: d.a_name, idNumber: d.a_id, phone: d.a_phone },
    { role: 'respondent', kind: d.r_kind, name: d.r_name, uscc: d.r_uscc },
  ];
  const textOnly: SuggestInput[] = texts.map((text) => ({ text }));
  const typical: SuggestInput[] = pick.map((d, i) => ({ text: texts[i]!, parties: parties(d), address: d.address, gridId: d.grid_id }));
  const repeat: SuggestInput[] = pick.map((d) => ({ text: `${d.description}，现在还是没有解决，又来反映。`, parties: parties(d), address: d.address, gridId: d.grid_id }));

  const dispatcher = await login('dispatcher');
  const grid = await login('grid');
  const post = (headers: { cookie: string }) => async (body: SuggestInput) => {
    const r = await app.inject({ method: 'POST', url: '/api/intake/suggest', headers, payload: body });
    if (r.statusCode !== 200) throw new Error(`suggest: ${r.statusCode} ${r.body.slice(0, 200)}`);
  };
  const user = await db.selectFrom('users').select(['id', 'username', 'display_name']).where('username', '=', 'dispatcher').executeTakeFirstOrThrow();
  const actor: Actor = { userId: user.id, username: user.username, displayName: user.display_name, scope: { userId: user.id, grants: await ctx.repos.users.grantsOf(user.id) }, sessionHash: '', csrfToken: '' };
  const repo = new IntakeRepository(db);
  const baseline = await time(() => sql`SELECT count(*) FROM cases WHERE registered_at >= ${new Date(NOW.getTime() - 365 * 86_400_000)}`.execute(db));

  console.log(`intake suggest bench on ${database.engine}: ${cases} cases (demo year seeded in ${(seedMs / 1000).toFixed(1)} s), ${INPUTS} different inputs per row`);
  console.log(`baseline  SELECT count(*) over the year's cases: median ${baseline.median.toFixed(2)} ms, p95 ${baseline.p95.toFixed(2)} ms`);
  console.log('per call'.padEnd(58) + 'median ms'.padStart(10) + 'p95 ms'.padStart(10) + 'max'.padStart(9) + '× baseline'.padStart(11));
  const b = baseline.median;
  row('model only: classify + risk', await timeEach(typical, async (i) => (classify(i.text), assessRisk(i.text))), b);
  row('service suggest(), text only', await timeEach(textOnly, (i) => suggest({ intake: repo }, actor, i)), b);
  row('service suggest(), text + parties + address', await timeEach(typical, (i) => suggest({ intake: repo }, actor, i)), b);
  row('涉众 warning alone (intake hints)', await timeEach(typical, (i) => intakeMassWarning(db, actor, { ...i, category: null }, NOW, 'zh-CN')), b);
  row('POST /api/intake/suggest {"text"} (dispatcher)', await timeEach(textOnly, post(dispatcher)), b);
  row('POST … text + parties + address (dispatcher)', await timeEach(typical, post(dispatcher)), b);
  row('POST … repeat of a demo account + parties (dispatcher)', await timeEach(repeat, post(dispatcher)), b);
  row('POST … text + parties + address (grid worker)', await timeEach(typical, post(grid)), b);
});

