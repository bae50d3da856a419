import { type Kysely, sql } from 'kysely';

/**
 * Themed reception days (issue #4): booking codes JD-<day>-<n> count per reception day
 * across all centers, so that two centers booking the same day never draw the same code.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE reception_booking_sequences (
      day date PRIMARY KEY,
      last int NOT NULL
    )`.execute(db);
  // Bookings of one enterprise on one day (the duplicate check) and the portal's cancel look-up by code are indexed already (code is UNIQUE).
  await sql`CREATE INDEX reception_bookings_uscc_idx ON reception_bookings (center_id, date, uscc) WHERE status <> 'cancelled'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS reception_bookings_uscc_idx`.execute(db);
  await sql`DROP TABLE IF EXISTS reception_booking_sequences`.execute(db);
}
