import { type Kysely, sql } from 'kysely';

/**
 * Expert pool (issue #4): a version on expert profiles, so that two editors (an
 * admin and the expert changing their availability) never overwrite each other
 * unseen; and at most one lead among the accepted experts of a case (组团服务),
 * guaranteed by the database whatever the order of concurrent acceptances.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE experts ADD COLUMN version int NOT NULL DEFAULT 1`.execute(db);
  await sql`CREATE UNIQUE INDEX case_experts_one_lead_idx ON case_experts (case_id) WHERE lead AND status = 'accepted'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS case_experts_one_lead_idx`.execute(db);
  await sql`ALTER TABLE experts DROP COLUMN IF EXISTS version`.execute(db);
}
