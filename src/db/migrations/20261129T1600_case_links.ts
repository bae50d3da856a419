import { type Kysely, sql } from 'kysely';

/** Rebound lookups (a new case linked to a resolved one) by index instead of a scan. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX cases_linked_idx ON cases (linked_case_id) WHERE linked_case_id IS NOT NULL`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS cases_linked_idx`.execute(db);
}
