import { type Kysely, type Selectable, sql } from 'kysely';
import type { DB, OrgUnitTable } from '../db/schema.js';
import type { Scope } from '../domain/scope.js';
import { isAdmin, territorialPaths } from '../domain/scope.js';

export type OrgUnitRow = Selectable<OrgUnitTable>;
export type OrgUnitWithCount = OrgUnitRow & { child_count: number };

export interface NewOrgUnit {
  parentId: string | null;
  kind: string;
  name: string;
  code: string;
  centerId?: string | null;
  departmentType?: string | null;
  staffingTier?: string | null;
  rosterWeekdays?: number[] | null;
  households?: number | null;
  geometry?: [number, number][] | null;
}

/** Org units. Reads take the caller's scope: a unit is visible when it lies under one of the caller's units. */
export class OrgUnitRepository {
  constructor(private readonly db: Kysely<DB>) {}

  private base(scope: Scope | null) {
    let q = this.db
      .selectFrom('org_units as u')
      .selectAll('u')
      .select(sql<number>`(SELECT count(*) FROM org_units c WHERE c.parent_id = u.id)`.as('child_count'));
    if (scope && !isAdmin(scope)) {
      const paths = territorialPaths(scope);
      // The caller sees units under their own, and the ancestors that lead there (to draw the tree).
      q = q.where((eb) =>
        eb.or([
          eb.val(false),
          ...paths.map((p) => eb('u.path', 'like', `${p}%`)),
          ...paths.map((p) => eb(eb.val(p), 'like', sql<string>`u.path || '%'`)),
        ]),
      );
    }
    return q;
  }

  async children(scope: Scope | null, parentId: string | null): Promise<OrgUnitWithCount[]> {
    const q = this.base(scope);
    return (parentId ? q.where('u.parent_id', '=', parentId) : q.where('u.parent_id', 'is', null)).orderBy('u.code').execute();
  }

  async byKind(scope: Scope | null, kind: string, centerId?: string, limit?: number): Promise<OrgUnitWithCount[]> {
    let q = this.base(scope).where('u.kind', '=', kind);
    if (centerId) q = q.where('u.center_id', '=', centerId);
    if (limit) q = q.limit(limit);
    return q.orderBy('u.code').execute();
  }

  async search(scope: Scope | null, text: string, limit: number, kind?: string): Promise<OrgUnitWithCount[]> {
    return this.base(scope)
      .$if(!!kind, (qb) => qb.where('u.kind', '=', kind!))
      .where((eb) => eb.or([eb('u.name', 'ilike', `%${escapeLike(text)}%`), eb('u.code', 'like', `${escapeLike(text)}%`)]))
      .orderBy(sql`similarity(u.name, ${text})`, 'desc')
      .orderBy('u.code')
      .limit(limit)
      .execute();
  }

  async get(scope: Scope | null, id: string): Promise<OrgUnitWithCount | undefined> {
    return this.base(scope).where('u.id', '=', id).executeTakeFirst();
  }

  async getMany(ids: readonly string[]): Promise<OrgUnitRow[]> {
    if (ids.length === 0) return [];
    return this.db.selectFrom('org_units').selectAll().where('id', 'in', ids).execute();
  }

  /** The chain from the root down to (not including) the unit, from its path. */
  async ancestors(unit: OrgUnitRow): Promise<Pick<OrgUnitRow, 'id' | 'name' | 'kind'>[]> {
    const ids = unit.path.split('/').filter((x) => x && x !== unit.id);
    if (ids.length === 0) return [];
    const rows = await this.db.selectFrom('org_units').select(['id', 'name', 'kind', 'depth']).where('id', 'in', ids).execute();
    return rows.sort((a, b) => a.depth - b.depth).map(({ id, name, kind }) => ({ id, name, kind }));
  }

  async codeTaken(code: string, exceptId?: string): Promise<boolean> {
    let q = this.db.selectFrom('org_units').select('id').where('code', '=', code);
    if (exceptId) q = q.where('id', '!=', exceptId);
    return (await q.executeTakeFirst()) !== undefined;
  }

  async insert(unit: NewOrgUnit, now: Date, parent: OrgUnitRow | null, db: Kysely<DB> = this.db): Promise<OrgUnitRow> {
    const id = (await sql<{ id: string }>`SELECT gen_random_uuid() AS id`.execute(db)).rows[0]!.id;
    return db
      .insertInto('org_units')
      .values({
        id,
        parent_id: unit.parentId,
        kind: unit.kind,
        name: unit.name,
        code: unit.code,
        path: `${parent?.path ?? '/'}${id}/`,
        depth: (parent?.depth ?? -1) + 1,
        center_id: unit.centerId ?? null,
        department_type: unit.departmentType ?? null,
        staffing_tier: unit.staffingTier ?? null,
        roster_weekdays: unit.rosterWeekdays ?? null,
        households: unit.households ?? null,
        geometry: unit.geometry ? JSON.stringify(unit.geometry) : null,
        created_at: now,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  /** Optimistic update: applies only when `version` is current; returns undefined otherwise. */
  async update(
    id: string,
    version: number,
    patch: Partial<Pick<OrgUnitRow, 'name' | 'code' | 'staffing_tier' | 'roster_weekdays'>>,
    now: Date,
  ): Promise<OrgUnitRow | undefined> {
    return this.db
      .updateTable('org_units')
      .set({ ...patch, version: sql`version + 1`, updated_at: now })
      .where('id', '=', id)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst();
  }
}

export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
