import { draftCircuit } from '../../domain/sessions/circuit.js';
import { timeProblems } from '../../domain/sessions/rules.js';
import { AppError, forbidden, invalid, notFound } from '../../errors.js';
import type { Actor } from '../actor.js';
import { managesCenter, readsCenter } from './access.js';
import { beijingText, lockAndCheck } from './booking.js';
import type { SessionDeps } from './deps.js';
import { renderSessions } from './view.js';

const p = (zh: string, en: string) => ({ 'zh-CN': zh, en });
const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(new Date(`${s}T00:00:00Z`).getTime());
const beijingDate = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

async function requireCenter(deps: SessionDeps, centerId: string) {
  const unit = await deps.cases.units.get(null, centerId);
  if (!unit || unit.kind !== 'center') throw invalid({ centerId: p('综治中心不存在', 'Unknown governance center') });
  return unit;
}

async function requireCommunities(deps: SessionDeps, ids: readonly string[], field: (i: number) => string) {
  const units = await deps.cases.units.getMany(ids);
  const bad: Record<string, ReturnType<typeof p>> = {};
  ids.forEach((id, i) => {
    const u = units.find((x) => x.id === id);
    if (!u || u.kind !== 'community') bad[field(i)] = p('社区不存在', 'Unknown community');
  });
  if (Object.keys(bad).length) throw invalid(bad);
  return units;
}

function checkDay(deps: SessionDeps, date: string) {
  if (!isDate(date)) throw invalid({ date: p('日期无效', 'Invalid date') });
  if (date < beijingDate(deps.cases.clock.now())) throw invalid({ date: p('不能为已经过去的日期安排巡回调解', 'A circuit cannot be planned for a past day') });
}

/**
 * POST /api/circuit-plans/draft: proposes a day's route — the open cases (accepted or
 * handling, not paused) of the center in the chosen communities, one stop per community in
 * the order given, back-to-back slots per case. Writes nothing.
 */
export async function draftPlan(deps: SessionDeps, actor: Actor, body: { centerId: string; date: string; communityIds: string[] }) {
  const center = await requireCenter(deps, body.centerId);
  if (!managesCenter(actor, center)) throw forbidden();
  checkDay(deps, body.date);
  const communities = await requireCommunities(deps, body.communityIds, (i) => `communityIds.${i}`);
  const cases = await deps.repo.circuitCandidates(center.id, body.communityIds);
  const draft = draftCircuit(
    body.date,
    body.communityIds,
    cases.map((c) => ({ caseId: c.id, communityId: c.community_id!, registeredAt: new Date(c.registered_at) })),
  );
  const caseView = (id: string) => {
    const c = cases.find((x) => x.id === id)!;
    return { caseId: c.id, code: c.code, title: c.title, status: c.status, category: c.category, assigneeId: c.assignee_id, assigneeName: c.assignee_name, isGroup: c.is_group };
  };
  return {
    centerId: center.id,
    date: body.date,
    stops: draft.stops.map((s) => ({
      communityId: s.communityId,
      communityName: communities.find((u) => u.id === s.communityId)!.name,
      startsAt: s.startsAt.toISOString(),
      endsAt: s.endsAt.toISOString(),
      cases: s.slots.map((x) => ({ ...caseView(x.caseId), startsAt: x.startsAt.toISOString(), endsAt: x.endsAt.toISOString() })),
    })),
    overflow: draft.overflow.map(caseView),
    /** communities chosen that have no open case */
    emptyCommunityIds: body.communityIds.filter((id) => !draft.stops.some((s) => s.communityId === id) && !cases.some((c) => c.community_id === id)),
  };
}

export interface PlanInput {
  centerId: string;
  date: string;
  title?: string | null;
  note?: string | null;
  /** mediators going on the circuit: invited to every session, with each case's assignee */
  mediatorIds: string[];
  stops: { communityId: string; place?: string | null; cases: { caseId: string; startsAt: string; endsAt: string }[] }[];
}

/**
 * POST /api/circuit-plans: the plan and one circuit session per case, in one transaction
 * with the conflict checks (409 `session_conflict` and nothing written). Each session is
 * at the stop's place (the community's name unless given) with the plan's mediators and
 * the case's assignee; each case gets `session_scheduled`, each mediator a notification.
 */
export async function createPlan(deps: SessionDeps, actor: Actor, input: PlanInput) {
  const center = await requireCenter(deps, input.centerId);
  if (!managesCenter(actor, center)) throw forbidden();
  checkDay(deps, input.date);
  const now = deps.cases.clock.now();
  if (!input.stops.length || input.stops.every((s) => !s.cases.length)) throw invalid({ stops: p('请至少安排一个案件', 'Plan at least one case') });
  const communities = await requireCommunities(deps, input.stops.map((s) => s.communityId), (i) => `stops.${i}.communityId`);
  const mediators = await deps.repo.activeUsers(input.mediatorIds);
  const bad: Record<string, ReturnType<typeof p>> = {};
  input.mediatorIds.forEach((id, i) => {
    if (!mediators.some((m) => m.id === id)) bad[`mediatorIds.${i}`] = p('工作人员不存在或已停用', 'Unknown or inactive staff member');
  });
  const candidates = await deps.repo.circuitCandidates(center.id, input.stops.map((s) => s.communityId));
  const seen = new Set<string>();
  const slots: { key: string; caseId: string; code: string; communityId: string; place: string; startsAt: Date; endsAt: Date; userIds: string[] }[] = [];
  input.stops.forEach((stop, si) => {
    const community = communities.find((u) => u.id === stop.communityId);
    stop.cases.forEach((x, ci) => {
      const f = `stops.${si}.cases.${ci}`;
      const c = candidates.find((y) => y.id === x.caseId);
      if (!c || c.community_id !== stop.communityId) bad[`${f}.caseId`] = p('该案件不是本社区待调解的在办案件', 'Not an open case of this community');
      else if (seen.has(c.id)) bad[`${f}.caseId`] = p('同一案件只能安排一次', 'A case can be planned once');
      const startsAt = new Date(x.startsAt);
      const endsAt = new Date(x.endsAt);
      for (const [k, v] of Object.entries(timeProblems(startsAt, endsAt, now))) bad[`${f}.${k}`] = v;
      if (!Number.isNaN(startsAt.getTime()) && beijingDate(startsAt) !== input.date) bad[`${f}.startsAt`] ??= p('时间应在计划当天', 'The time must be on the plan’s day');
      if (!c) return;
      seen.add(c.id);
      const userIds = [...new Set([...input.mediatorIds, ...(c.assignee_id ? [c.assignee_id] : [])])];
      if (!userIds.length) bad[`${f}.caseId`] ??= p('该案件没有承办人，请选择随行调解员', 'The case has no assignee; choose the mediators going');
      slots.push({ key: c.id, caseId: c.id, code: c.code, communityId: stop.communityId, place: stop.place?.trim() || community?.name || '', startsAt, endsAt, userIds });
    });
  });
  if (Object.keys(bad).length) throw invalid(bad);
  const assignees = await deps.repo.activeUsers([...new Set(slots.flatMap((s) => s.userIds))]);
  const names = new Map(assignees.map((u) => [u.id, u.display_name] as const));
  const title = input.title?.trim() || `${input.date} 巡回调解（${communities.map((u) => u.name).join('、')}）`;

  const planId = await deps.cases.db.transaction().execute(async (trx) => {
    // Case rows in id order, like the rooms and people after them: two plans never deadlock.
    for (const s of [...slots].sort((a, b) => a.caseId.localeCompare(b.caseId))) {
      const locked = await deps.cases.cases.forUpdate(trx, s.caseId);
      if (!locked || !['accepted', 'handling'].includes(locked.status) || locked.paused) throw new AppError(409, 'conflict', 'session_case_closed', {}, undefined, { caseId: s.caseId });
    }
    await lockAndCheck(deps, trx, slots.map((s) => ({ key: s.key, roomId: null, userIds: s.userIds, expertIds: [], startsAt: s.startsAt, endsAt: s.endsAt, names })));
    const plan = await deps.repo.insertPlan(trx, { center_id: center.id, date: input.date, title, note: input.note?.trim() || null, created_by: actor.userId, created_at: now });
    for (const s of slots) {
      const row = await deps.repo.insertSession(
        trx,
        { case_id: s.caseId, mode: 'circuit', room_id: null, unit_id: s.communityId, place: s.place, online_url: null, circuit_plan_id: plan.id, starts_at: s.startsAt, ends_at: s.endsAt, created_by: actor.userId, created_at: now },
        s.userIds.map((u, i) => ({ ordinal: i + 1, kind: 'staff' as const, user_id: u, expert_id: null, party_id: null, role: 'mediator' })),
      );
      await deps.cases.cases.appendEvent(trx, s.caseId, {
        type: 'session_scheduled',
        actorId: actor.userId,
        actorName: actor.displayName,
        at: now,
        data: { sessionId: row.id, mode: 'circuit', startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString(), place: s.place, participants: s.userIds.length, circuitPlanId: plan.id },
      });
      await deps.cases.notifications.notify(trx, s.userIds.filter((u) => u !== actor.userId), {
        caseId: s.caseId,
        kind: 'session_scheduled',
        title: `巡回调解：案件 ${s.code}`,
        body: `${beijingText(s.startsAt)} 在${s.place}巡回调解（${title}）`,
        at: now,
      });
    }
    return plan.id;
  });
  return getPlan(deps, actor, planId);
}

/** GET /api/circuit-plans/mediators: the center's mediators, for the circuit's companions. */
export async function circuitMediators(deps: SessionDeps, actor: Actor, centerId: string) {
  const center = await requireCenter(deps, centerId);
  if (!managesCenter(actor, center)) throw forbidden();
  const rows = await deps.repo.centerMediators(center.id);
  return { items: rows.map((r) => ({ userId: r.id, name: r.display_name, unitName: r.unit_name })).sort((a, b) => a.unitName.localeCompare(b.unitName, 'zh-CN') || a.name.localeCompare(b.name, 'zh-CN')) };
}

function planView(p: NonNullable<Awaited<ReturnType<SessionDeps['repo']['plan']>>>) {
  return {
    id: p.id,
    centerId: p.center_id,
    centerName: p.center_name,
    date: p.date,
    title: p.title,
    status: p.status,
    note: p.note,
    cancelReason: p.cancel_reason,
    createdByName: p.created_by_name,
    createdAt: new Date(p.created_at).toISOString(),
    version: p.version,
  };
}

/** Centers whose plans the caller may read (null: all). */
async function readableCenters(deps: SessionDeps, actor: Actor): Promise<string[] | null> {
  if (actor.scope.grants.some((g) => g.role === 'admin')) return null;
  const centers = await deps.cases.units.byKind(null, 'center');
  return centers.filter((c) => readsCenter(actor, c)).map((c) => c.id);
}

/** GET /api/circuit-plans?from=&to=: the plans of the centers the caller reads, newest day first, with session counts. */
export async function listPlans(deps: SessionDeps, actor: Actor, q: { from: string; to: string }) {
  if (!isDate(q.from)) throw invalid({ from: p('日期无效', 'Invalid date') });
  if (!isDate(q.to) || q.to < q.from) throw invalid({ to: p('结束日期应不早于开始日期', 'The end must not be before the start') });
  const rows = await deps.repo.plans(q.from, q.to, await readableCenters(deps, actor));
  return { items: rows.map((r) => ({ ...planView(r), sessionCount: Number(r.session_count ?? 0), heldCount: Number(r.held_count ?? 0) })) };
}

/** GET /api/circuit-plans/:id: the plan and its sessions in route order. */
export async function getPlan(deps: SessionDeps, actor: Actor, id: string) {
  const plan = await deps.repo.plan(id);
  if (!plan) throw notFound();
  const center = (await deps.cases.units.get(null, plan.center_id))!;
  if (!readsCenter(actor, center)) throw forbidden();
  const rows = await deps.repo.listed(null, { from: new Date(0), to: new Date('9999-01-01T00:00:00Z'), circuitPlanId: id });
  return { ...planView(plan), canManage: managesCenter(actor, center), sessions: await renderSessions(deps.repo, deps.cases.db, rows) };
}

/** POST /api/circuit-plans/:id/cancel: calls the day off; its sessions not yet started are cancelled with the reason. */
export async function cancelPlan(deps: SessionDeps, actor: Actor, id: string, body: { reason: string }) {
  const plan = await deps.repo.plan(id);
  if (!plan) throw notFound();
  const center = (await deps.cases.units.get(null, plan.center_id))!;
  if (!managesCenter(actor, center)) throw forbidden();
  const now = deps.cases.clock.now();
  await deps.cases.db.transaction().execute(async (trx) => {
    const locked = await deps.repo.planForUpdate(trx, id);
    if (!locked || locked.status !== 'planned') throw new AppError(409, 'conflict', 'circuit_plan_not_planned');
    const sessions = await deps.repo.planSessionsForUpdate(trx, id);
    for (const s of sessions) {
      if (s.status !== 'scheduled' || new Date(s.starts_at).getTime() <= now.getTime()) continue;
      await deps.repo.updateSession(trx, s.id, { status: 'cancelled', cancel_reason: body.reason, cancelled_at: now });
      await deps.cases.cases.appendEvent(trx, s.case_id, { type: 'session_cancelled', actorId: actor.userId, actorName: actor.displayName, at: now, reason: body.reason, data: { sessionId: s.id, startsAt: new Date(s.starts_at).toISOString(), circuitPlanId: id } });
    }
    await deps.repo.updatePlan(trx, id, { status: 'cancelled', cancel_reason: body.reason });
  });
  return getPlan(deps, actor, id);
}
