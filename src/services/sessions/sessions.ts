import { changeProblem, recordProblem, type Attendance, type SessionOutcome } from '../../domain/sessions/rules.js';
import { AppError, forbidden, invalid, notFound } from '../../errors.js';
import type { Actor } from '../actor.js';
import { visibleCase } from '../cases/visible-case.js';
import { arrangesCase, assertNotArchived, assertSchedulable } from './access.js';
import { beijingText, checkBooking, lockAndCheck, MODE_ZH, type SessionInput } from './booking.js';
import type { SessionDeps } from './deps.js';
import { loadSession, renderSessions } from './view.js';

const CHANGE_MESSAGES = { not_scheduled: 'session_not_scheduled', started: 'session_started' } as const;

async function caseForArranging(deps: SessionDeps, actor: Actor, caseId: string, action: string) {
  const c = await visibleCase(deps.cases, actor, caseId, action);
  if (!arrangesCase(actor, c)) {
    await deps.cases.audit.record(actor, { action, outcome: 'denied', targetType: 'case', targetId: c.id });
    throw forbidden();
  }
  return c;
}

function placeText(b: { mode: keyof typeof MODE_ZH; roomName: string | null; place: string | null }) {
  return b.mode === 'online' ? '线上视频会议' : (b.roomName ?? b.place ?? '');
}

/**
 * POST /api/cases/:id/sessions: schedules a mediation session. Checked first (400 per
 * field), then in one transaction: the case row and the rooms/people are locked, conflicts
 * looked for again (409 `session_conflict`, nothing written), the session and invitees
 * written, a `session_scheduled` event appended and the invited staff and experts notified.
 */
export async function scheduleSession(deps: SessionDeps, actor: Actor, caseId: string, input: SessionInput) {
  const c = await caseForArranging(deps, actor, caseId, 'session.schedule');
  assertSchedulable(c);
  const now = deps.cases.clock.now();
  const b = await checkBooking(deps, c, input, now);

  const id = await deps.cases.db.transaction().execute(async (trx) => {
    const locked = await deps.cases.cases.forUpdate(trx, c.id);
    if (!locked) throw notFound('case_not_found');
    assertSchedulable(locked);
    await lockAndCheck(deps, trx, [{ key: c.id, roomId: b.roomId, userIds: b.userIds, expertIds: b.expertIds, startsAt: b.startsAt, endsAt: b.endsAt, names: b.names }]);
    const s = await deps.repo.insertSession(
      trx,
      { case_id: c.id, mode: b.mode, room_id: b.roomId, unit_id: b.unitId, place: b.place, online_url: b.onlineUrl, starts_at: b.startsAt, ends_at: b.endsAt, created_by: actor.userId, created_at: now },
      b.participants,
    );
    await deps.cases.cases.appendEvent(trx, c.id, {
      type: 'session_scheduled',
      actorId: actor.userId,
      actorName: actor.displayName,
      at: now,
      data: { sessionId: s.id, mode: b.mode, startsAt: b.startsAt.toISOString(), endsAt: b.endsAt.toISOString(), place: placeText(b), participants: b.participants.length },
    });
    await deps.cases.notifications.notify(trx, b.notifyUserIds.filter((u) => u !== actor.userId), {
      caseId: c.id,
      kind: 'session_scheduled',
      title: `调解安排：案件 ${c.code}`,
      body: `${actor.displayName}安排于 ${beijingText(b.startsAt)} 进行${MODE_ZH[b.mode]}（${placeText(b)}），请准时参加`,
      at: now,
    });
    return s.id;
  });
  return (await loadSession(deps.repo, deps.cases.db, c.id, id))!;
}

async function sessionOfCase(deps: SessionDeps, caseId: string, sessionId: string) {
  const s = await deps.repo.session(sessionId);
  if (!s || s.case_id !== caseId) throw notFound();
  return s;
}

/** PATCH /api/cases/:id/sessions/:sid: moves a scheduled session (time, place, invitees) with the same checks; 409 if it changed meanwhile. */
export async function rescheduleSession(deps: SessionDeps, actor: Actor, caseId: string, sessionId: string, input: SessionInput & { version: number }) {
  const c = await caseForArranging(deps, actor, caseId, 'session.reschedule');
  assertSchedulable(c);
  const now = deps.cases.clock.now();
  const before = await sessionOfCase(deps, c.id, sessionId);
  const problem = changeProblem(before.status, new Date(before.starts_at), now);
  if (problem) throw new AppError(409, 'conflict', CHANGE_MESSAGES[problem]);
  const b = await checkBooking(deps, c, input, now);

  await deps.cases.db.transaction().execute(async (trx) => {
    const locked = await deps.cases.cases.forUpdate(trx, c.id);
    if (!locked) throw notFound('case_not_found');
    assertSchedulable(locked);
    const s = await deps.repo.forUpdate(trx, sessionId);
    if (!s) throw notFound();
    if (s.version !== input.version) throw new AppError(409, 'conflict', 'conflict', {}, undefined, { sessionId });
    const again = changeProblem(s.status, new Date(s.starts_at), now);
    if (again) throw new AppError(409, 'conflict', CHANGE_MESSAGES[again]);
    await lockAndCheck(deps, trx, [{ key: c.id, sessionId, roomId: b.roomId, userIds: b.userIds, expertIds: b.expertIds, startsAt: b.startsAt, endsAt: b.endsAt, names: b.names }]);
    await deps.repo.updateSession(trx, sessionId, { mode: b.mode, room_id: b.roomId, unit_id: b.unitId, place: b.place, online_url: b.onlineUrl, starts_at: b.startsAt, ends_at: b.endsAt });
    await deps.repo.replaceParticipants(trx, sessionId, b.participants);
    await deps.cases.cases.appendEvent(trx, c.id, {
      type: 'session_rescheduled',
      actorId: actor.userId,
      actorName: actor.displayName,
      at: now,
      data: { sessionId, mode: b.mode, from: new Date(s.starts_at).toISOString(), startsAt: b.startsAt.toISOString(), endsAt: b.endsAt.toISOString(), place: placeText(b) },
    });
    await deps.cases.notifications.notify(trx, b.notifyUserIds.filter((u) => u !== actor.userId), {
      caseId: c.id,
      kind: 'session_rescheduled',
      title: `调解改期：案件 ${c.code}`,
      body: `调解已改至 ${beijingText(b.startsAt)}，${MODE_ZH[b.mode]}（${placeText(b)}）`,
      at: now,
    });
  });
  return (await loadSession(deps.repo, deps.cases.db, c.id, sessionId))!;
}

/** POST /api/cases/:id/sessions/:sid/cancel: calls off a session that has not started, with the reason; invitees are told. */
export async function cancelSession(deps: SessionDeps, actor: Actor, caseId: string, sessionId: string, body: { reason: string; version?: number }) {
  const c = await caseForArranging(deps, actor, caseId, 'session.cancel');
  assertNotArchived(c);
  const now = deps.cases.clock.now();
  await sessionOfCase(deps, c.id, sessionId);
  const before = await deps.repo.participants(deps.cases.db, [sessionId]);
  const notify = before.flatMap((p) => (p.user_id ? [p.user_id] : p.expert_user_id ? [p.expert_user_id] : []));

  await deps.cases.db.transaction().execute(async (trx) => {
    const locked = await deps.cases.cases.forUpdate(trx, c.id);
    if (!locked) throw notFound('case_not_found');
    assertNotArchived(locked);
    const s = await deps.repo.forUpdate(trx, sessionId);
    if (!s) throw notFound();
    if (body.version !== undefined && s.version !== body.version) throw new AppError(409, 'conflict', 'conflict', {}, undefined, { sessionId });
    const problem = changeProblem(s.status, new Date(s.starts_at), now);
    if (problem) throw new AppError(409, 'conflict', CHANGE_MESSAGES[problem]);
    await deps.repo.updateSession(trx, sessionId, { status: 'cancelled', cancel_reason: body.reason, cancelled_at: now });
    await deps.cases.cases.appendEvent(trx, c.id, {
      type: 'session_cancelled',
      actorId: actor.userId,
      actorName: actor.displayName,
      at: now,
      reason: body.reason,
      data: { sessionId, startsAt: new Date(s.starts_at).toISOString() },
    });
    await deps.cases.notifications.notify(trx, notify.filter((u) => u !== actor.userId), {
      caseId: c.id,
      kind: 'session_cancelled',
      title: `调解取消：案件 ${c.code}`,
      body: `原定 ${beijingText(new Date(s.starts_at))} 的调解已取消：${body.reason}`,
      at: now,
    });
  });
  return (await loadSession(deps.repo, deps.cases.db, c.id, sessionId))!;
}

export interface RecordInput {
  minutes: string;
  outcome: SessionOutcome;
  attendance?: { ordinal: number; attendance: Attendance }[];
  version?: number;
}

/**
 * POST /api/cases/:id/sessions/:sid/record: the minutes, the outcome and who came, once the
 * session has started (the case's handler or the center's staff). The first record marks
 * it held and appends `session_held`; later ones correct it. The last open session of a
 * circuit plan marks the plan done.
 */
export async function recordSession(deps: SessionDeps, actor: Actor, caseId: string, sessionId: string, input: RecordInput) {
  const c = await caseForArranging(deps, actor, caseId, 'session.record');
  assertNotArchived(c);
  const now = deps.cases.clock.now();
  const existing = await sessionOfCase(deps, c.id, sessionId);
  const parts = await deps.repo.participants(deps.cases.db, [sessionId]);
  const attendance = input.attendance ?? [];
  const bad: Record<string, { 'zh-CN': string; en: string }> = {};
  attendance.forEach((a, i) => {
    if (!parts.some((p) => p.ordinal === a.ordinal)) bad[`attendance.${i}.ordinal`] = { 'zh-CN': '该参加人不在本次调解名单中', en: 'No such participant in this session' };
  });
  if (Object.keys(bad).length) throw invalid(bad);
  const early = recordProblem(existing.status, new Date(existing.starts_at), now);
  if (early) throw new AppError(409, 'conflict', early === 'cancelled' ? 'session_cancelled' : 'session_not_started');

  await deps.cases.db.transaction().execute(async (trx) => {
    const locked = await deps.cases.cases.forUpdate(trx, c.id);
    if (!locked) throw notFound('case_not_found');
    assertNotArchived(locked);
    const s = await deps.repo.forUpdate(trx, sessionId);
    if (!s) throw notFound();
    if (input.version !== undefined && s.version !== input.version) throw new AppError(409, 'conflict', 'conflict', {}, undefined, { sessionId });
    const problem = recordProblem(s.status, new Date(s.starts_at), now);
    if (problem) throw new AppError(409, 'conflict', problem === 'cancelled' ? 'session_cancelled' : 'session_not_started');
    await deps.repo.updateSession(trx, sessionId, { status: 'held', outcome: input.outcome, minutes: input.minutes, minutes_recorded_by: actor.userId });
    for (const a of attendance) await deps.repo.setAttendance(trx, sessionId, a.ordinal, a.attendance);
    if (s.status === 'scheduled') {
      await deps.cases.cases.appendEvent(trx, c.id, {
        type: 'session_held',
        actorId: actor.userId,
        actorName: actor.displayName,
        at: now,
        data: { sessionId, outcome: input.outcome, startsAt: new Date(s.starts_at).toISOString(), present: attendance.filter((a) => a.attendance === 'present').length },
      });
    }
    if (s.circuit_plan_id) {
      const rest = await deps.repo.planSessionsForUpdate(trx, s.circuit_plan_id);
      if (rest.every((x) => x.id === sessionId || x.status !== 'scheduled')) {
        const plan = await deps.repo.planForUpdate(trx, s.circuit_plan_id);
        if (plan?.status === 'planned') await deps.repo.updatePlan(trx, plan.id, { status: 'done' });
      }
    }
  });
  return (await loadSession(deps.repo, deps.cases.db, c.id, sessionId))!;
}

/** GET /api/cases/:id/sessions: every session of a case the caller may see, with the invitable people and whether they may arrange. */
export async function caseSessions(deps: SessionDeps, actor: Actor, caseId: string) {
  const c = await visibleCase(deps.cases, actor, caseId);
  const rows = await deps.repo.listed(null, { from: new Date(0), to: new Date('9999-01-01T00:00:00Z'), caseId: c.id });
  const items = await renderSessions(deps.repo, deps.cases.db, rows);
  const canArrange = arrangesCase(actor, c) && c.status !== 'archived';
  const { parties, experts } = await deps.repo.invitable(c.id);
  const handlerIds = [...new Set([c.assignee_id, actor.userId].filter((x): x is string => !!x))];
  const handlers = await deps.repo.activeUsers(handlerIds);
  return {
    items,
    canSchedule: canArrange && (c.status === 'accepted' || c.status === 'handling'),
    canRecord: canArrange,
    centerId: c.center_id,
    invitable: {
      staff: handlers.map((u) => ({ userId: u.id, name: u.display_name })),
      experts: experts.map((e) => ({ expertId: e.id, name: e.name, lead: e.lead })),
      parties: parties.map((p) => ({ partyId: p.id, name: p.name, role: p.role })),
    },
  };
}
