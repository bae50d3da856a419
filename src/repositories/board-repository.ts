import { type Kysely, sql } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Scope } from '../domain/scope.js';
import { caseScopeFilter } from './case-scope.js';

/** The routing board's queue: cases of one center waiting to be routed, as the caller may see them. */
export class BoardRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Registered (not yet routed) cases of the center, oldest first — the longest wait is served first. */
  unassigned(scope: Scope, centerId: string, limit: number) {
    let q = this.db.selectFrom('cases as c').selectAll('c').where('c.center_id', '=', centerId).where('c.status', '=', 'registered');
    const filter = caseScopeFilter(scope);
    if (filter) q = q.where(filter);
    return q.orderBy('c.registered_at').orderBy('c.id').limit(limit).execute();
  }

  async countUnassigned(scope: Scope, centerId: string): Promise<number> {
    let q = this.db.selectFrom('cases as c').select(sql<number>`count(*)::int`.as('n')).where('c.center_id', '=', centerId).where('c.status', '=', 'registered');
    const filter = caseScopeFilter(scope);
    if (filter) q = q.where(filter);
    return Number((await q.executeTakeFirstOrThrow()).n);
  }
}
