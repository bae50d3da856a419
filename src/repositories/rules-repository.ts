import { type Kysely, sql } from 'kysely';
import type { DB } from '../db/schema.js';

/** Rules as data (刚性制度): categories with their handling days, the working calendar, policies. */
export class RulesRepository {
  constructor(private readonly db: Kysely<DB>) {}

  categories() {
    return this.db.selectFrom('categories').selectAll().orderBy('sort').orderBy('code').execute();
  }

  category(code: string) {
    return this.db.selectFrom('categories').selectAll().where('code', '=', code).executeTakeFirst();
  }

  async insertCategory(c: { code: string; parentCode: string | null; name: string; nameEn: string; handlingDays: number }) {
    const sort = await this.db.selectFrom('categories').select(sql<number>`coalesce(max(sort), 0) + 1`.as('n')).executeTakeFirstOrThrow();
    return this.db
      .insertInto('categories')
      .values({ code: c.code, parent_code: c.parentCode, name_zh: c.name, name_en: c.nameEn, handling_days: c.handlingDays, sort: sort.n })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  updateCategory(code: string, patch: { name_zh?: string; name_en?: string; handling_days?: number; active?: boolean }) {
    return this.db.updateTable('categories').set(patch).where('code', '=', code).returningAll().executeTakeFirst();
  }

  calendarDays(from?: string, to?: string) {
    let q = this.db.selectFrom('calendar_days').selectAll().orderBy('date');
    if (from) q = q.where('date', '>=', from);
    if (to) q = q.where('date', '<=', to);
    return q.execute();
  }

  async putCalendarDay(d: { date: string; kind: 'holiday' | 'workday'; name: string }) {
    await this.db
      .insertInto('calendar_days')
      .values(d)
      .onConflict((oc) => oc.column('date').doUpdateSet({ kind: d.kind, name: d.name }))
      .execute();
  }

  async deleteCalendarDay(date: string): Promise<boolean> {
    const r = await this.db.deleteFrom('calendar_days').where('date', '=', date).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  policy(key: string) {
    return this.db.selectFrom('policies').selectAll().where('key', '=', key).executeTakeFirst();
  }

  /** Creates or replaces a policy when `version` is the stored one (0 when none is stored yet). */
  async putPolicy(key: string, value: unknown, version: number, now: Date, userId: string): Promise<number | null> {
    if (version === 0) {
      const r = await this.db
        .insertInto('policies')
        .values({ key, value: JSON.stringify(value), version: 1, updated_at: now, updated_by: userId })
        .onConflict((oc) => oc.column('key').doNothing())
        .returning('version')
        .executeTakeFirst();
      return r?.version ?? null;
    }
    const r = await this.db
      .updateTable('policies')
      .set({ value: JSON.stringify(value), version: sql`version + 1`, updated_at: now, updated_by: userId })
      .where('key', '=', key)
      .where('version', '=', version)
      .returning('version')
      .executeTakeFirst();
    return r?.version ?? null;
  }
}
