/**
 * The KPI scenario at scale (BENCH_SCALE=1000000 npm run bench, PostgreSQL only): the demo
 * district (997 grids, its staff and units) with BENCH_SCALE generated cases spread over five
 * years up to the bench's NOW — about 200,000 a year, a very busy district — with realistic
 * mixes of channels, categories, response times, outcomes, ratings, reopenings and rebounds.
 * Times the dashboard's calls for the last year of the whole district (GET /api/kpis in total
 * and by month, street and category; the first page of a drill-down) as the director, beside
 * a plain `SELECT count(*)` over the same year's cases in the same run.
 *
 * Cases and their timelines are generated in SQL (generate_series) with the KPI triggers off,
 * then the facts are built in one statement by kpi_refresh_facts(NULL) — the migration's
 * backfill — so the backfill is timed too.
 */
import { type Kysely, sql } from 'kysely';
import type { DB } from '../src/db/schema.js';
import { NOW, ROUNDS, summarize, time, withDemoYear } from './support.js';

const YEARS = 5;

export async function runKpiScale(scale: number): Promise<void> {
  if (!process.env.BENCH_DATABASE_URL) {
    console.log(`KPI scale bench (BENCH_SCALE=${scale}) skipped: it needs PostgreSQL — set BENCH_DATABASE_URL=postgres://user:pass@host/db (a scratch database is created and dropped).`);
    return;
  }
  await withDemoYear(async ({ database, app, seedMs, login }) => {
    const db = database.db;
    console.log(`Concord KPI bench on ${database.engine}: demo district seeded in ${(seedMs / 1000).toFixed(1)} s; generating ${scale.toLocaleString('en')} cases over ${YEARS} years…`);

    let t0 = performance.now();
    await generate(db, scale);
    const genMs = performance.now() - t0;
    t0 = performance.now();
    await sql`SELECT kpi_refresh_facts(NULL)`.execute(db);
    const backfillMs = performance.now() - t0;
    // As autovacuum leaves a table in use: statistics and the visibility map (index-only scans) up to date.
    await sql`VACUUM ANALYZE`.execute(db);
    const counts = (
      await sql<{ cases: number; events: number; facts: number; ratings: number; year: number }>`
      SELECT (SELECT count(*) FROM cases)::int AS cases, (SELECT count(*) FROM case_events)::int AS events,
        (SELECT count(*) FROM kpi_case_facts)::int AS facts, (SELECT count(*) FROM kpi_case_facts WHERE rating_at IS NOT NULL)::int AS ratings,
        (SELECT count(*) FROM cases WHERE registered_at >= ${YEAR.start} AND registered_at < ${YEAR.end})::int AS year`.execute(db)
    ).rows[0]!;
    console.log(
      `generated in ${(genMs / 1000).toFixed(1)} s: ${counts.cases.toLocaleString('en')} cases, ${counts.events.toLocaleString('en')} events; ` +
        `KPI facts backfilled in ${(backfillMs / 1000).toFixed(1)} s (${counts.facts.toLocaleString('en')} facts, ${counts.ratings.toLocaleString('en')} rated); ` +
        `${counts.year.toLocaleString('en')} cases registered in the year ${YEAR.from} – ${YEAR.to}`,
    );

    const director = await login('director');
    const get = (url: string) => async () => {
      const r = await app.inject({ url, headers: director });
      if (r.statusCode !== 200) throw new Error(`${url}: ${r.statusCode} ${r.body.slice(0, 300)}`);
      return r;
    };
    const year = `from=${YEAR.from}&to=${YEAR.to}`;
    const baseline = await time(() => sql`SELECT count(*) FROM cases WHERE registered_at >= ${YEAR.start} AND registered_at < ${YEAR.end}`.execute(db));
    const rows: [string, () => Promise<unknown>][] = [
      ['KPIs of the year, district total (GET /api/kpis)', get(`/api/kpis?${year}`)],
      ['… by month (groupBy=month)', get(`/api/kpis?${year}&groupBy=month`)],
      ['… by street (groupBy=street)', get(`/api/kpis?${year}&groupBy=street`)],
      ['… by category (groupBy=category)', get(`/api/kpis?${year}&groupBy=category`)],
      ['… one street, by community (streetId=…)', get(`/api/kpis?${year}&groupBy=community&streetId=${await firstStreet(db)}`)],
      ['drill-down, first page (metric=registered)', get(`/api/kpis/cases?${year}&metric=registered&limit=20`)],
      ['drill-down, first page (metric=respondedLate)', get(`/api/kpis/cases?${year}&metric=respondedLate&limit=20`)],
      ['drill-down, first page (metric=dissatisfied)', get(`/api/kpis/cases?${year}&metric=dissatisfied&limit=20`)],
    ];
    console.log(`baseline  SELECT count(*) over the year's cases: median ${baseline.median.toFixed(2)} ms, p95 ${baseline.p95.toFixed(2)} ms (${ROUNDS} rounds each)`);
    console.log('query'.padEnd(58) + 'median ms'.padStart(11) + 'p95 ms'.padStart(10) + '× baseline'.padStart(12));
    for (const [name, fn] of rows) {
      const r = await time(fn);
      console.log(name.padEnd(58) + r.median.toFixed(1).padStart(11) + r.p95.toFixed(1).padStart(10) + (r.median / baseline.median).toFixed(1).padStart(12));
    }
    const total = (await (await get(`/api/kpis?${year}`)()).json()).total;
    console.log(
      `year: ${total.registered.toLocaleString('en')} registered, closure ${total.closureRate}, on-time response ${total.onTimeResponseRate}, ` +
        `response median ${total.responseMinutes.median} wm, duration median ${total.durationDays.median} d / p90 ${total.durationDays.p90} d, satisfaction ${total.satisfactionRate}, rebound ${total.reboundRate}`,
    );
    // One write through the triggers at this size: a transition's cost, for the record.
    const writes = summarize(await timeWrites(db));
    console.log(`a case transition with its KPI facts refreshed by the triggers: median ${writes.median.toFixed(2)} ms, p95 ${writes.p95.toFixed(2)} ms`);
  });
}

const YEAR = { from: '2025-11-30', to: '2026-11-29', start: new Date('2025-11-30T00:00:00+08:00'), end: new Date('2026-11-30T00:00:00+08:00') };

async function firstStreet(db: Kysely<DB>): Promise<string> {
  return (await sql<{ id: string }>`SELECT id FROM org_units WHERE kind = 'street' ORDER BY code LIMIT 1`.execute(db)).rows[0]!.id;
}

/**
 * BENCH_SCALE cases in registration order (as a live table grows), their timelines, then
 * the rebound links. Deterministic (setseed). Mixes: channels and categories weighted like
 * the demo year; registered day by day, 85% in office hours; 3% never accepted (withdrawn or
 * still waiting); response ~ exponential, mean 25 calendar minutes; 97% of accepted cases older than a month concluded (78% resolved, 17%
 * referred, 5% withdrawn) after ~ 0.5 + exponential(8) days; 75% rated (88% satisfied, 8%
 * neutral, 4% dissatisfied), half of the dissatisfied reopened and concluded again; 1.5% of
 * new cases link to a case registered up to ~5 days before them (possible rebounds).
 */
export async function generate(db: Kysely<DB>, n: number): Promise<void> {
  const days = YEARS * 365;
  // local midnight (UTC+8) five years before NOW's day
  const start = new Date(Math.floor((NOW.getTime() + 8 * 3_600_000) / 86_400_000 - days) * 86_400_000 - 8 * 3_600_000);
  await sql`SELECT setseed(0.2026)`.execute(db);
  await sql`ALTER TABLE cases DISABLE TRIGGER USER`.execute(db);
  await sql`ALTER TABLE case_events DISABLE TRIGGER USER`.execute(db);
  // Bulk load as a restore does: the secondary indexes are dropped and built again afterwards
  // (the same definitions), which is several times faster than maintaining them row by row.
  const indexes = (
    await sql<{ name: string; def: string }>`
    SELECT indexname AS name, indexdef AS def FROM pg_indexes
    WHERE schemaname = current_schema() AND tablename IN ('cases', 'case_events')
      AND indexname NOT IN (SELECT conname FROM pg_constraint)`.execute(db)
  ).rows;
  for (const i of indexes) await sql`DROP INDEX ${sql.id(i.name)}`.execute(db);
  try {
    await sql`
      CREATE TEMP TABLE bench_grids AS
      SELECT row_number() OVER (ORDER BY g.code) - 1 AS n, g.id AS grid_id, c.id AS community_id, c.parent_id AS street_id
      FROM org_units g JOIN org_units c ON c.id = g.parent_id WHERE g.kind = 'grid'`.execute(db);
    await sql`
      CREATE TEMP TABLE bench_staff AS
      SELECT row_number() OVER (ORDER BY u.username) - 1 AS n, u.id AS user_id, r.unit_id
      FROM users u JOIN user_roles r ON r.user_id = u.id WHERE r.role = 'mediator'`.execute(db);
    const ctx = (
      await sql<{ district: string; center: string; grids: number; staff: number }>`
      SELECT (SELECT id FROM org_units WHERE kind = 'district' LIMIT 1) AS district,
        (SELECT id FROM org_units WHERE kind = 'center' ORDER BY code LIMIT 1) AS center,
        (SELECT count(*) FROM bench_grids)::int AS grids, (SELECT count(*) FROM bench_staff)::int AS staff`.execute(db)
    ).rows[0]!;

    // One plan row per case: every random draw once, the timeline's instants derived from them.
    await sql`
      CREATE TEMP TABLE bench_plan AS
      SELECT i, gen_random_uuid() AS id, reg,
        (ARRAY['window','window','window','hotline','hotline','online','online','grid_report','grid_report','enterprise_station','department_referral','court_referral'])[1 + floor(r_channel * 12)::int] AS channel,
        (ARRAY['neighbour','neighbour','neighbour','property_management','property_management','family','family','labour','labour','tenancy','contract','consumer','damages','business','property_rights','medical','land','environment','other','other'])[1 + floor(r_category * 20)::int] AS category,
        floor(r_grid * ${ctx.grids})::int AS grid_n, floor(r_staff * ${ctx.staff})::int AS staff_n,
        CASE WHEN r_fate < 0.015 THEN 'withdrawn_early' WHEN r_fate < 0.03 OR reg > ${NOW}::timestamptz - interval '2 hours' THEN 'waiting' ELSE 'accepted' END AS fate,
        reg + make_interval(secs => round(-ln(1 - r_accept) * 25 * 60)) AS acc,
        r_conclude, r_outcome, r_rating, r_reopen, r_link, r_money,
        make_interval(secs => round((0.5 + -ln(1 - r_duration) * 8) * 86400)) AS duration
      FROM (
        -- day by day in order; 85% within office hours (08:30–17:30), the rest (online, hotline) at any hour
        SELECT i, ${start}::timestamptz + make_interval(days => (i::bigint * ${days} / ${n})::int,
            secs => round(CASE WHEN random() < 0.85 THEN 30600 + random() * 32400 ELSE random() * 86400 END)) AS reg,
          random() AS r_channel, random() AS r_category, random() AS r_grid, random() AS r_staff, random() AS r_fate,
          random() AS r_accept, random() AS r_conclude, random() AS r_outcome, random() AS r_rating, random() AS r_reopen,
          random() AS r_link, random() AS r_money, random() AS r_duration
        FROM generate_series(0, ${n - 1}) AS i
      ) x`.execute(db);
    await sql`
      CREATE TEMP TABLE bench_case AS
      SELECT p.*, g.grid_id, g.community_id, g.street_id, s.user_id AS assignee_id, s.unit_id AS handling_unit_id,
        -- the first conclusion (if any), and the rating and reopening around it
        CASE WHEN p.fate = 'withdrawn_early' THEN p.reg + interval '3 hours'
             WHEN p.fate = 'accepted' AND p.r_conclude < 0.97 AND p.acc + p.duration < ${NOW}::timestamptz THEN p.acc + p.duration END AS concl,
        CASE WHEN p.fate = 'withdrawn_early' THEN 'withdrawn' WHEN p.r_outcome < 0.78 THEN 'resolved' WHEN p.r_outcome < 0.95 THEN 'referred' ELSE 'withdrawn' END AS outcome,
        CASE WHEN p.r_rating < 0.66 THEN 'satisfied' WHEN p.r_rating < 0.72 THEN 'neutral' WHEN p.r_rating < 0.75 THEN 'dissatisfied' END AS rating
      FROM bench_plan p
      JOIN bench_grids g ON g.n = p.grid_n
      JOIN bench_staff s ON s.n = p.staff_n`.execute(db);

    await sql`
      INSERT INTO cases (id, code, center_id, district_id, street_id, community_id, grid_id, channel, category, title, description, status,
        handling_unit_id, assignee_id, money_recovered_fen, registered_at, accepted_at, concluded_at, updated_at, version)
      SELECT b.id, 'BENCH-' || b.i, ${ctx.center}, ${ctx.district}, b.street_id, b.community_id, b.grid_id, b.channel, b.category, b.category, 'bench', 
        CASE WHEN b.fate = 'waiting' THEN 'registered'
             WHEN b.concl IS NULL THEN 'handling'
             WHEN b.rating = 'dissatisfied' AND b.r_reopen < 0.5 THEN 'resolved'
             WHEN b.concl < ${NOW}::timestamptz - interval '30 days' THEN 'archived' ELSE b.outcome END,
        CASE WHEN b.fate = 'accepted' THEN b.handling_unit_id END, CASE WHEN b.fate = 'accepted' THEN b.assignee_id END,
        CASE WHEN b.concl IS NOT NULL AND b.outcome = 'resolved' AND b.r_money < 0.25 THEN (floor(exp(b.r_money * 40)) * 100)::bigint ELSE 0 END,
        b.reg, CASE WHEN b.fate = 'accepted' THEN b.acc END, b.concl, coalesce(b.concl, b.acc, b.reg), 1
      FROM bench_case b ORDER BY b.i`.execute(db);

    // The timelines: registered, accepted, the conclusion, a rating, and for half the dissatisfied a reopening and a second conclusion.
    await sql`
      INSERT INTO case_events (case_id, seq, type, at, actor_name, data)
      SELECT b.id, e.seq, e.type, e.at, 'bench', e.data
      FROM bench_case b
      CROSS JOIN LATERAL (VALUES
        (1, 'registered', b.reg, '{}'::jsonb, true),
        (2, 'accepted', b.acc, '{}'::jsonb, b.fate = 'accepted'),
        (3, b.outcome, b.concl, '{}'::jsonb, b.concl IS NOT NULL),
        (4, 'feedback', b.concl + interval '2 days', jsonb_build_object('satisfaction', b.rating), b.concl IS NOT NULL AND b.rating IS NOT NULL AND b.concl + interval '2 days' < ${NOW}::timestamptz),
        (5, 'reopened', b.concl + interval '2 days 1 hour', '{}'::jsonb, b.concl IS NOT NULL AND b.rating = 'dissatisfied' AND b.r_reopen < 0.5 AND b.concl + interval '2 days 1 hour' < ${NOW}::timestamptz),
        (6, 'resolved', b.concl + interval '9 days', '{}'::jsonb, b.concl IS NOT NULL AND b.rating = 'dissatisfied' AND b.r_reopen < 0.5 AND b.concl + interval '9 days' < ${NOW}::timestamptz)
      ) AS e(seq, type, at, data, present)
      WHERE e.present
      ORDER BY b.i, e.seq`.execute(db);

    // Rebound links: 1.5% of cases link to one of the 3,000 cases registered before them.
    await sql`
      UPDATE cases c SET linked_case_id = t.id
      FROM bench_case b JOIN bench_case t ON t.i = b.i - 1 - floor(b.r_link * 3000 / 0.015)::int
      WHERE c.id = b.id AND b.r_link < 0.015 AND t.i >= 0`.execute(db);
    for (const t of ['bench_case', 'bench_plan', 'bench_staff', 'bench_grids']) await sql.raw(`DROP TABLE ${t}`).execute(db);
  } finally {
    for (const i of indexes) await sql.raw(i.def).execute(db);
    await sql`ALTER TABLE cases ENABLE TRIGGER USER`.execute(db);
    await sql`ALTER TABLE case_events ENABLE TRIGGER USER`.execute(db);
  }
}

/** Accepts / resolves a few generated cases in transactions, as the case engine does (row update + event). */
async function timeWrites(db: Kysely<DB>): Promise<number[]> {
  const ids = (await sql<{ id: string; seq: number }>`
    SELECT c.id, (SELECT max(seq) FROM case_events e WHERE e.case_id = c.id) AS seq FROM cases c WHERE c.status = 'handling' ORDER BY c.registered_at DESC LIMIT 40`.execute(db)).rows;
  const ms: number[] = [];
  for (const r of ids) {
    const t = performance.now();
    await db.transaction().execute(async (trx) => {
      await sql`UPDATE cases SET status = 'resolved', concluded_at = ${NOW}, updated_at = ${NOW}, version = version + 1 WHERE id = ${r.id}`.execute(trx);
      await sql`INSERT INTO case_events (case_id, seq, type, at, actor_name, data) VALUES (${r.id}, ${r.seq + 1}, 'resolved', ${NOW}, 'bench', '{}')`.execute(trx);
    });
    ms.push(performance.now() - t);
  }
  return ms;
}
