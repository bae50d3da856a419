import { type Kysely, sql } from 'kysely';

/** Why and when a mediation session or a circuit plan was called off (shown on the case and the plan). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE mediation_sessions ADD COLUMN cancel_reason text`.execute(db);
  await sql`ALTER TABLE mediation_sessions ADD COLUMN cancelled_at timestamptz`.execute(db);
  await sql`ALTER TABLE circuit_plans ADD COLUMN cancel_reason text`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE circuit_plans DROP COLUMN IF EXISTS cancel_reason`.execute(db);
  await sql`ALTER TABLE mediation_sessions DROP COLUMN IF EXISTS cancelled_at`.execute(db);
  await sql`ALTER TABLE mediation_sessions DROP COLUMN IF EXISTS cancel_reason`.execute(db);
}
