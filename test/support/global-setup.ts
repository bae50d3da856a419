import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { migrateToLatest } from '../../src/db/migrate.js';

export const TEMPLATE_DIR = join(process.cwd(), 'tmp', 'test-template');

/**
 * Embedded engine: initdb + migrations once, dumped to a file that every test file
 * loads (2 s instead of 10 s each). PostgreSQL engine: nothing to prepare here.
 */
export default async function setup() {
  if (process.env.TEST_DATABASE_URL) return;
  const pglite = await PGlite.create('memory://', { extensions: { pg_trgm } });
  const db = new Kysely<unknown>({ dialect: new PostgresDialect({ pool: new pg.Pool(createPgConfig(pglite)) }) });
  await migrateToLatest(db);
  await db.destroy();
  const dump = await pglite.dumpDataDir('none');
  await pglite.close();
  mkdirSync(TEMPLATE_DIR, { recursive: true });
  writeFileSync(join(TEMPLATE_DIR, 'migrated.tar'), Buffer.from(await dump.arrayBuffer()));
}
