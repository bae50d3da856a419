import { type Kysely, type Selectable, sql } from 'kysely';
import type { DB, UserTable } from '../db/schema.js';
import type { Scope, ScopeGrant } from '../domain/scope.js';
import { isAdmin, territorialPaths } from '../domain/scope.js';
import { escapeLike } from './org-unit-repository.js';

export type UserRow = Selectable<UserTable>;
export interface UserRoleRow {
  user_id: string;
  role: string;
  unit_id: string;
  unit_name: string;
  unit_kind: string;
  unit_path: string;
}

export class UserRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async byUsername(username: string): Promise<UserRow | undefined> {
    return this.db.selectFrom('users').selectAll().where(sql`lower(username)`, '=', username.toLowerCase()).executeTakeFirst();
  }

  async byId(id: string): Promise<UserRow | undefined> {
    return this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async rolesOf(userIds: readonly string[]): Promise<UserRoleRow[]> {
    if (userIds.length === 0) return [];
    return this.db
      .selectFrom('user_roles as r')
      .innerJoin('org_units as u', 'u.id', 'r.unit_id')
      .select(['r.user_id', 'r.role', 'r.unit_id', 'u.name as unit_name', 'u.kind as unit_kind', 'u.path as unit_path'])
      .where('r.user_id', 'in', userIds)
      .orderBy('r.role')
      .execute();
  }

  async grantsOf(userId: string): Promise<ScopeGrant[]> {
    const rows = await this.rolesOf([userId]);
    return rows.map((r) => ({ role: r.role as ScopeGrant['role'], unitId: r.unit_id, unitKind: r.unit_kind as ScopeGrant['unitKind'], unitPath: r.unit_path }));
  }

  /** Users whose roles lie within the caller's scope, by username for a stable cursor. */
  async list(scope: Scope, f: { q?: string; role?: string; unitId?: string; limit: number; after?: string }): Promise<UserRow[]> {
    let q = this.db.selectFrom('users').selectAll().orderBy(sql`lower(username)`).limit(f.limit);
    if (f.after) q = q.where(sql`lower(username)`, '>', f.after.toLowerCase());
    if (f.q) {
      const like = `%${escapeLike(f.q)}%`;
      q = q.where((eb) => eb.or([eb('username', 'ilike', like), eb('display_name', 'ilike', like)]));
    }
    const roleFilter = (role?: string, unitId?: string) =>
      this.db
        .selectFrom('user_roles as r')
        .innerJoin('org_units as u', 'u.id', 'r.unit_id')
        .select('r.user_id')
        .$if(!!role, (qb) => qb.where('r.role', '=', role!))
        .$if(!!unitId, (qb) => qb.where('r.unit_id', '=', unitId!))
        .$if(!isAdmin(scope), (qb) => {
          const paths = territorialPaths(scope);
          return qb.where((eb) => eb.or([eb.val(false), ...paths.map((p) => eb('u.path', 'like', `${p}%`))]));
        });
    if (f.role || f.unitId || !isAdmin(scope)) q = q.where('id', 'in', roleFilter(f.role, f.unitId));
    return q.execute();
  }

  async insert(u: { username: string; displayName: string; phone: string | null; passwordHash: string | null }, now: Date, db: Kysely<DB> = this.db): Promise<UserRow> {
    return db
      .insertInto('users')
      .values({ username: u.username, display_name: u.displayName, phone: u.phone, password_hash: u.passwordHash, created_at: now, updated_at: now })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  async replaceRoles(userId: string, roles: readonly { role: string; unitId: string }[], db: Kysely<DB> = this.db): Promise<void> {
    await db.deleteFrom('user_roles').where('user_id', '=', userId).execute();
    const unique = [...new Map(roles.map((r) => [`${r.role}|${r.unitId}`, r])).values()];
    if (unique.length) await db.insertInto('user_roles').values(unique.map((r) => ({ user_id: userId, role: r.role, unit_id: r.unitId }))).execute();
  }

  async update(
    id: string,
    version: number,
    patch: Partial<Pick<UserRow, 'display_name' | 'phone' | 'active' | 'password_hash'>>,
    now: Date,
    db: Kysely<DB> = this.db,
  ): Promise<UserRow | undefined> {
    return db
      .updateTable('users')
      .set({ ...patch, version: sql`version + 1`, updated_at: now })
      .where('id', '=', id)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst();
  }
}
