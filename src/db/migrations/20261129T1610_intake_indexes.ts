import { type Kysely, sql } from 'kysely';

/** Related-case look-ups at intake: same address or compound, by index instead of a scan. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX cases_address_trgm ON cases USING gin (address gin_trgm_ops)`.execute(db);
  await sql`CREATE INDEX cases_compound_idx ON cases (compound_id) WHERE compound_id IS NOT NULL`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS cases_compound_idx`.execute(db);
  await sql`DROP INDEX IF EXISTS cases_address_trgm`.execute(db);
}
