import type { Insertable, Kysely } from 'kysely';
import { createWorkingCalendar, SHIPPED_CALENDAR } from '../domain/calendar/index.js';
import { type PoolExpert, rankCandidates, respondBy } from '../domain/experts/matching.js';
import { DEFAULT_EXPERT_POLICY } from '../domain/experts/policy.js';
import type { CaseExpertTable, DB } from '../db/schema.js';
import type { DemoDistrict } from './district.js';

/** Experts away for a while (出差、休假、培训): they stay in the pool but take no new cases. */
const AWAY: readonly { key: string; note: string }[] = [
  { key: 'expert-07', note: '赴呼和浩特参加全区人民调解业务培训，下周返回' },
  { key: 'expert-16', note: '休年假，暂停接案' },
  { key: 'expert-24', note: '外地出差，暂不接受新邀请' },
];

const MINUTE = 60_000;

/**
 * The expert pool's demo state (issue #4): a few experts away, teams of accepted
 * experts (组团服务) on open cases, and invitations still waiting for an answer —
 * one of them for the `expert` account, so that its 专家邀请 page is not empty.
 * Deterministic: newest cases first, experts ranked as matching ranks them.
 * (The teams carry no timeline events: the seeded timelines stay as generated.)
 */
export async function seedDemoExperts(trx: Kysely<DB>, d: DemoDistrict, ids: ReadonlyMap<string, string>, now: Date): Promise<void> {
  for (const a of AWAY) {
    const id = ids.get(a.key);
    if (id) await trx.updateTable('experts').set({ available: false, availability_note: a.note }).where('id', '=', id).execute();
  }

  const away = new Set(AWAY.map((a) => ids.get(a.key)));
  const pool: PoolExpert[] = d.experts.map((e) => ({
    id: ids.get(e.key)!,
    name: e.name,
    kind: e.kind,
    specialties: e.specialties,
    serviceModes: e.serviceModes,
    active: true,
    available: !away.has(ids.get(e.key)),
    years: e.years,
    maxOpenCases: 5,
    load: 0,
  }));
  const cases = await trx
    .selectFrom('cases')
    .select(['id', 'code', 'channel', 'category', 'service_mode', 'status', 'registered_at', 'accepted_at'])
    .where('status', 'in', ['registered', 'routed', 'accepted', 'handling'])
    .where('is_group', '=', false)
    // The most recent first: the teams sit on cases being worked on now.
    .orderBy('registered_at', 'desc')
    .orderBy('code')
    .limit(400)
    .execute();
  const cal = createWorkingCalendar(SHIPPED_CALENDAR);
  const rows: Insertable<CaseExpertTable>[] = [];
  const seat = (caseId: string, e: PoolExpert, row: Partial<Insertable<CaseExpertTable>>) => {
    rows.push({ case_id: caseId, expert_id: e.id, proposed_by: 'dispatcher', ...row });
    e.load++;
  };
  const candidates = (c: (typeof cases)[number]) =>
    rankCandidates(pool, { category: c.category, serviceMode: c.service_mode === 'online' || c.service_mode === 'offline' ? c.service_mode : null }, rows.filter((r) => r.case_id === c.id).map((r) => ({ expertId: r.expert_id, status: 'accepted' as const })));

  // Teams serving on cases being handled: two experts of different kinds (the first to accept leads), or one.
  const handling = cases.filter((c) => c.status === 'accepted' || c.status === 'handling');
  handling.slice(0, 12).forEach((c, i) => {
    const since = new Date(c.accepted_at ?? c.registered_at).getTime();
    const proposedAt = new Date(Math.min(since + 40 * MINUTE, now.getTime() - 3 * 60 * MINUTE));
    const first = candidates(c)[0];
    if (!first) return;
    seat(c.id, first, { status: 'accepted', lead: true, proposed_at: proposedAt, respond_by: respondBy(cal, proposedAt, DEFAULT_EXPERT_POLICY.responseWorkingHours), responded_at: new Date(proposedAt.getTime() + 50 * MINUTE) });
    if (i % 3 === 2) return;
    const second = candidates(c).find((e) => e.kind !== first.kind);
    if (second) seat(c.id, second, { status: 'accepted', proposed_at: proposedAt, respond_by: respondBy(cal, proposedAt, DEFAULT_EXPERT_POLICY.responseWorkingHours), responded_at: new Date(proposedAt.getTime() + 95 * MINUTE) });
  });

  // Invitations waiting for an answer, made an hour ago; the first goes to the `expert` account's retired judge.
  const proposedAt = new Date(now.getTime() - 60 * MINUTE);
  const pending = { status: 'proposed' as const, proposed_at: proposedAt, respond_by: respondBy(cal, proposedAt, DEFAULT_EXPERT_POLICY.responseWorkingHours) };
  const judge = pool.find((e) => e.id === ids.get('expert-01'));
  const waiting = cases.filter((c) => !rows.some((r) => r.case_id === c.id));
  const fitsJudge = (c: (typeof cases)[number]) => !!judge && candidates(c).includes(judge);
  // Preferably a case filed on the portal, where the resident picked the judge (双向选择).
  const forJudge = waiting.find((c) => c.channel === 'online' && fitsJudge(c)) ?? waiting.find(fitsJudge);
  if (judge && forJudge) seat(forJudge.id, judge, { ...pending, proposed_by: forJudge.channel === 'online' ? 'party' : 'dispatcher' });
  for (const c of waiting.filter((x) => x !== forJudge).slice(0, 3)) {
    const e = candidates(c)[0];
    if (e) seat(c.id, e, pending);
  }
  if (rows.length) await trx.insertInto('case_experts').values(rows).execute();
}
