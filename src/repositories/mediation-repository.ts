import { type Insertable, type Kysely, type Selectable, sql } from 'kysely';
import type { DB, MediationSessionTable, SessionParticipantTable } from '../db/schema.js';
import type { Scope } from '../domain/scope.js';
import type { BookedSession } from '../domain/sessions/overlap.js';
import { caseScopeFilter } from './case-scope.js';

export type MediationSessionRow = Selectable<MediationSessionTable>;
export type ParticipantRow = Selectable<SessionParticipantTable>;
export type NewParticipant = Omit<Insertable<SessionParticipantTable>, 'session_id'>;

export interface CalendarFilter {
  from: Date;
  to: Date;
  userId?: string;
  roomId?: string;
  communityId?: string;
  expertId?: string;
  caseId?: string;
  circuitPlanId?: string;
}

/** Mediation rooms, sessions, their participants and circuit plans (调解安排、巡回调解). */
export class MediationRepository {
  constructor(private readonly db: Kysely<DB>) {}

  // ---- rooms ----

  rooms(unitIds?: readonly string[]) {
    let q = this.db.selectFrom('mediation_rooms as r').innerJoin('org_units as u', 'u.id', 'r.unit_id').selectAll('r').select('u.name as unit_name');
    if (unitIds) {
      if (!unitIds.length) return Promise.resolve([]);
      q = q.where('r.unit_id', 'in', unitIds);
    }
    return q.orderBy('u.code').orderBy('r.name').execute();
  }

  room(id: string, db: Kysely<DB> = this.db) {
    return db.selectFrom('mediation_rooms as r').innerJoin('org_units as u', 'u.id', 'r.unit_id').selectAll('r').select('u.name as unit_name').where('r.id', '=', id).executeTakeFirst();
  }

  roomNameTaken(unitId: string, name: string, exceptId?: string) {
    let q = this.db.selectFrom('mediation_rooms').select('id').where('unit_id', '=', unitId).where('name', '=', name);
    if (exceptId) q = q.where('id', '<>', exceptId);
    return q.executeTakeFirst().then((r) => !!r);
  }

  insertRoom(row: Insertable<DB['mediation_rooms']>) {
    return this.db.insertInto('mediation_rooms').values(row).returning('id').executeTakeFirstOrThrow();
  }

  updateRoom(id: string, patch: Partial<{ name: string; capacity: number; equipment: string | null; active: boolean }>) {
    return this.db.updateTable('mediation_rooms').set(patch).where('id', '=', id).returning('id').executeTakeFirst();
  }

  // ---- locks: always rooms, then users, then experts, each in id order, so that two bookings never deadlock ----

  async lockResources(trx: Kysely<DB>, r: { roomIds: readonly string[]; userIds: readonly string[]; expertIds: readonly string[] }): Promise<void> {
    const sorted = (xs: readonly string[]) => [...new Set(xs)].sort();
    if (r.roomIds.length) await trx.selectFrom('mediation_rooms').select('id').where('id', 'in', sorted(r.roomIds)).orderBy('id').forUpdate().execute();
    if (r.userIds.length) await trx.selectFrom('users').select('id').where('id', 'in', sorted(r.userIds)).orderBy('id').forUpdate().execute();
    if (r.expertIds.length) await trx.selectFrom('experts').select('id').where('id', 'in', sorted(r.expertIds)).orderBy('id').forUpdate().execute();
  }

  /** Non-cancelled sessions overlapping [from, to) that hold one of these rooms, users or experts. */
  async booked(db: Kysely<DB>, from: Date, to: Date, r: { roomIds: readonly string[]; userIds: readonly string[]; expertIds: readonly string[] }): Promise<BookedSession[]> {
    if (!r.roomIds.length && !r.userIds.length && !r.expertIds.length) return [];
    const rows = await db
      .selectFrom('mediation_sessions as s')
      .innerJoin('cases as c', 'c.id', 's.case_id')
      .select(['s.id', 's.case_id', 'c.code as case_code', 's.status', 's.room_id', 's.starts_at', 's.ends_at'])
      .where('s.status', '<>', 'cancelled')
      .where('s.starts_at', '<', to)
      .where('s.ends_at', '>', from)
      .where((eb) => {
        const ors = [];
        if (r.roomIds.length) ors.push(eb('s.room_id', 'in', r.roomIds));
        if (r.userIds.length) ors.push(eb.exists(eb.selectFrom('session_participants as p').select('p.session_id').whereRef('p.session_id', '=', 's.id').where('p.user_id', 'in', r.userIds)));
        if (r.expertIds.length) ors.push(eb.exists(eb.selectFrom('session_participants as p').select('p.session_id').whereRef('p.session_id', '=', 's.id').where('p.expert_id', 'in', r.expertIds)));
        return eb.or(ors);
      })
      .execute();
    const parts = rows.length ? await db.selectFrom('session_participants').select(['session_id', 'user_id', 'expert_id']).where('session_id', 'in', rows.map((x) => x.id)).execute() : [];
    return rows.map((s) => ({
      id: s.id,
      caseId: s.case_id,
      caseCode: s.case_code,
      status: s.status,
      roomId: s.room_id,
      startsAt: new Date(s.starts_at),
      endsAt: new Date(s.ends_at),
      userIds: parts.filter((p) => p.session_id === s.id && p.user_id).map((p) => p.user_id!),
      expertIds: parts.filter((p) => p.session_id === s.id && p.expert_id).map((p) => p.expert_id!),
    }));
  }

  // ---- sessions ----

  async insertSession(trx: Kysely<DB>, row: Insertable<MediationSessionTable>, participants: readonly NewParticipant[]) {
    const s = await trx.insertInto('mediation_sessions').values(row).returningAll().executeTakeFirstOrThrow();
    await this.replaceParticipants(trx, s.id, participants);
    return s;
  }

  async replaceParticipants(trx: Kysely<DB>, sessionId: string, participants: readonly NewParticipant[]) {
    await trx.deleteFrom('session_participants').where('session_id', '=', sessionId).execute();
    if (participants.length) await trx.insertInto('session_participants').values(participants.map((p) => ({ ...p, session_id: sessionId }))).execute();
  }

  forUpdate(trx: Kysely<DB>, id: string) {
    return trx.selectFrom('mediation_sessions').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  }

  updateSession(trx: Kysely<DB>, id: string, patch: Partial<Insertable<MediationSessionTable>>) {
    return trx.updateTable('mediation_sessions').set({ ...patch, version: sql`version + 1` }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
  }

  setAttendance(trx: Kysely<DB>, sessionId: string, ordinal: number, attendance: 'invited' | 'present' | 'absent') {
    return trx.updateTable('session_participants').set({ attendance }).where('session_id', '=', sessionId).where('ordinal', '=', ordinal).executeTakeFirst();
  }

  session(id: string, db: Kysely<DB> = this.db) {
    return db.selectFrom('mediation_sessions').selectAll().where('id', '=', id).executeTakeFirst();
  }

  participants(db: Kysely<DB>, sessionIds: readonly string[]) {
    if (!sessionIds.length) return Promise.resolve([]);
    return db
      .selectFrom('session_participants as p')
      .leftJoin('users as u', 'u.id', 'p.user_id')
      .leftJoin('experts as e', 'e.id', 'p.expert_id')
      .leftJoin('parties as pa', 'pa.id', 'p.party_id')
      .selectAll('p')
      .select(['u.display_name as user_name', 'e.name as expert_name', 'e.user_id as expert_user_id', 'pa.name as party_name'])
      .where('p.session_id', 'in', sessionIds)
      .orderBy('p.session_id')
      .orderBy('p.ordinal')
      .execute();
  }

  /** Sessions with their case, room and place names: the calendar (scoped to what the caller may see) or one case's list. */
  listed(scope: Scope | null, f: CalendarFilter) {
    const filter = scope ? caseScopeFilter(scope) : null;
    let q = this.db
      .selectFrom('mediation_sessions as s')
      .innerJoin('cases as c', 'c.id', 's.case_id')
      .leftJoin('mediation_rooms as r', 'r.id', 's.room_id')
      .leftJoin('org_units as u', 'u.id', 's.unit_id')
      .leftJoin('org_units as cm', 'cm.id', 'c.community_id')
      .selectAll('s')
      .select(['c.code as case_code', 'c.title as case_title', 'c.status as case_status', 'c.community_id', 'cm.name as community_name', 'r.name as room_name', 'u.name as unit_name'])
      .where('s.starts_at', '<', f.to)
      .where('s.ends_at', '>', f.from);
    if (scope && filter) {
      const userId = scope.userId;
      // Visible cases, plus the sessions the caller is invited to (as staff or as the expert they are).
      q = q.where((eb) =>
        eb.or([
          filter(eb as never),
          eb.exists(
            eb
              .selectFrom('session_participants as sp')
              .leftJoin('experts as ex', 'ex.id', 'sp.expert_id')
              .select('sp.session_id')
              .whereRef('sp.session_id', '=', 's.id')
              .where((w) => w.or([w('sp.user_id', '=', userId), w('ex.user_id', '=', userId)])),
          ),
        ]),
      );
    }
    if (f.caseId) q = q.where('s.case_id', '=', f.caseId);
    if (f.roomId) q = q.where('s.room_id', '=', f.roomId);
    if (f.communityId) q = q.where('c.community_id', '=', f.communityId);
    if (f.circuitPlanId) q = q.where('s.circuit_plan_id', '=', f.circuitPlanId);
    if (f.userId) q = q.where((eb) => eb.exists(eb.selectFrom('session_participants as sp').select('sp.session_id').whereRef('sp.session_id', '=', 's.id').where('sp.user_id', '=', f.userId!)));
    if (f.expertId) q = q.where((eb) => eb.exists(eb.selectFrom('session_participants as sp').select('sp.session_id').whereRef('sp.session_id', '=', 's.id').where('sp.expert_id', '=', f.expertId!)));
    return q.orderBy('s.starts_at').orderBy('s.id').limit(2000).execute();
  }

  /** The case's parties, and the experts who accepted to serve on it: who may be invited besides staff. */
  async invitable(caseId: string) {
    const [parties, experts] = await Promise.all([
      this.db.selectFrom('case_parties as cp').innerJoin('parties as p', 'p.id', 'cp.party_id').select(['p.id', 'p.name', 'cp.role', 'cp.ordinal']).where('cp.case_id', '=', caseId).orderBy('cp.ordinal').execute(),
      this.db.selectFrom('case_experts as ce').innerJoin('experts as e', 'e.id', 'ce.expert_id').select(['e.id', 'e.name', 'e.user_id', 'ce.lead']).where('ce.case_id', '=', caseId).where('ce.status', '=', 'accepted').orderBy('e.name').execute(),
    ]);
    return { parties, experts };
  }

  activeUsers(ids: readonly string[]) {
    if (!ids.length) return Promise.resolve([]);
    return this.db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', ids).where('active', '=', true).execute();
  }

  /** Mediators of a center and of its departments and stations: who may go on a circuit. */
  centerMediators(centerId: string) {
    return this.db
      .selectFrom('user_roles as r')
      .innerJoin('users as u', 'u.id', 'r.user_id')
      .innerJoin('org_units as o', 'o.id', 'r.unit_id')
      .select(['u.id', 'u.display_name', 'o.name as unit_name'])
      .where('r.role', '=', 'mediator')
      .where('u.active', '=', true)
      .where((eb) => eb.or([eb('o.id', '=', centerId), eb('o.center_id', '=', centerId)]))
      .distinctOn('u.id')
      .orderBy('u.id')
      .execute();
  }

  // ---- circuit plans ----

  /** Open cases of a center in these communities that can be mediated on site: accepted or handling, not paused. */
  circuitCandidates(centerId: string, communityIds: readonly string[]) {
    if (!communityIds.length) return Promise.resolve([]);
    return this.db
      .selectFrom('cases as c')
      .leftJoin('users as a', 'a.id', 'c.assignee_id')
      .select(['c.id', 'c.code', 'c.title', 'c.status', 'c.category', 'c.community_id', 'c.assignee_id', 'a.display_name as assignee_name', 'c.registered_at', 'c.is_group'])
      .where('c.center_id', '=', centerId)
      .where('c.community_id', 'in', communityIds)
      .where('c.status', 'in', ['accepted', 'handling'])
      .where('c.paused', '=', false)
      .orderBy('c.registered_at')
      .execute();
  }

  insertPlan(trx: Kysely<DB>, row: Insertable<DB['circuit_plans']>) {
    return trx.insertInto('circuit_plans').values(row).returningAll().executeTakeFirstOrThrow();
  }

  plan(id: string, db: Kysely<DB> = this.db) {
    return db.selectFrom('circuit_plans as p').innerJoin('org_units as u', 'u.id', 'p.center_id').leftJoin('users as cu', 'cu.id', 'p.created_by').selectAll('p').select(['u.name as center_name', 'cu.display_name as created_by_name']).where('p.id', '=', id).executeTakeFirst();
  }

  planForUpdate(trx: Kysely<DB>, id: string) {
    return trx.selectFrom('circuit_plans').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  }

  plans(from: string, to: string, centerIds: readonly string[] | null) {
    let q = this.db
      .selectFrom('circuit_plans as p')
      .innerJoin('org_units as u', 'u.id', 'p.center_id')
      .leftJoin('users as cu', 'cu.id', 'p.created_by')
      .selectAll('p')
      .select(['u.name as center_name', 'cu.display_name as created_by_name'])
      .select((eb) => [
        eb.selectFrom('mediation_sessions as s').select(eb.fn.countAll<string>().as('n')).whereRef('s.circuit_plan_id', '=', 'p.id').where('s.status', '<>', 'cancelled').as('session_count'),
        eb.selectFrom('mediation_sessions as s').select(eb.fn.countAll<string>().as('n')).whereRef('s.circuit_plan_id', '=', 'p.id').where('s.status', '=', 'held').as('held_count'),
      ])
      .where('p.date', '>=', from)
      .where('p.date', '<=', to);
    if (centerIds) {
      if (!centerIds.length) return Promise.resolve([]);
      q = q.where('p.center_id', 'in', centerIds);
    }
    return q.orderBy('p.date', 'desc').orderBy('p.created_at', 'desc').execute();
  }

  updatePlan(trx: Kysely<DB>, id: string, patch: Partial<Insertable<DB['circuit_plans']>>) {
    return trx.updateTable('circuit_plans').set({ ...patch, version: sql`version + 1` }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
  }

  planSessionsForUpdate(trx: Kysely<DB>, planId: string) {
    return trx.selectFrom('mediation_sessions').selectAll().where('circuit_plan_id', '=', planId).orderBy('starts_at').forUpdate().execute();
  }
}
