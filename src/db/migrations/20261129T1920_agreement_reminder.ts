import { type Kysely, sql } from 'kysely';

/** When the handler was reminded that the judicial-confirmation window of a signed agreement is closing (once). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE agreements ADD COLUMN jc_reminded_at timestamptz`.execute(db);
  await sql`CREATE INDEX agreements_signed_idx ON agreements (concluded_on) WHERE status = 'signed' AND jc_reminded_at IS NULL`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS agreements_signed_idx`.execute(db);
  await sql`ALTER TABLE agreements DROP COLUMN IF EXISTS jc_reminded_at`.execute(db);
}
