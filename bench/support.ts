/**
 * Shared set-up of the benchmarks: a scratch database (embedded PGlite in memory, or a
 * throw-away database on the PostgreSQL server of BENCH_DATABASE_URL, dropped afterwards)
 * seeded with the demo year, the app over it, and timing helpers.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import pino from 'pino';
import { AppClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { type AppContext, createContext } from '../src/context.js';
import { type Database, openDatabase } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { generateDistrict } from '../src/demo/district.js';
import { seedDemo } from '../src/demo/seed.js';
import { buildApp } from '../src/http/app.js';

export const NOW = new Date('2026-11-29T10:00:00+08:00');
export const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);

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

export interface BenchWorld {
  database: Database;
  ctx: AppContext;
  app: FastifyInstance;
  seedMs: number;
  /** headers of a signed-in demo account: session cookie and CSRF token */
  login(username: string): Promise<{ cookie: string; 'x-csrf-token': string }>;
}

/** Runs `body` against a freshly seeded demo year; always drops the scratch database. */
export async function withDemoYear(body: (w: BenchWorld) => Promise<void>): Promise<void> {
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
      const cookie = r.cookies.find((c) => c.name === 'concord_session');
      if (!cookie) throw new Error(`login ${username}: ${r.statusCode}`);
      return { cookie: `concord_session=${cookie.value}`, 'x-csrf-token': (r.json() as { csrfToken: string }).csrfToken };
    };
    try {
      await body({ database, ctx, app, seedMs, login });
    } finally {
      await app.close();
    }
  } finally {
    await cleanup();
  }
}

export interface Timing {
  median: number;
  p95: number;
  max: number;
  n: number;
}

export function summarize(ms: number[]): Timing {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
  return { median: at(0.5), p95: at(0.95), max: s[s.length - 1]!, n: s.length };
}

/** Times `fn` ROUNDS times after 3 warm-up calls. */
export async function time(fn: () => Promise<unknown>, rounds = ROUNDS): Promise<Timing> {
  for (let i = 0; i < 3; i++) await fn();
  const ms: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  return summarize(ms);
}

/** Times `fn` once per input (after one warm-up pass over a few of them). */
export async function timeEach<T>(inputs: readonly T[], fn: (input: T) => Promise<unknown>): Promise<Timing> {
  for (const input of inputs.slice(0, 5)) await fn(input);
  const ms: number[] = [];
  for (const input of inputs) {
    const t = performance.now();
    await fn(input);
    ms.push(performance.now() - t);
  }
  return summarize(ms);
}
