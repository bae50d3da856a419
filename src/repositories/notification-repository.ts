import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';

/** In-app notifications (deadline breaches, escalations, assignments). */
export class NotificationRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async notify(db: Kysely<DB>, userIds: readonly string[], n: { caseId: string | null; kind: string; title: string; body: string; at: Date }) {
    const unique = [...new Set(userIds)];
    if (unique.length === 0) return;
    await db
      .insertInto('notifications')
      .values(unique.map((user_id) => ({ user_id, case_id: n.caseId, kind: n.kind, title: n.title, body: n.body, created_at: n.at })))
      .execute();
  }

  list(userId: string, unreadOnly: boolean, limit: number) {
    let q = this.db.selectFrom('notifications').selectAll().where('user_id', '=', userId).orderBy('created_at', 'desc').limit(limit);
    if (unreadOnly) q = q.where('read_at', 'is', null);
    return q.execute();
  }

  async unreadCount(userId: string): Promise<number> {
    const r = await this.db.selectFrom('notifications').select((eb) => eb.fn.countAll<number>().as('n')).where('user_id', '=', userId).where('read_at', 'is', null).executeTakeFirstOrThrow();
    return Number(r.n);
  }

  async markRead(userId: string, id: string | null, at: Date): Promise<number> {
    let q = this.db.updateTable('notifications').set({ read_at: at }).where('user_id', '=', userId).where('read_at', 'is', null);
    if (id) q = q.where('id', '=', id);
    const r = await q.executeTakeFirst();
    return Number(r.numUpdatedRows);
  }
}
