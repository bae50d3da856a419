import { type Kysely, type Selectable, sql } from 'kysely';
import type { DB, SessionTable } from '../db/schema.js';

export type SessionRow = Selectable<SessionTable>;

/** Server-side sessions, keyed by the hash of the cookie's token (the token itself is never stored). */
export class SessionRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async create(s: Omit<SessionRow, 'ended_at'>): Promise<void> {
    await this.db.insertInto('sessions').values({ ...s, ended_at: null }).execute();
  }

  async live(idHash: string): Promise<SessionRow | undefined> {
    return this.db.selectFrom('sessions').selectAll().where('id_hash', '=', idHash).where('ended_at', 'is', null).executeTakeFirst();
  }

  async touch(idHash: string, now: Date): Promise<void> {
    await this.db.updateTable('sessions').set({ last_seen_at: now }).where('id_hash', '=', idHash).execute();
  }

  async end(idHash: string, now: Date): Promise<void> {
    await this.db.updateTable('sessions').set({ ended_at: now }).where('id_hash', '=', idHash).where('ended_at', 'is', null).execute();
  }

  async endAllOf(userId: string, now: Date): Promise<void> {
    await this.db.updateTable('sessions').set({ ended_at: now }).where('user_id', '=', userId).where('ended_at', 'is', null).execute();
  }

  /** Housekeeping: forget sessions that ended or expired long ago. */
  async purge(before: Date): Promise<number> {
    const r = await this.db
      .deleteFrom('sessions')
      .where((eb) => eb.or([eb('ended_at', '<', before), eb('expires_at', '<', before)]))
      .executeTakeFirst();
    return Number(r.numDeletedRows);
  }
}

/** Failed-login counters per username (known or not, so that probing reveals nothing). */
export class LoginThrottleRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async get(key: string) {
    return this.db.selectFrom('login_throttle').selectAll().where('username_key', '=', key).executeTakeFirst();
  }

  /** The lock end of each of `keys` that has one, in one query. */
  async lockedUntil(keys: readonly string[]): Promise<Map<string, Date>> {
    if (keys.length === 0) return new Map();
    const rows = await this.db.selectFrom('login_throttle').select(['username_key', 'locked_until']).where('username_key', 'in', keys).where('locked_until', 'is not', null).execute();
    return new Map(rows.map((r) => [r.username_key, new Date(r.locked_until!)]));
  }

  /** Counts a failure; locks when the count reaches `max`. Returns the lock end, if locked now. */
  async fail(key: string, now: Date, max: number, lockMs: number): Promise<Date | null> {
    const row = await this.db
      .insertInto('login_throttle')
      .values({ username_key: key, failures: 1, last_failure_at: now })
      .onConflict((oc) =>
        oc.column('username_key').doUpdateSet({
          // A lock that has run out starts a fresh count.
          failures: sql`CASE WHEN login_throttle.locked_until IS NOT NULL AND login_throttle.locked_until <= ${now} THEN 1 ELSE login_throttle.failures + 1 END`,
          locked_until: sql`CASE WHEN login_throttle.locked_until IS NOT NULL AND login_throttle.locked_until <= ${now} THEN NULL ELSE login_throttle.locked_until END`,
          last_failure_at: now,
        }),
      )
      .returning(['failures'])
      .executeTakeFirstOrThrow();
    if (row.failures >= max) {
      const until = new Date(now.getTime() + lockMs);
      await this.db.updateTable('login_throttle').set({ locked_until: until }).where('username_key', '=', key).execute();
      return until;
    }
    return null;
  }

  async clear(key: string): Promise<void> {
    await this.db.deleteFrom('login_throttle').where('username_key', '=', key).execute();
  }
}
