import { type Insertable, type Kysely, type Selectable, sql } from 'kysely';
import type { DB, OutboxTable } from '../db/schema.js';

export type OutboxRow = Selectable<OutboxTable>;
const CHUNK = 500;

/**
 * Batch notices of group cases and the outbox they are delivered from. Outbox rows are
 * written in the transaction that causes them; delivery claims due rows with a lease.
 */
export class OutboxRepository {
  constructor(private readonly db: Kysely<DB>) {}

  insertBatch(trx: Kysely<DB>, row: Insertable<DB['notice_batches']>) {
    return trx.insertInto('notice_batches').values(row).returningAll().executeTakeFirstOrThrow();
  }

  async enqueue(trx: Kysely<DB>, rows: readonly Insertable<OutboxTable>[]): Promise<void> {
    for (let i = 0; i < rows.length; i += CHUNK) await trx.insertInto('outbox').values(rows.slice(i, i + CHUNK)).execute();
  }

  /** The notice batches of a case, newest first, with delivery counts. */
  batches(caseId: string) {
    return this.db
      .selectFrom('notice_batches as b')
      .leftJoin('users as u', 'u.id', 'b.created_by')
      .select(['b.id', 'b.title', 'b.body', 'b.created_at', 'u.display_name as created_by_name'])
      .select([
        sql<number>`(SELECT count(*) FROM outbox o WHERE o.batch_id = b.id)`.as('total'),
        sql<number>`(SELECT count(*) FROM outbox o WHERE o.batch_id = b.id AND o.status = 'pending')`.as('pending'),
        sql<number>`(SELECT count(*) FROM outbox o WHERE o.batch_id = b.id AND o.status = 'sent')`.as('sent'),
        sql<number>`(SELECT count(*) FROM outbox o WHERE o.batch_id = b.id AND o.status = 'failed')`.as('failed'),
      ])
      .where('b.case_id', '=', caseId)
      .orderBy('b.created_at', 'desc')
      .orderBy('b.id')
      .limit(200)
      .execute();
  }

  batch(caseId: string, batchId: string) {
    return this.db.selectFrom('notice_batches').selectAll().where('id', '=', batchId).where('case_id', '=', caseId).executeTakeFirst();
  }

  /** One batch's deliveries, per household. */
  deliveries(batchId: string) {
    return this.db
      .selectFrom('outbox as o')
      .leftJoin('group_households as h', 'h.id', 'o.household_id')
      .select(['o.id', 'o.household_id', 'h.name', 'h.row_no', 'o.recipient', 'o.status', 'o.attempts', 'o.next_attempt_at', 'o.last_error', 'o.sent_at'])
      .where('o.batch_id', '=', batchId)
      .orderBy('h.row_no')
      .execute();
  }

  /**
   * Claims up to `limit` due rows by pushing their next attempt to the lease end: another
   * instance skips them (SKIP LOCKED on PostgreSQL; PGlite has one connection anyway), and
   * a row whose sender died becomes due again when the lease runs out — nothing is lost.
   */
  async claimDue(now: Date, leaseUntil: Date, limit: number): Promise<OutboxRow[]> {
    const r = await sql<OutboxRow>`
      UPDATE outbox SET next_attempt_at = ${leaseUntil}
      WHERE id IN (
        SELECT id FROM outbox WHERE status = 'pending' AND next_attempt_at <= ${now}
        ORDER BY next_attempt_at, id LIMIT ${limit} FOR UPDATE SKIP LOCKED
      ) AND status = 'pending' AND next_attempt_at <= ${now}
      RETURNING *`.execute(this.db);
    return r.rows;
  }

  /** Sent: the row and its household's notified time, in one transaction. */
  async markSent(id: string, now: Date): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const row = await trx.updateTable('outbox').set({ status: 'sent', sent_at: now, attempts: sql`attempts + 1`, last_error: null }).where('id', '=', id).where('status', '=', 'pending').returning('household_id').executeTakeFirst();
      if (row?.household_id) {
        await trx.updateTable('group_households').set({ notified_at: now }).where('id', '=', row.household_id).where('notified_at', 'is', null).execute();
      }
    });
  }

  /** A failed attempt: retried at `retryAt`, or given up (`failed`) when null. */
  async markAttemptFailed(id: string, error: string, retryAt: Date | null, now: Date): Promise<void> {
    await this.db
      .updateTable('outbox')
      .set({ attempts: sql`attempts + 1`, last_error: error, status: retryAt ? 'pending' : 'failed', next_attempt_at: retryAt ?? now })
      .where('id', '=', id)
      .where('status', '=', 'pending')
      .execute();
  }
}
