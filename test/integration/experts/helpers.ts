import { expect } from 'vitest';
import type { ExpertKind } from '../../../src/domain/experts/policy.js';
import { type Agent, login } from '../../support/app.js';
import { makeUser, PASSWORD } from '../../support/factories.js';
import { type CaseWorld, caseWorld } from '../cases/helpers.js';

/** A small pool: who is who matters to the ranking and fallback tests. */
export const POOL = {
  judge: { name: '高德明', kind: 'retired_judge', specialties: ['family', 'neighbour'], modes: ['online', 'offline'], years: 32, account: 'judge1' },
  psy: { name: '苏婉清', kind: 'psychologist', specialties: ['family'], modes: ['online', 'offline'], years: 12, account: 'psy1' },
  psy2: { name: '韩静怡', kind: 'psychologist', specialties: ['family', 'neighbour'], modes: ['online'], years: 6, account: 'psy2' },
  lawyer: { name: '周立新', kind: 'lawyer', specialties: ['family', 'labour'], modes: ['online', 'offline'], years: 8, account: 'lawyer1' },
  offlineLawyer: { name: '冯国栋', kind: 'lawyer', specialties: ['family', 'contract'], modes: ['offline'], years: 20, account: 'lawyer2' },
  scholar: { name: '钱文博', kind: 'legal_scholar', specialties: ['land', 'contract'], modes: ['online', 'offline'], years: 15, account: null },
  away: { name: '孙海涛', kind: 'lawyer', specialties: ['family'], modes: ['online', 'offline'], years: 18, account: 'away1', available: false, note: '外地出差，3月20日返回' },
} as const satisfies Record<string, { name: string; kind: ExpertKind; specialties: readonly string[]; modes: readonly string[]; years: number; account: string | null; available?: boolean; note?: string }>;

export type PoolKey = keyof typeof POOL;

export interface ExpertWorld extends CaseWorld {
  /** expert id by pool key */
  ex: Record<PoolKey, string>;
  /** the signed-in account of each expert who has one */
  as: Record<Exclude<PoolKey, 'scholar'>, Agent>;
  userOf: Record<Exclude<PoolKey, 'scholar'>, string>;
}

/** The case world with a pool of seven experts, six of them with an expert account. */
export async function expertWorld(opts: { now?: string } = {}): Promise<ExpertWorld> {
  const w = await caseWorld(opts);
  const ex = {} as Record<PoolKey, string>;
  const as = {} as ExpertWorld['as'];
  const userOf = {} as ExpertWorld['userOf'];
  for (const [key, e] of Object.entries(POOL) as [PoolKey, (typeof POOL)[PoolKey]][]) {
    const user = e.account ? await makeUser(w.t.ctx, e.account, [{ role: 'expert', unitId: w.d.center.id }], { displayName: e.name }) : null;
    const row = await w.t.database.db
      .insertInto('experts')
      .values({
        user_id: user?.id ?? null,
        name: e.name,
        kind: e.kind,
        organization: e.kind === 'lawyer' ? '内蒙古某律师事务所' : null,
        specialties: [...e.specialties],
        service_modes: [...e.modes],
        years: e.years,
        bio: `${e.name}，从业${e.years}年。`,
        available: 'available' in e ? e.available : true,
        availability_note: 'note' in e ? e.note : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ex[key] = row.id;
    if (user && key !== 'scholar') {
      userOf[key as Exclude<PoolKey, 'scholar'>] = user.id;
      as[key as Exclude<PoolKey, 'scholar'>] = await login(w.t.app, e.account!, PASSWORD);
    }
  }
  return Object.assign(w, { ex, as, userOf });
}

export interface Member {
  expertId: string;
  name: string;
  status: string;
  lead: boolean;
  designatedLead: boolean;
  proposedBy: string;
  respondBy: string | null;
  replacesExpertId: string | null;
  replacesName: string | null;
  declineReason: string | null;
  isMe: boolean;
}
export interface Team {
  items: Member[];
  canManage: boolean;
  seats: number;
  maxTeam: number;
}

export async function team(agent: Agent, caseId: string): Promise<Team> {
  const res = await agent.get(`/api/cases/${caseId}/experts`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Team;
}

export async function propose(agent: Agent, caseId: string, expertIds: string[], lead?: string) {
  return agent.post(`/api/cases/${caseId}/experts`, { expertIds, ...(lead ? { lead } : {}) });
}

export function respond(agent: Agent, caseId: string, expertId: string, decision: 'accepted' | 'declined', reason?: string) {
  return agent.post(`/api/cases/${caseId}/experts/${expertId}/respond`, { decision, ...(reason !== undefined ? { reason } : {}) });
}

/** The rows of case_experts of a case, straight from the database. */
export function rows(w: ExpertWorld, caseId: string) {
  return w.t.database.db.selectFrom('case_experts').selectAll().where('case_id', '=', caseId).execute();
}

export const status = (t: Team, expertId: string) => t.items.find((m) => m.expertId === expertId)?.status;

export async function notificationsOf(w: ExpertWorld, userId: string) {
  return w.t.database.db.selectFrom('notifications').select(['kind', 'title', 'body', 'case_id']).where('user_id', '=', userId).orderBy('created_at').execute();
}

/** Signs the expert accounts in again (after a clock jump past the session lifetime). */
export async function reloginExperts(w: ExpertWorld): Promise<void> {
  for (const key of Object.keys(w.as) as (keyof ExpertWorld['as'])[]) {
    const fresh = await login(w.t.app, POOL[key].account!, PASSWORD);
    w.as[key].cookie = fresh.cookie;
    w.as[key].csrfToken = fresh.csrfToken;
  }
}
