import { type Kysely, sql } from 'kysely';

/**
 * One version counter per unit's duty roster (值班表): a roster is edited as a whole
 * range at a time, so two dispatchers saving the same unit are told of each other
 * (409) instead of one silently overwriting the other's week.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE duty_rosters (
      unit_id uuid PRIMARY KEY REFERENCES org_units(id) ON DELETE CASCADE,
      version int NOT NULL DEFAULT 1,
      updated_at timestamptz NOT NULL,
      updated_by uuid REFERENCES users(id) ON DELETE SET NULL
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS duty_rosters`.execute(db);
}
