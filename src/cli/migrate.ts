// `npm run migrate:up` / `npm run migrate:down`: schema migrations by hand.
//
// The server applies pending migrations itself at every start, so `up` is only needed
// to migrate ahead of a start (e.g. before switching traffic to a new version).
// `down` undoes the latest applied migration, one per call — the rollback step of an
// upgrade that went wrong. It can drop tables and their data: back up first
// (docs/backups.md). Uses the same configuration as the server (DATABASE_URL, or the
// embedded database in CONCORD_DATA_DIR, which must not be in use by a running server).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../config.js';
import { DatabaseUnavailableError, openDatabase, redactUrl } from '../db/database.js';
import { DataDirLockedError } from '../db/lock.js';
import { migrateDown, migrateToLatest } from '../db/migrate.js';

const USAGE = 'Usage: tsx src/cli/migrate.ts <up|down>\n  up    apply every pending migration\n  down  undo the latest applied migration';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function main() {
  const command = process.argv[2];
  if (command === '--help' || command === '-h') {
    console.log(USAGE);
    return;
  }
  if (command !== 'up' && command !== 'down') fail(USAGE);

  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) fail(err.message);
    throw err;
  }
  const where = config.database.kind === 'postgres' ? `PostgreSQL ${redactUrl(config.database.url)}` : `the embedded database in ${config.database.dataDir}`;

  if (command === 'down' && config.database.kind === 'embedded' && !existsSync(join(config.database.dataDir, 'PG_VERSION'))) {
    fail(`Nothing to undo: there is no Concord database in ${config.database.dataDir} (check CONCORD_DATA_DIR).`);
  }

  let database;
  try {
    database = await openDatabase(config.database);
  } catch (err) {
    if (err instanceof DataDirLockedError || err instanceof DatabaseUnavailableError) fail(err.message);
    fail(`Cannot open ${where}: ${(err as Error).message}`);
  }

  try {
    if (command === 'up') {
      const applied = await migrateToLatest(database.db);
      console.log(applied.length ? `Applied to ${where}:\n  ${applied.join('\n  ')}` : `Nothing to apply: ${where} is up to date.`);
    } else {
      const undone = await migrateDown(database.db);
      console.log(undone.length ? `Undone on ${where}:\n  ${undone.join('\n  ')}` : `Nothing to undo: no migration is applied on ${where}.`);
    }
  } catch (err) {
    await database.close();
    fail(`Migration ${command} failed on ${where}: ${(err as Error).message}`);
  }
  await database.close();
}

main().catch((err) => {
  console.error((err as Error).stack ?? String(err));
  process.exit(1);
});
