import { type Kysely, sql } from 'kysely';

/**
 * Intake suggestions (POST /api/intake/suggest) read the trigram indexes on every
 * keystroke pause. GIN's "fast update" parks new entries in a pending list that every
 * search scans linearly until VACUUM or autovacuum merges it — and embedded PGlite has
 * no autovacuum, so after a few thousand cases a look-up spent 20–80 ms in that list.
 * Entries now go straight into the index (a case registration pays well under a
 * millisecond more), and what is pending is merged now. Organisation names are matched
 * for equality by a btree instead of the trigram index.
 */
const TRGM = ['cases_search_trgm', 'cases_address_trgm'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const index of TRGM) {
    await sql`ALTER INDEX ${sql.id(index)} SET (fastupdate = off)`.execute(db);
    await sql`SELECT gin_clean_pending_list(${index}::regclass)`.execute(db);
  }
  await sql`CREATE INDEX parties_organization_name_idx ON parties (name) WHERE kind = 'organization'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS parties_organization_name_idx`.execute(db);
  for (const index of TRGM) await sql`ALTER INDEX ${sql.id(index)} RESET (fastupdate)`.execute(db);
}
