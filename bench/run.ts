/**
 * `npm run bench`: times the queries behind the queues and the dashboard on the demo
 * year (about 4,000 cases), each beside a baseline measured in the same run — a plain
 * SQL count over the same rows — and reports the ratio. Embedded PGlite by default;
 * BENCH_DATABASE_URL=postgres://… runs it on PostgreSQL (a scratch database is created
 * and dropped there).
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import pino from 'pino';
import { AppClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { createContext } from '../src/context.js';
import { type Database, openDatabase } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { seedDemo } from '../src/demo/seed.js';
import { generateDistrict } from '../src/demo/district.js';
import { buildApp } from '../src/http/app.js';

const NOW = new Date('2026-11-29T10:00:00+08:00');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);

async function open(): Promise<{ database: Database; cleanup: () => Promise<void> }> {
  const url = process.env.BENCH_DATABASE_URL;
  if (!url) {
    const database = await openDatabase({ kind: 'memory' });
    return { database, cleanup: () => database.close() };
  }
  const name = `concord_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const u = new URL(url);
  u.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: u.toString(), ssl: 'disable', poolMax: 5 });
  return {
    database,
    cleanup: async () => {
      await database.close();
      await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

async function time(fn: () => Promise<unknown>): Promise<{ median: number; p90: number }> {
  for (let i = 0; i < 3; i++) await fn(); // warm up
  const ms: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return { median: ms[Math.floor(ms.length / 2)]!, p90: ms[Math.floor(ms.length * 0.9)]! };
}

const { database, cleanup } = await open();
try {
  await migrateToLatest(database.db);
  const t0 = performance.now();
  await seedDemo(database.db, generateDistrict(), NOW);
  const seedMs = performance.now() - t0;
  const clock = new AppClock(() => NOW.getTime());
  const ctx = createContext(loadConfig({ NODE_ENV: 'test', CONCORD_DEMO: 'off', LOG_LEVEL: 'silent' }), database, clock, pino({ level: 'silent' }));
  const app = await buildApp(ctx, { webDist: null });
  const login = async (username: string) => {
    const r = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: 'Concord-2026' } });
    return `concord_session=${r.cookies.find((c) => c.name === 'concord_session')!.value}`;
  };
  const director = await login('director');
  const mediator = await login('mediator');
  const get = (cookie: string, url: string) => async () => {
    const r = await app.inject({ url, headers: { cookie } });
    if (r.statusCode !== 200) throw new Error(`${url}: ${r.statusCode} ${r.body.slice(0, 200)}`);
  };
  const cases = Number((await sql<{ n: number }>`SELECT count(*)::int AS n FROM cases`.execute(database.db)).rows[0]!.n);
  const baseline = await time(() => sql`SELECT count(*) FROM cases WHERE registered_at >= ${new Date(NOW.getTime() - 365 * 86_400_000)}`.execute(database.db));

  const rows: [string, () => Promise<unknown>][] = [
    ['center queue, first page (GET /api/cases?limit=20)', get(director, '/api/cases?limit=20')],
    ['overdue filter (GET /api/cases?overdue=true)', get(director, '/api/cases?limit=20&overdue=true')],
    ['search a Chinese word (q=漏水)', get(director, `/api/cases?limit=20&q=${encodeURIComponent('漏水')}`)],
    ['my queue of a mediator (view=mine)', get(mediator, '/api/cases?view=mine&limit=20')],
    ['one case page (GET /api/cases/{id})', async () => {
      const id = (await sql<{ id: string }>`SELECT id FROM cases ORDER BY registered_at DESC LIMIT 1`.execute(database.db)).rows[0]!.id;
      await get(director, `/api/cases/${id}`)();
    }],
    ['KPIs of the year (GET /api/kpis)', get(director, '/api/kpis?from=2025-11-30&to=2026-11-29')],
    ['KPIs of the year by street', get(director, '/api/kpis?from=2025-11-30&to=2026-11-29&groupBy=street')],
  ];
  console.log(`Concord bench on ${database.engine}: ${cases} cases (demo year seeded in ${(seedMs / 1000).toFixed(1)} s), ${ROUNDS} rounds each`);
  console.log(`baseline  SELECT count(*) over the year's cases: median ${baseline.median.toFixed(2)} ms, p90 ${baseline.p90.toFixed(2)} ms`);
  console.log('query'.padEnd(54) + 'median ms'.padStart(11) + 'p90 ms'.padStart(10) + '× baseline'.padStart(12));
  for (const [name, fn] of rows) {
    const r = await time(fn);
    console.log(name.padEnd(54) + r.median.toFixed(1).padStart(11) + r.p90.toFixed(1).padStart(10) + (r.median / baseline.median).toFixed(1).padStart(12));
  }
  await app.close();
} finally {
  await cleanup();
}
