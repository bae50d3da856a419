import { type Insertable, type Kysely, type Selectable, sql, type Updateable } from 'kysely';
import type { DB, HouseholdProfileTable } from '../db/schema.js';
import type { Scope } from '../domain/scope.js';
import { caseScopeFilter } from './case-scope.js';
import { escapeLike } from './org-unit-repository.js';
import { likeAny } from './screening-repository.js';

export type HouseholdProfileRow = Selectable<HouseholdProfileTable>;

export interface ProfileListRow extends HouseholdProfileRow {
  grid_name: string;
  grid_path: string;
  community_name: string;
  plan_id: string | null;
  plan_level: string | null;
  next_due_on: string | null;
}

export interface ProfileFilter {
  gridId?: string;
  /** a community or street: its grids */
  unitPath?: string;
  level?: string;
  q?: string;
}


/**
 * Household profiles (家庭档案) and what their history is read from: assessments,
 * screenings, follow-up plans and visits, linked cases, assistance referrals. Writes
 * take the executor: inside a transaction, pass `trx`.
 */
export class HouseholdProfileRepository {
  constructor(private readonly db: Kysely<DB>) {}

  get(id: string, db: Kysely<DB> = this.db) {
    return db
      .selectFrom('household_profiles as h')
      .innerJoin('org_units as g', 'g.id', 'h.grid_id')
      .innerJoin('org_units as cm', 'cm.id', 'g.parent_id')
      .selectAll('h')
      .select(['g.name as grid_name', 'g.path as grid_path', 'cm.name as community_name', 'cm.id as community_id'])
      .where('h.id', '=', id)
      .executeTakeFirst();
  }

  forUpdate(trx: Kysely<DB>, id: string) {
    return trx.selectFrom('household_profiles').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  }

  atAddress(trx: Kysely<DB>, gridId: string, address: string) {
    return trx.selectFrom('household_profiles').selectAll().where('grid_id', '=', gridId).where('address', '=', address).forUpdate().executeTakeFirst();
  }

  insert(trx: Kysely<DB>, row: Insertable<HouseholdProfileTable>) {
    return trx.insertInto('household_profiles').values(row).returningAll().executeTakeFirstOrThrow();
  }

  /** Applies `patch` and bumps the version, on a row the caller has locked (`forUpdate`, `atAddress`). */
  update(trx: Kysely<DB>, id: string, patch: Updateable<HouseholdProfileTable>) {
    return trx
      .updateTable('household_profiles')
      .set({ ...patch, version: sql`version + 1` })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
  }

  /** Profiles under `paths` (null: all), most recently assessed first, keyset-paged by (updated_at, id). */
  async list(paths: readonly string[] | null, f: ProfileFilter, after: { at: Date; id: string } | null, limit: number): Promise<ProfileListRow[]> {
    if (paths !== null && paths.length === 0) return [];
    const rows = await this.db
      .selectFrom('household_profiles as h')
      .innerJoin('org_units as g', 'g.id', 'h.grid_id')
      .innerJoin('org_units as cm', 'cm.id', 'g.parent_id')
      .leftJoin('followup_plans as p', (j) => j.onRef('p.household_id', '=', 'h.id').on('p.status', '=', 'active').on('p.case_id', 'is', null))
      .leftJoin('followup_visits as v', (j) => j.onRef('v.plan_id', '=', 'p.id').on('v.status', '=', 'due'))
      .selectAll('h')
      .select(['g.name as grid_name', 'g.path as grid_path', 'cm.name as community_name', 'p.id as plan_id', 'p.level as plan_level', 'v.due_on as next_due_on'])
      .$if(paths !== null, (q) => q.where(likeAny('g.path', paths!)))
      .$if(!!f.gridId, (q) => q.where('h.grid_id', '=', f.gridId!))
      .$if(!!f.unitPath, (q) => q.where('g.path', 'like', `${f.unitPath}%`))
      .$if(!!f.level, (q) => q.where('h.risk_level', '=', f.level!))
      .$if(!!f.q, (q) => q.where((eb) => eb.or([eb('h.head_name', 'ilike', `%${escapeLike(f.q!)}%`), eb('h.address', 'ilike', `%${escapeLike(f.q!)}%`)])))
      .$if(after !== null, (q) => q.where((eb) => eb.or([eb('h.updated_at', '<', after!.at), eb.and([eb('h.updated_at', '=', after!.at), eb('h.id', '<', after!.id)])])))
      .orderBy('h.updated_at', 'desc')
      .orderBy('h.id', 'desc')
      .limit(limit)
      .execute();
    return rows as ProfileListRow[];
  }

  assessments(householdId: string) {
    return this.db
      .selectFrom('risk_assessments as a')
      .innerJoin('risk_checklists as k', 'k.id', 'a.checklist_id')
      .leftJoin('users as u', 'u.id', 'a.assessed_by')
      .select(['a.id', 'a.context', 'a.score', 'a.level', 'a.assessed_at', 'k.code as checklist_code', 'k.version as checklist_version', 'u.display_name as assessed_by_name'])
      .where('a.household_id', '=', householdId)
      .orderBy('a.assessed_at', 'desc')
      .execute();
  }

  screenings(householdId: string) {
    return this.db
      .selectFrom('screenings as s')
      .innerJoin('screening_campaigns as c', 'c.id', 's.campaign_id')
      .leftJoin('users as u', 'u.id', 's.screened_by')
      .select(['s.id', 's.campaign_id', 'c.name as campaign_name', 's.score', 's.level', 's.screened_at', 'u.display_name as screened_by_name'])
      .where('s.household_id', '=', householdId)
      .orderBy('s.screened_at', 'desc')
      .execute();
  }

  plans(householdId: string, db: Kysely<DB> = this.db) {
    return db.selectFrom('followup_plans').selectAll().where('household_id', '=', householdId).orderBy('started_at', 'desc').execute();
  }

  visits(planIds: readonly string[]) {
    if (planIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('followup_visits as v')
      .leftJoin('users as u', 'u.id', 'v.done_by')
      .select(['v.id', 'v.plan_id', 'v.seq', 'v.due_on', 'v.status', 'v.done_at', 'v.mode', 'v.stability', 'v.level_before', 'v.level_after', 'u.display_name as done_by_name'])
      .where('v.plan_id', 'in', planIds)
      .orderBy('v.due_on', 'desc')
      .orderBy('v.seq', 'desc')
      .execute();
  }

  /** Linked cases the caller may see (the others are not named). */
  cases(householdId: string, scope: Scope) {
    const filter = caseScopeFilter(scope);
    return this.db
      .selectFrom('household_cases as hc')
      .innerJoin('cases as c', 'c.id', 'hc.case_id')
      .select(['c.id', 'c.code', 'c.title', 'c.status', 'c.category', 'c.registered_at'])
      .where('hc.household_id', '=', householdId)
      .$if(filter !== null, (q) => q.where(filter!))
      .orderBy('c.registered_at', 'desc')
      .execute();
  }

  referrals(householdId: string) {
    return this.db
      .selectFrom('assistance_referrals as r')
      .innerJoin('assistance_resources as res', 'res.id', 'r.resource_id')
      .select(['r.id', 'r.status', 'r.reason', 'r.outcome', 'r.referred_at', 'r.closed_at', 'res.kind', 'res.name as resource_name', 'res.provider'])
      .where('r.household_id', '=', householdId)
      .orderBy('r.referred_at', 'desc')
      .execute();
  }

  /** Links a case; false when it was linked already. */
  async linkCase(householdId: string, caseId: string): Promise<boolean> {
    const r = await this.db.insertInto('household_cases').values({ household_id: householdId, case_id: caseId }).onConflict((oc) => oc.doNothing()).returning('case_id').executeTakeFirst();
    return r !== undefined;
  }
}
