import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Config } from '../config.js';
import { lockDataDir } from './lock.js';
import type { DB } from './schema.js';

// int8 (counts, bigserial ids) as numbers and dates as plain 'YYYY-MM-DD' strings,
// the same on both engines (PGlite speaks the wire protocol through pg).
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1082, (v) => v);

export type Engine = 'embedded' | 'postgres';

export interface Database {
  db: Kysely<DB>;
  /** Where heavy read-only queries (dashboards) go; the primary when no replica is configured. */
  readDb: Kysely<DB>;
  engine: Engine;
  close(): Promise<void>;
}

export class DatabaseUnavailableError extends Error {}

type DbConfig = Config['database'] | { kind: 'memory' };

/** Opens the configured database: embedded PGlite in a locked data dir, or PostgreSQL by URL. */
export async function openDatabase(config: DbConfig): Promise<Database> {
  if (config.kind === 'postgres') return openPostgres(config);
  const dataDir = config.kind === 'memory' ? 'memory://' : config.dataDir;
  const unlock = config.kind === 'embedded' ? await lockDataDir(config.dataDir) : async () => {};
  try {
    // Bundled extensions must be passed on every open, not only at creation.
    const pglite = await PGlite.create(dataDir, { extensions: { pg_trgm } });
    const pool = new pg.Pool(createPgConfig(pglite));
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return {
      db,
      readDb: db,
      engine: 'embedded',
      async close() {
        await db.destroy();
        await pglite.close();
        await unlock();
      },
    };
  } catch (err) {
    await unlock();
    throw err;
  }
}

async function openPostgres(config: Extract<DbConfig, { kind: 'postgres' }>): Promise<Database> {
  const ssl = config.ssl === 'disable' ? false : { rejectUnauthorized: config.ssl === 'verify-full' };
  const primaryPool = new pg.Pool({ connectionString: config.url, max: config.poolMax, ssl, connectionTimeoutMillis: 10_000 });
  primaryPool.on('error', () => {}); // idle-client errors surface on the next query instead of crashing
  try {
    const client = await primaryPool.connect();
    client.release();
  } catch (err) {
    await primaryPool.end();
    const e = err as NodeJS.ErrnoException;
    throw new DatabaseUnavailableError(`Cannot connect to PostgreSQL at ${redactUrl(config.url)}: ${e.code ?? ''} ${e.message}`.trim());
  }
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: primaryPool }) });
  let readDb = db;
  if (config.readUrl) {
    const readPool = new pg.Pool({ connectionString: config.readUrl, max: config.poolMax, ssl });
    readPool.on('error', () => {});
    readDb = new Kysely<DB>({ dialect: new PostgresDialect({ pool: readPool }) });
  }
  return {
    db,
    readDb,
    engine: 'postgres',
    async close() {
      if (readDb !== db) await readDb.destroy();
      await db.destroy();
    },
  };
}

/** A URL fit for a log line: no password. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable URL)';
  }
}
