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
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}
