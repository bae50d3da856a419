import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { OPEN, type CaseStatus } from '../../domain/case/lifecycle.js';
import { hasRole } from '../../domain/roles.js';
import { isOncallUnit, oncallFrom, type OncallAction, oncallNext, oncallRespondBy, type OncallStatus } from '../../domain/routing/oncall.js';
import { AppError, forbidden, invalid, notFound } from '../../errors.js';
import type { OncallListRow } from '../../repositories/oncall-repository.js';
import type { Actor } from '../actor.js';
import { callerFacts } from '../cases/caller.js';
import { visibleCase } from '../cases/visible-case.js';
import { canManageCenter } from './center-access.js';
import type { StaffingDeps } from './deps.js';
import { oncallPolicy } from './oncall-policy.js';
import { answeringUnitIds, beijingTime, oncallView } from './oncall-view.js';

const DISPATCH = ['admin', 'director', 'dispatcher'] as const;

const closed = () => new AppError(409, 'oncall_case_closed', 'oncall_case_closed');

/**
 * POST /api/cases/:id/oncall-requests: asks an on-call body to help on a case. The
 * caller sees the case and dispatches, or handles it; the answer is due after the
 * policy's working hours (or the hours given). One timeline event; the unit's
 * liaisons are notified.
 */
export async function requestOncall(deps: StaffingDeps, actor: Actor, caseId: string, body: { unitId: string; message: string; respondWithinHours?: number | null }) {
  const c = await visibleCase(deps, actor, caseId, 'oncall.request');
  if (!OPEN.includes(c.status as CaseStatus)) throw closed();
  if (!mayRequest(actor, c)) {
    await deps.audit.record(actor, { action: 'oncall.request', outcome: 'denied', targetType: 'case', targetId: c.id });
    throw forbidden();
  }
  const unit = await deps.units.get(null, body.unitId);
  if (!unit || !isOncallUnit({ kind: unit.kind, staffingTier: unit.staffing_tier, departmentType: unit.department_type })) {
    throw invalid({ unitId: { 'zh-CN': '只能向随驻单位（律师事务所、社会组织及按需到场的部门）发出请求', en: 'Requests go to on-call bodies only (law firms, social organisations, bureaus called per case)' } });
  }
  // Rules and recipients first: nothing may query outside the transaction inside it (PGlite).
  const [cal, policy, liaisons] = await Promise.all([deps.rules.calendar(), oncallPolicy(deps), deps.oncall.liaisons(unit.id)]);
  const hours = body.respondWithinHours ?? policy.value.respondWithinWorkingHours;
  const now = deps.clock.now();
  const respondBy = oncallRespondBy(cal, now, hours);

  const id = await deps.db.transaction().execute(async (trx) => {
    const locked = await deps.cases.forUpdate(trx, c.id);
    if (!locked || !OPEN.includes(locked.status as CaseStatus)) throw closed();
    if (await deps.oncall.openExists(trx, c.id, unit.id)) throw new AppError(409, 'oncall_duplicate', 'oncall_duplicate');
    const row = await deps.oncall.insert(trx, { caseId: c.id, unitId: unit.id, message: body.message, requestedBy: actor.userId, requestedAt: now, respondBy });
    await deps.cases.appendEvent(trx, c.id, {
      type: 'oncall_requested',
      actorId: actor.userId,
      actorName: actor.displayName,
      at: now,
      data: { requestId: row.id, unitId: unit.id, unitName: unit.name, respondBy: respondBy.toISOString(), hours, message: body.message },
    });
    await deps.notifications.notify(trx, liaisons, {
      caseId: c.id,
      kind: 'oncall_requested',
      title: `随驻请求：案件 ${c.code}`,
      body: `${actor.displayName}请求${unit.name}协助办理，请于 ${beijingTime(respondBy)} 前答复`,
      at: now,
    });
    return row.id;
  });
  return oncallView((await deps.oncall.get(id))!, actor, now);
}

/** May the caller ask for on-call help on this case: it is open, and they dispatch or handle it. */
function mayRequest(actor: Actor, c: { status: string; assignee_id: string | null; handling_unit_id: string | null }): boolean {
  if (!OPEN.includes(c.status as CaseStatus)) return false;
  const facts = callerFacts(actor);
  const handles = c.assignee_id ? c.assignee_id === actor.userId : c.handling_unit_id !== null && facts.handlingUnitIds.includes(c.handling_unit_id);
  return handles || hasRole(actor.scope.grants, ...DISPATCH);
}

/**
 * GET /api/cases/:id/oncall-requests: every request of a case the caller may see,
 * newest first; whether they may ask for more, and the bodies they may ask (the
 * case's own center's first).
 */
export async function caseOncallRequests(deps: StaffingDeps, actor: Actor, caseId: string) {
  const c = await visibleCase(deps, actor, caseId);
  const now = deps.clock.now();
  const canRequest = mayRequest(actor, c);
  const units = canRequest ? await deps.oncall.oncallUnits() : [];
  const own = (u: { center_id: string | null }) => (u.center_id === c.center_id ? 0 : 1);
  return {
    items: (await deps.oncall.byCase(caseId)).map((r) => oncallView(r, actor, now)),
    canRequest,
    units: [...units].sort((a, b) => own(a) - own(b)).map((u) => ({ id: u.id, name: u.name, departmentType: u.department_type, centerId: u.center_id })),
  };
}

/**
 * GET /api/oncall-requests: the caller's inbox — requests to the units they answer
 * for (a law firm's liaison sees their firm's), and for dispatchers and directors the
 * requests on cases of the centers they run; an admin sees all.
 */
export async function oncallInbox(deps: StaffingDeps, actor: Actor, q: { status?: OncallStatus[]; limit: number }) {
  const all = hasRole(actor.scope.grants, 'admin');
  const unitIds = answeringUnitIds(actor);
  const centers = hasRole(actor.scope.grants, 'director', 'dispatcher') ? await deps.units.byKind(null, 'center') : [];
  const centerIds = centers.filter((c) => canManageCenter(actor, c)).map((c) => c.id);
  if (!all && !centerIds.length && !actor.scope.grants.some((g) => g.role === 'department_liaison')) throw forbidden();
  const now = deps.clock.now();
  const rows = await deps.oncall.inbox({ all, unitIds, centerIds, status: q.status, limit: q.limit });
  return { items: rows.map((r) => oncallView(r, actor, now)) };
}

const EVENT: Record<Exclude<OncallAction, 'expire'>, string> = {
  accept: 'oncall_answered',
  decline: 'oncall_answered',
  complete: 'oncall_completed',
  cancel: 'oncall_cancelled',
};

/** One step of a request (answer, complete, cancel), atomic with its timeline event and notifications. */
async function step(deps: StaffingDeps, actor: Actor, row: OncallListRow, action: Exclude<OncallAction, 'expire'>, note: string | null, notifyIds: string[]) {
  const to = oncallNext(row.status as OncallStatus, action);
  const refused = () =>
    action === 'accept' || action === 'decline'
      ? new AppError(409, 'oncall_not_pending', 'oncall_not_pending', {}, undefined, { status: row.status })
      : new AppError(409, 'oncall_invalid_state', 'oncall_invalid_state', {}, undefined, { status: row.status });
  if (to === null) throw refused();
  const now = deps.clock.now();
  const answer = action === 'accept' || action === 'decline';
  await deps.db.transaction().execute(async (trx: Kysely<DB>) => {
    // The case row orders this event among the case's other events.
    await deps.cases.forUpdate(trx, row.case_id);
    const updated = await deps.oncall.transition(trx, row.id, oncallFrom(action), {
      status: to,
      ...(answer ? { responded_at: now, responder_id: actor.userId, response_note: note } : {}),
    });
    if (!updated) throw refused();
    await deps.cases.appendEvent(trx, row.case_id, {
      type: EVENT[action],
      actorId: actor.userId,
      actorName: actor.displayName,
      at: now,
      reason: action === 'decline' || action === 'cancel' ? note : null,
      data: { requestId: row.id, unitId: row.unit_id, unitName: row.unit_name, ...(answer ? { decision: to, note } : { note }) },
    });
    const verb = { accept: '已接受', decline: '已拒绝', complete: '已完成', cancel: '已撤销' }[action];
    await deps.notifications.notify(
      trx,
      notifyIds.filter((id) => id !== actor.userId),
      { caseId: row.case_id, kind: answer ? 'oncall_answered' : `oncall_${to}`, title: `随驻请求${verb}：案件 ${row.case_code}`, body: `${row.unit_name}${note ? `：${note}` : ''}`, at: now },
    );
  });
  return oncallView((await deps.oncall.get(row.id))!, actor, now);
}

async function requestRow(deps: StaffingDeps, id: string): Promise<OncallListRow> {
  const row = await deps.oncall.get(id);
  if (!row) throw notFound();
  return row;
}

/** POST /api/oncall-requests/:id/respond: the unit's liaison accepts or declines (a reason is required to decline); 409 once answered. */
export async function respondOncall(deps: StaffingDeps, actor: Actor, id: string, body: { decision: 'accepted' | 'declined'; note?: string | null }) {
  const row = await requestRow(deps, id);
  if (!answeringUnitIds(actor).includes(row.unit_id)) {
    await deps.audit.record(actor, { action: 'oncall.respond', outcome: 'denied', targetType: 'oncall_request', targetId: id });
    throw forbidden();
  }
  const note = body.note?.trim() || null;
  if (body.decision === 'declined' && !note) throw invalid({ note: { 'zh-CN': '拒绝时请说明原因', en: 'Give a reason for declining' } });
  return step(deps, actor, row, body.decision === 'accepted' ? 'accept' : 'decline', note, [row.requested_by, row.case_assignee_id].filter((x): x is string => !!x));
}

/** POST /api/oncall-requests/:id/complete and /cancel: the requester (or an admin) closes the request. */
export async function closeOncall(deps: StaffingDeps, actor: Actor, id: string, action: 'complete' | 'cancel', note: string | null) {
  const row = await requestRow(deps, id);
  if (row.requested_by !== actor.userId && !hasRole(actor.scope.grants, 'admin')) {
    await deps.audit.record(actor, { action: `oncall.${action}`, outcome: 'denied', targetType: 'oncall_request', targetId: id });
    throw forbidden();
  }
  const liaisons = await deps.oncall.liaisons(row.unit_id);
  return step(deps, actor, row, action, note?.trim() || null, action === 'cancel' ? liaisons : []);
}
