import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from '../../src/db/database.js';
import { openDatabase } from '../../src/db/database.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import type { DB } from '../../src/db/schema.js';

/** The engine under test: PostgreSQL when TEST_DATABASE_URL is set, embedded PGlite otherwise. */
export const TEST_ENGINE: 'embedded' | 'postgres' = process.env.TEST_DATABASE_URL ? 'postgres' : 'embedded';

/**
 * A fresh, migrated database of its own for one test file: an in-memory PGlite
 * loaded from the migrated template, or a new database on the PostgreSQL server,
 * dropped again on close.
 */
export async function createTestDatabase(): Promise<Database> {
  if (TEST_ENGINE === 'postgres') return createPostgresDatabase(process.env.TEST_DATABASE_URL!);
  const dump = readFileSync(join(process.cwd(), 'tmp', 'test-template', 'migrated.tar'));
  const pglite = await PGlite.create({ loadDataDir: new Blob([dump]), extensions: { pg_trgm } });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: new pg.Pool(createPgConfig(pglite)) }) });
  await migrateToLatest(db);
  return {
    db,
    readDb: db,
    engine: 'embedded',
    async close() {
      await db.destroy();
      await pglite.close();
    },
  };
}

async function createPostgresDatabase(adminUrl: string): Promise<Database> {
  const name = `concord_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString(), ssl: 'disable', poolMax: 5 });
  await migrateToLatest(database.db);
  return {
    ...database,
    async close() {
      await database.close();
      await dropDatabase(adminUrl, name);
    },
  };
}

/**
 * Drops a test database. FORCE cannot end an autovacuum worker for a role that is not a
 * superuser (CI's test role is not), so a busy database is retried for a few seconds; a
 * database left behind in the throwaway cluster harms nothing, so that never fails a test.
 */
async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const a = new pg.Client({ connectionString: adminUrl });
  await a.connect();
  try {
    for (let attempt = 0; attempt < 25; attempt++) {
      try {
        await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        return;
      } catch (err) {
        const code = (err as { code?: string }).code;
        if (code !== '42501' && code !== '55006') throw err;
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    console.warn(`test database ${name} left behind: still in use`);
  } finally {
    await a.end();
  }
}
