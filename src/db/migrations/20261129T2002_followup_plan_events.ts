import { type Kysely, sql } from 'kysely';

/**
 * What happened to a follow-up plan besides its visits: a level changed between visits
 * (with the reason), an overdue visit escalated a step, the plan ended by hand. The
 * plan page shows them beside the visits; household plans have no case timeline.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE followup_plan_events (
      id bigserial PRIMARY KEY,
      plan_id uuid NOT NULL REFERENCES followup_plans(id) ON DELETE CASCADE,
      type text NOT NULL,
      actor_id uuid REFERENCES users(id),
      actor_name text,
      at timestamptz NOT NULL,
      reason text,
      data jsonb NOT NULL DEFAULT '{}'
    )`.execute(db);
  await sql`CREATE INDEX followup_plan_events_plan_idx ON followup_plan_events (plan_id, id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS followup_plan_events`.execute(db);
}
