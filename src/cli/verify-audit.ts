import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { ConfigError, loadConfig } from '../config.js';
import { type Database, DatabaseUnavailableError, openDatabase, redactUrl } from '../db/database.js';
import { DataDirLockedError } from '../db/lock.js';
import { AuditRepository } from '../repositories/audit-repository.js';

export interface VerifyAuditResult {
  /** 0: the chain is intact; 1: it is broken, or it could not be checked. */
  exitCode: 0 | 1;
  /** The line(s) to print. */
  output: string;
}

/**
 * `npm run audit:verify`: walks the hash-chained audit log of the configured
 * database (the same environment as the server) and reports the first broken entry.
 * Reads only; never migrates or creates anything.
 */
export async function verifyAuditCommand(env: NodeJS.ProcessEnv = process.env): Promise<VerifyAuditResult> {
  let config;
  try {
    config = loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return { exitCode: 1, output: `Cannot verify the audit log: ${err.message}` };
    throw err;
  }
  const db = config.database;
  const where = db.kind === 'postgres' ? `PostgreSQL ${redactUrl(db.url)}` : `the embedded database in ${db.dataDir}`;
  if (db.kind === 'embedded' && !existsSync(join(db.dataDir, 'PG_VERSION'))) {
    return { exitCode: 1, output: `Cannot verify the audit log: there is no Concord database in ${db.dataDir} (check CONCORD_DATA_DIR).` };
  }

  let database: Database;
  try {
    database = await openDatabase(db);
  } catch (err) {
    if (err instanceof DataDirLockedError) {
      return {
        exitCode: 1,
        output: `Cannot verify the audit log: ${err.message}\nA running Concord server holds the embedded data directory; stop it and run the command again (or, while it runs, ask it: GET /api/admin/audit/verify as an admin).`,
      };
    }
    if (err instanceof DatabaseUnavailableError) return { exitCode: 1, output: `Cannot verify the audit log: ${err.message}` };
    return { exitCode: 1, output: `Cannot verify the audit log: cannot open ${where}: ${(err as Error).message}` };
  }

  try {
    const table = await sql<{ t: string | null }>`SELECT to_regclass('audit_log')::text AS t`.execute(database.db);
    if (!table.rows[0]?.t) return { exitCode: 1, output: `Cannot verify the audit log: ${where} has no audit log (it has not been migrated).` };
    const r = await new AuditRepository(database.db).verify();
    if (r.brokenAt === null) return { exitCode: 0, output: `Audit log intact: ${r.checked} entries checked` };
    return { exitCode: 1, output: `Audit log BROKEN at entry #${r.brokenAt}: ${r.reason ?? 'hash mismatch'} (${r.checked} entries before it are intact)` };
  } finally {
    await database.close();
  }
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  verifyAuditCommand().then(
    (r) => {
      (r.exitCode === 0 ? console.log : console.error)(r.output);
      process.exit(r.exitCode);
    },
    (err) => {
      console.error(`Cannot verify the audit log: ${(err as Error).stack ?? err}`);
      process.exit(1);
    },
  );
}
