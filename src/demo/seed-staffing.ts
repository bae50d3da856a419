import { type Kysely, sql } from 'kysely';
import type { DB } from '../db/schema.js';
import { addWorkingMinutes, createWorkingCalendar, isWorkingDay, localDate, SHIPPED_CALENDAR } from '../domain/calendar/index.js';
import { datesBetween } from '../domain/routing/roster-rules.js';
import { oncallRespondBy } from '../domain/routing/oncall.js';
import { DEMO_KEYS } from './district.js';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** Mediators of each center who take turns at the window (the team leads dispatch and are not rostered). */
const ROSTERS = [
  { center: DEMO_KEYS.centerDistrict, mediators: ['mediator', 'mediator-02', 'mediator-03', 'mediator-04', 'mediator-05'], perDay: 3 },
  { center: DEMO_KEYS.centerDevzone, mediators: ['mediator-06', 'mediator-07', 'mediator-08'], perDay: 2 },
] as const;

/**
 * The demo's staffing (值班与随驻): four weeks of duty rosters from today at both
 * centers — three of the district center's five mediators and two of the development
 * zone's three on each working day, in turn — and on-call requests on open cases of
 * the district center: one waiting for a law firm's answer, one accepted by a social
 * organisation, and one a law firm let expire. Deterministic for a given `now`.
 */
export async function seedDemoStaffing(trx: Kysely<DB>, ids: ReadonlyMap<string, string>, now: Date): Promise<void> {
  const id = (key: string) => {
    const v = ids.get(key);
    if (!v) throw new Error(`demo staffing: unknown key ${key}`);
    return v;
  };
  const cal = createWorkingCalendar(SHIPPED_CALENDAR);
  const today = localDate(cal, now);
  const days = datesBetween(today, localDate(cal, new Date(now.getTime() + 27 * DAY_MS))).filter((d) => isWorkingDay(cal, d));

  for (const r of ROSTERS) {
    const shifts = days.flatMap((date, k) =>
      Array.from({ length: r.perDay }, (_, j) => ({
        unit_id: id(r.center),
        user_id: id(`user:${r.mediators[(k * r.perDay + j) % r.mediators.length]!}`),
        date,
        note: j === 0 ? '窗口接待' : '调解室值班',
      })),
    );
    if (shifts.length) await trx.insertInto('duty_shifts').values(shifts).execute();
    await trx.insertInto('duty_rosters').values({ unit_id: id(r.center), version: 1, updated_at: now, updated_by: id('user:dispatcher') }).execute();
  }

  // Open cases of the district center whose last step is at least a week old, so that the requests follow it in time.
  const weekAgo = new Date(now.getTime() - 7 * DAY_MS);
  const cases = await trx
    .selectFrom('cases as c')
    .select(['c.id'])
    .where('c.center_id', '=', id(DEMO_KEYS.centerDistrict))
    .where('c.status', '=', 'handling')
    .where('c.paused', '=', false)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('case_events as e').select('e.case_id').whereRef('e.case_id', '=', 'c.id').where('e.at', '>', weekAgo))))
    .orderBy('c.registered_at', 'desc')
    .orderBy('c.id')
    .limit(3)
    .execute();
  if (cases.length < 3) return;
  const [waiting, helped, lapsed] = cases as [(typeof cases)[number], (typeof cases)[number], (typeof cases)[number]];

  const dispatcher = id('user:dispatcher');
  const firm = { id: id('dept-district-law-1'), liaison: id('user:dept-law-01') };
  const firm2 = { id: id('dept-district-law-2'), liaison: id('user:dept-law-02') };
  const social = { id: id('dept-district-social-1'), liaison: id('user:dept-social-01') };
  const unitName = async (unitId: string) => (await trx.selectFrom('org_units').select('name').where('id', '=', unitId).executeTakeFirstOrThrow()).name;
  const event = (caseId: string, e: { type: string; actorId: string | null; actorName: string; at: Date; reason?: string; data: Record<string, unknown> }) =>
    trx
      .insertInto('case_events')
      .values({
        case_id: caseId,
        seq: sql<number>`(SELECT coalesce(max(seq), 0) + 1 FROM case_events WHERE case_id = ${caseId})`,
        type: e.type,
        actor_id: e.actorId,
        actor_name: e.actorName,
        at: e.at,
        reason: e.reason ?? null,
        data: JSON.stringify(e.data),
      })
      .execute();
  const displayName = async (userId: string) => (await trx.selectFrom('users').select('display_name').where('id', '=', userId).executeTakeFirstOrThrow()).display_name;
  const dispatcherName = await displayName(dispatcher);

  // 1. Waiting: asked an hour ago; the answer due 4 working hours after (after now, whatever the hour).
  {
    const at = new Date(now.getTime() - HOUR_MS);
    const due = oncallRespondBy(cal, at, 4);
    const respondBy = due > now ? due : oncallRespondBy(cal, now, 4);
    const message = '双方对法律责任的认定分歧较大，请派律师到中心提供法律意见并参与调解。';
    const r = await trx.insertInto('oncall_requests').values({ case_id: waiting.id, unit_id: firm.id, message, requested_by: dispatcher, requested_at: at, respond_by: respondBy }).returning('id').executeTakeFirstOrThrow();
    await event(waiting.id, { type: 'oncall_requested', actorId: dispatcher, actorName: dispatcherName, at, data: { requestId: r.id, unitId: firm.id, unitName: await unitName(firm.id), respondBy: respondBy.toISOString(), hours: 4, message } });
  }

  // 2. Accepted: asked three days ago, answered within the morning.
  {
    const at = addWorkingMinutes(cal, new Date(now.getTime() - 3 * DAY_MS), 60);
    const answeredAt = addWorkingMinutes(cal, at, 90);
    const message = '申请人情绪低落、多次在窗口哭诉，请派心理咨询师参与调解并做情绪疏导。';
    const note = '已安排国家二级心理咨询师周老师，明日上午到中心与申请人面谈。';
    const r = await trx
      .insertInto('oncall_requests')
      .values({ case_id: helped.id, unit_id: social.id, message, status: 'accepted', requested_by: dispatcher, requested_at: at, respond_by: oncallRespondBy(cal, at, 4), responded_at: answeredAt, responder_id: social.liaison, response_note: note, version: 2 })
      .returning('id')
      .executeTakeFirstOrThrow();
    const name = await unitName(social.id);
    await event(helped.id, { type: 'oncall_requested', actorId: dispatcher, actorName: dispatcherName, at, data: { requestId: r.id, unitId: social.id, unitName: name, respondBy: oncallRespondBy(cal, at, 4).toISOString(), hours: 4, message } });
    await event(helped.id, { type: 'oncall_answered', actorId: social.liaison, actorName: await displayName(social.liaison), at: answeredAt, data: { requestId: r.id, unitId: social.id, unitName: name, decision: 'accepted', note } });
  }

  // 3. Expired: asked five days ago, never answered; the expiry job closed it at its due time.
  {
    const at = addWorkingMinutes(cal, new Date(now.getTime() - 5 * DAY_MS), 120);
    const respondBy = oncallRespondBy(cal, at, 4);
    const message = '被申请人提出分期履行方案，请律师审查拟签协议条款的合法性。';
    const r = await trx
      .insertInto('oncall_requests')
      .values({ case_id: lapsed.id, unit_id: firm2.id, message, status: 'expired', requested_by: dispatcher, requested_at: at, respond_by: respondBy, version: 2 })
      .returning('id')
      .executeTakeFirstOrThrow();
    const name = await unitName(firm2.id);
    await event(lapsed.id, { type: 'oncall_requested', actorId: dispatcher, actorName: dispatcherName, at, data: { requestId: r.id, unitId: firm2.id, unitName: name, respondBy: respondBy.toISOString(), hours: 4, message } });
    await event(lapsed.id, { type: 'oncall_expired', actorId: null, actorName: '系统', at: respondBy, reason: `${name}未在答复时限内答复随驻请求`, data: { requestId: r.id, unitId: firm2.id, unitName: name, respondBy: respondBy.toISOString() } });
  }
}
