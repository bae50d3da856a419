import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { AssistanceReferralTable, AssistanceResourceTable, DB } from '../db/schema.js';
import type { Scope } from '../domain/scope.js';
import { caseScopeFilter } from './case-scope.js';
import { NotificationRepository } from './notification-repository.js';
import { escapeLike } from './org-unit-repository.js';

export type AssistanceResourceRow = Selectable<AssistanceResourceTable>;
export type AssistanceReferralRow = Selectable<AssistanceReferralTable>;

/** A resource with the names the catalogue shows. */
export type ResourceListRow = AssistanceResourceRow & { center_name: string | null; provider_unit_name: string | null };

/** A referral with its resource, case, household and referrer, as lists show them. */
export type ReferralListRow = AssistanceReferralRow & {
  resource_kind: string;
  resource_name: string;
  resource_provider: string;
  resource_center_id: string | null;
  provider_unit_id: string | null;
  case_code: string | null;
  case_title: string | null;
  case_status: string | null;
  household_head_name: string | null;
  household_address: string | null;
  household_grid_id: string | null;
  grid_name: string | null;
  referrer_name: string | null;
};

export interface ResourceFilter {
  kind?: string;
  active?: boolean;
  centerId?: string;
  q?: string;
}

/** Who sees which referrals: an admin all; others through the case or the household, or as the provider unit's liaison. */
export interface ReferralVisibility {
  all: boolean;
  scope: Scope;
  /** unit paths under which the caller sees household profiles (by their grid) */
  householdPaths: readonly string[];
  /** provider units the caller answers for (department_liaison) */
  providerUnitIds: readonly string[];
}

export interface ReferralFilter {
  status?: readonly string[];
  kind?: string;
  caseId?: string;
  householdId?: string;
  resourceId?: string;
  limit: number;
}

const likePrefix = (s: string) => `${escapeLike(s)}%`;

/**
 * The assistance catalogue (帮扶资源) and the referrals to it (转介帮扶). Methods that
 * may run inside a transaction take the executor first: pass `trx` there.
 */
export class AssistanceRepository {
  /** Liaisons of a provider unit are told of new referrals, in the referral's transaction. */
  readonly notifications: NotificationRepository;

  constructor(private readonly db: Kysely<DB>) {
    this.notifications = new NotificationRepository(db);
  }

  private resourceBase(db: Kysely<DB>) {
    return db
      .selectFrom('assistance_resources as r')
      .leftJoin('org_units as c', 'c.id', 'r.center_id')
      .leftJoin('org_units as p', 'p.id', 'r.provider_unit_id')
      .selectAll('r')
      .select(['c.name as center_name', 'p.name as provider_unit_name']);
  }

  resources(f: ResourceFilter): Promise<ResourceListRow[]> {
    let q = this.resourceBase(this.db);
    if (f.kind) q = q.where('r.kind', '=', f.kind);
    if (f.active !== undefined) q = q.where('r.active', '=', f.active);
    if (f.centerId) q = q.where((eb) => eb.or([eb('r.center_id', '=', f.centerId!), eb('r.center_id', 'is', null)]));
    if (f.q) {
      const pattern = `%${escapeLike(f.q)}%`;
      q = q.where((eb) => eb.or([eb('r.name', 'ilike', pattern), eb('r.provider', 'ilike', pattern)]));
    }
    return q.orderBy('r.kind').orderBy('r.active', 'desc').orderBy('r.name').execute();
  }

  resource(db: Kysely<DB> = this.db, id: string): Promise<ResourceListRow | undefined> {
    return this.resourceBase(db).where('r.id', '=', id).executeTakeFirst();
  }

  insertResource(row: Insertable<AssistanceResourceTable>): Promise<AssistanceResourceRow> {
    return this.db.insertInto('assistance_resources').values(row).returningAll().executeTakeFirstOrThrow();
  }

  /** Updates a resource at the version the caller read; undefined when that version is gone. */
  updateResource(id: string, version: number, fields: Updateable<AssistanceResourceTable>): Promise<AssistanceResourceRow | undefined> {
    return this.db
      .updateTable('assistance_resources')
      .set({ ...fields, version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst();
  }

  /** Open referrals per resource, for the catalogue. */
  async openReferralCounts(resourceIds: readonly string[]): Promise<Map<string, number>> {
    if (!resourceIds.length) return new Map();
    const rows = await this.db
      .selectFrom('assistance_referrals')
      .select(['resource_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('resource_id', 'in', [...resourceIds])
      .where('status', 'in', ['referred', 'accepted', 'in_progress'])
      .groupBy('resource_id')
      .execute();
    return new Map(rows.map((r) => [r.resource_id, Number(r.n)]));
  }

  private referralBase(db: Kysely<DB>) {
    return db
      .selectFrom('assistance_referrals as r')
      .innerJoin('assistance_resources as res', 'res.id', 'r.resource_id')
      .leftJoin('cases as c', 'c.id', 'r.case_id')
      .leftJoin('household_profiles as h', 'h.id', 'r.household_id')
      .leftJoin('org_units as hg', 'hg.id', 'h.grid_id')
      .leftJoin('users as u', 'u.id', 'r.referred_by')
      .selectAll('r')
      .select([
        'res.kind as resource_kind',
        'res.name as resource_name',
        'res.provider as resource_provider',
        'res.center_id as resource_center_id',
        'res.provider_unit_id as provider_unit_id',
        'c.code as case_code',
        'c.title as case_title',
        'c.status as case_status',
        'h.head_name as household_head_name',
        'h.address as household_address',
        'h.grid_id as household_grid_id',
        'hg.name as grid_name',
        'u.display_name as referrer_name',
      ]);
  }

  /** Referrals the caller may see, newest first. */
  referrals(v: ReferralVisibility, f: ReferralFilter): Promise<ReferralListRow[]> {
    let q = this.referralBase(this.db);
    if (!v.all) {
      const caseFilter = caseScopeFilter(v.scope);
      q = q.where((eb) =>
        eb.or([
          ...(caseFilter ? [eb.and([eb('r.case_id', 'is not', null), caseFilter(eb as never)])] : []),
          ...v.householdPaths.map((p) => eb('hg.path', 'like', likePrefix(p))),
          ...(v.providerUnitIds.length ? [eb('res.provider_unit_id', 'in', [...v.providerUnitIds])] : []),
        ]),
      );
    }
    if (f.status?.length) q = q.where('r.status', 'in', [...f.status]);
    if (f.kind) q = q.where('res.kind', '=', f.kind);
    if (f.caseId) q = q.where('r.case_id', '=', f.caseId);
    if (f.householdId) q = q.where('r.household_id', '=', f.householdId);
    if (f.resourceId) q = q.where('r.resource_id', '=', f.resourceId);
    return q.orderBy('r.referred_at', 'desc').orderBy('r.id').limit(f.limit).execute();
  }

  referral(db: Kysely<DB> = this.db, id: string): Promise<ReferralListRow | undefined> {
    return this.referralBase(db).where('r.id', '=', id).executeTakeFirst();
  }

  insertReferral(db: Kysely<DB>, row: Insertable<AssistanceReferralTable>): Promise<AssistanceReferralRow> {
    return db.insertInto('assistance_referrals').values(row).returningAll().executeTakeFirstOrThrow();
  }

  /** Moves a referral on, only from the status and version the caller saw; undefined when either changed meanwhile. */
  stepReferral(db: Kysely<DB>, id: string, from: { status: string; version: number }, fields: Updateable<AssistanceReferralTable>): Promise<AssistanceReferralRow | undefined> {
    return db
      .updateTable('assistance_referrals')
      .set({ ...fields, version: from.version + 1 })
      .where('id', '=', id)
      .where('status', '=', from.status)
      .where('version', '=', from.version)
      .returningAll()
      .executeTakeFirst();
  }

  /** Active department liaisons of a unit (the provider of a resource). */
  async liaisons(db: Kysely<DB> = this.db, unitId: string): Promise<string[]> {
    const rows = await db
      .selectFrom('user_roles as ur')
      .innerJoin('users as u', 'u.id', 'ur.user_id')
      .select('u.id')
      .where('ur.unit_id', '=', unitId)
      .where('ur.role', '=', 'department_liaison')
      .where('u.active', '=', true)
      .execute();
    return [...new Set(rows.map((r) => r.id))];
  }

  /** The case a referral names, with what the notification and the checks need. */
  caseBrief(db: Kysely<DB> = this.db, id: string) {
    return db.selectFrom('cases').select(['id', 'code', 'title', 'status', 'center_id', 'grid_id']).where('id', '=', id).executeTakeFirst();
  }

  /** A household profile with the path of its grid (visibility is by grid). */
  householdBrief(db: Kysely<DB> = this.db, id: string) {
    return db
      .selectFrom('household_profiles as h')
      .innerJoin('org_units as g', 'g.id', 'h.grid_id')
      .select(['h.id', 'h.head_name', 'h.grid_id', 'g.path as grid_path', 'g.name as grid_name'])
      .where('h.id', '=', id)
      .executeTakeFirst();
  }

  /** A follow-up visit with the case and household of its plan (a referral made at a visit names it). */
  visitBrief(db: Kysely<DB> = this.db, id: string) {
    return db
      .selectFrom('followup_visits as v')
      .innerJoin('followup_plans as p', 'p.id', 'v.plan_id')
      .select(['v.id', 'p.case_id', 'p.household_id'])
      .where('v.id', '=', id)
      .executeTakeFirst();
  }
}
