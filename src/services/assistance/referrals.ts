import { isFinalReferral, referralStepProblem, type ReferralStatus, type ReferralTarget } from '../../domain/assistance/referral.js';
import type { AssistanceKind } from '../../domain/assistance/kinds.js';
import { isAdmin } from '../../domain/scope.js';
import { AppError, conflict, forbidden, invalid, notFound } from '../../errors.js';
import type { ReferralListRow } from '../../repositories/assistance-repository.js';
import type { Actor } from '../actor.js';
import { visibleCase } from '../cases/visible-case.js';
import { mayRefer, mayStep, providerUnitIds, referralVisibility, seesHousehold } from './access.js';
import type { AssistanceDeps } from './deps.js';
import { referToAssistance } from './refer.js';
import { referralView } from './view.js';

const STATUS_WORDS: Record<ReferralTarget, string> = { accepted: '已接收', in_progress: '帮扶中', completed: '已完成', declined: '未接收' };

/** The household of a request, if the caller sees it: 404 when there is none, 403 (audited) outside their grids. */
async function visibleHousehold(deps: AssistanceDeps, actor: Actor, id: string, action: string) {
  const h = await deps.assistance.householdBrief(undefined, id);
  if (!h) throw notFound();
  if (seesHousehold(actor, h.grid_path)) return h;
  await deps.audit.record(actor, { action, outcome: 'denied', targetType: 'household_profile', targetId: id });
  throw forbidden();
}

/** Does the caller see the referral's case or household (the referrer's side of it)? */
async function seesSubject(deps: AssistanceDeps, actor: Actor, row: ReferralListRow): Promise<boolean> {
  if (isAdmin(actor.scope)) return true;
  if (row.case_id && (await deps.cases.get(actor.scope, row.case_id))) return true;
  if (row.household_id) {
    const h = await deps.assistance.householdBrief(undefined, row.household_id);
    if (h && seesHousehold(actor, h.grid_path)) return true;
  }
  return false;
}

/**
 * GET /api/assistance/referrals: the referrals the caller sees (through the case or the
 * household, or as the provider's liaison), newest first. Naming a case or household
 * checks that the caller sees it, and says whether they may refer it.
 */
export async function listReferrals(
  deps: AssistanceDeps,
  actor: Actor,
  q: { status?: ReferralStatus[]; kind?: AssistanceKind; caseId?: string; householdId?: string; limit: number },
) {
  const liaison = providerUnitIds(actor).length > 0;
  let subjectVisible = false;
  if (q.caseId) {
    subjectVisible = !!(await deps.cases.get(actor.scope, q.caseId));
    if (!subjectVisible && !liaison) await visibleCase(deps, actor, q.caseId, 'assistance.list');
  }
  if (q.householdId) {
    const h = await deps.assistance.householdBrief(undefined, q.householdId);
    if (!h) throw notFound();
    subjectVisible = seesHousehold(actor, h.grid_path);
    if (!subjectVisible && !liaison) await visibleHousehold(deps, actor, q.householdId, 'assistance.list');
  }
  const rows = await deps.assistance.referrals(referralVisibility(actor), q);
  return { items: rows.map((r) => referralView(r, actor)), canRefer: subjectVisible && mayRefer(actor) };
}

/** POST /api/assistance/referrals: the referrer's side refers a case or household it sees; the provider's liaisons are told. */
export async function createReferral(deps: AssistanceDeps, actor: Actor, body: { resourceId: string; caseId?: string | null; householdId?: string | null; visitId?: string | null; reason: string }) {
  if (!body.caseId && !body.householdId) throw invalid({ caseId: { 'zh-CN': '请指明转介的案件或家庭', en: 'Name the case or the household referred' } });
  if (!mayRefer(actor)) {
    await deps.audit.record(actor, { action: 'assistance.refer', outcome: 'denied', targetType: body.caseId ? 'case' : 'household_profile', targetId: body.caseId ?? body.householdId ?? undefined });
    throw forbidden();
  }
  if (body.caseId) await visibleCase(deps, actor, body.caseId, 'assistance.refer');
  if (body.householdId) await visibleHousehold(deps, actor, body.householdId, 'assistance.refer');
  if (body.visitId) {
    const v = await deps.assistance.visitBrief(undefined, body.visitId);
    const matches = v && ((body.caseId && v.case_id === body.caseId) || (body.householdId && v.household_id === body.householdId));
    if (!matches) throw invalid({ visitId: { 'zh-CN': '该回访任务不属于所转介的案件或家庭', en: 'The visit is not one of the case or household referred' } });
  }
  const now = deps.clock.now();
  const row = await deps.db.transaction().execute((trx) =>
    referToAssistance(deps.assistance, trx, { resourceId: body.resourceId, caseId: body.caseId, householdId: body.householdId, visitId: body.visitId, reason: body.reason, actorId: actor.userId, now }),
  );
  return referralView((await deps.assistance.referral(undefined, row.id))!, actor);
}

/**
 * POST /api/assistance/referrals/:id/status: one step of the referral (accepted, in
 * progress, completed, declined) by the provider's liaison or the referrer's side, at
 * the version read: 409 `conflict` when stale, 409 `invalid_transition` for a step the
 * referral cannot take, 400 `outcome` when completing or declining without one.
 */
export async function changeReferralStatus(deps: AssistanceDeps, actor: Actor, id: string, body: { status: ReferralTarget; outcome?: string | null; version: number }) {
  const row = await deps.assistance.referral(undefined, id);
  if (!row) throw notFound();
  const provider = !!row.provider_unit_id && providerUnitIds(actor).includes(row.provider_unit_id);
  if (!(provider || (await seesSubject(deps, actor, row))) || !mayStep(actor, row)) {
    await deps.audit.record(actor, { action: 'assistance.status', outcome: 'denied', targetType: 'assistance_referral', targetId: id });
    throw forbidden();
  }
  if (body.version !== row.version) throw conflict({ version: row.version });
  const from = row.status as ReferralStatus;
  const problem = referralStepProblem(from, body.status, body.outcome);
  if (problem === 'invalid_transition') throw new AppError(409, 'invalid_transition', 'assistance_invalid_transition', {}, undefined, { status: from });
  if (problem === 'outcome_required') {
    throw invalid({ outcome: body.status === 'declined' ? { 'zh-CN': '请说明未接收的原因', en: 'Say why the referral is declined' } : { 'zh-CN': '请填写帮扶结果', en: 'Describe the outcome of the assistance' } });
  }
  const now = deps.clock.now();
  const final = isFinalReferral(body.status);
  await deps.db.transaction().execute(async (trx) => {
    const updated = await deps.assistance.stepReferral(trx, id, { status: from, version: row.version }, {
      status: body.status,
      ...(final ? { outcome: body.outcome!.trim(), closed_at: now } : {}),
      updated_at: now,
    });
    if (!updated) throw conflict();
    if (row.referred_by && row.referred_by !== actor.userId) {
      await deps.assistance.notifications.notify(trx, [row.referred_by], {
        caseId: row.case_id,
        kind: 'assistance_status',
        title: `转介帮扶${STATUS_WORDS[body.status]}：${row.resource_name}`,
        body: `${row.case_code ? `案件 ${row.case_code}` : '重点家庭'}的转介${STATUS_WORDS[body.status]}${final ? `：${body.outcome!.trim()}` : ''}`,
        at: now,
      });
    }
  });
  return referralView((await deps.assistance.referral(undefined, id))!, actor);
}
