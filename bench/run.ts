/**
 * `npm run bench`: times the queries behind the queues, the dashboard and intake
 * suggestions on the demo year (about 4,000 cases), each beside a baseline measured in
 * the same run — a plain SQL count over the same rows — and reports the ratio. Embedded
 * PGlite by default; BENCH_DATABASE_URL=postgres://… runs it on PostgreSQL (a scratch
 * database is created and dropped there). `npx tsx bench/suggest.ts` breaks intake
 * suggestions down further.
 */
import { sql } from 'kysely';
import { runKpiScale } from './kpi-scale.js';
import { NOW, ROUNDS, time, withDemoYear } from './support.js';

// BENCH_SCALE=1000000 (or --scale=1000000): the KPI scenario at that many cases instead (PostgreSQL; see kpi-scale.ts).
const scale = Number(process.env.BENCH_SCALE ?? process.argv.find((a) => a.startsWith('--scale='))?.slice('--scale='.length) ?? 0);
if (scale > 0) await runKpiScale(scale);
else await withDemoYear(async ({ database, app, seedMs, login }) => {
  const director = await login('director');
  const mediator = await login('mediator');
  const dispatcher = await login('dispatcher');
  const get = (headers: { cookie: string }, url: string) => async () => {
    const r = await app.inject({ url, headers });
    if (r.statusCode !== 200) throw new Error(`${url}: ${r.statusCode} ${r.body.slice(0, 200)}`);
  };
  const post = (headers: { cookie: string }, url: string, payload: object) => async () => {
    const r = await app.inject({ method: 'POST', url, headers, payload });
    if (r.statusCode !== 200) throw new Error(`${url}: ${r.statusCode} ${r.body.slice(0, 200)}`);
  };
  const db = database.db;
  const cases = Number((await sql<{ n: number }>`SELECT count(*)::int AS n FROM cases`.execute(db)).rows[0]!.n);
  const baseline = await time(() => sql`SELECT count(*) FROM cases WHERE registered_at >= ${new Date(NOW.getTime() - 365 * 86_400_000)}`.execute(db));
  const account =
    '我们小区的物业公司今年突然把地面停车费从每月一百元涨到两百元，没有召开业主大会，也没有公示收费依据，业主们多次找物业协商都没有结果，现在物业还说不交就不让车进小区，大家意见很大，想请中心帮忙调解。';

  const rows: [string, () => Promise<unknown>][] = [
    ['center queue, first page (GET /api/cases?limit=20)', get(director, '/api/cases?limit=20')],
    ['overdue filter (GET /api/cases?overdue=true)', get(director, '/api/cases?limit=20&overdue=true')],
    ['search a Chinese word (q=漏水)', get(director, `/api/cases?limit=20&q=${encodeURIComponent('漏水')}`)],
    ['my queue of a mediator (view=mine)', get(mediator, '/api/cases?view=mine&limit=20')],
    ['one case page (GET /api/cases/{id})', async () => {
      const id = (await sql<{ id: string }>`SELECT id FROM cases ORDER BY registered_at DESC LIMIT 1`.execute(db)).rows[0]!.id;
      await get(director, `/api/cases/${id}`)();
    }],
    ['KPIs of the year (GET /api/kpis)', get(director, '/api/kpis?from=2025-11-30&to=2026-11-29')],
    ['KPIs of the year by street', get(director, '/api/kpis?from=2025-11-30&to=2026-11-29&groupBy=street')],
    ['intake suggestion, an account (POST /api/intake/suggest)', post(dispatcher, '/api/intake/suggest', { text: account })],
  ];
  console.log(`Concord bench on ${database.engine}: ${cases} cases (demo year seeded in ${(seedMs / 1000).toFixed(1)} s), ${ROUNDS} rounds each`);
  console.log(`baseline  SELECT count(*) over the year's cases: median ${baseline.median.toFixed(2)} ms, p95 ${baseline.p95.toFixed(2)} ms`);
  console.log('query'.padEnd(58) + 'median ms'.padStart(11) + 'p95 ms'.padStart(10) + '× baseline'.padStart(12));
  for (const [name, fn] of rows) {
    const r = await time(fn);
    console.log(name.padEnd(58) + r.median.toFixed(1).padStart(11) + r.p95.toFixed(1).padStart(10) + (r.median / baseline.median).toFixed(1).padStart(12));
  }
});
