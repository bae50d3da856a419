import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { RiskLevel } from '../../domain/risk/checklist.js';
import { AppError, conflict, forbidden, notFound } from '../../errors.js';
import type { FollowupPlanRow } from '../../repositories/followup-repository.js';
import type { Actor } from '../actor.js';
import { mayManagePlans, mayWorkPlan, visiblePlan } from './access.js';
import { applyPlanLevel } from './apply-level.js';
import type { FollowupDeps } from './deps.js';
import { followupPolicy } from './policy.js';
import { renderPlan } from './plan-view.js';

export const planEnded = () => new AppError(409, 'plan_ended', 'followup_plan_ended');
export const visitDone = () => new AppError(409, 'visit_done', 'followup_visit_done');

/** The plan locked for a change by hand: 409 `plan_ended` when it has ended, `conflict` when the version seen is stale. */
async function lockActivePlan(deps: FollowupDeps, trx: Kysely<DB>, planId: string, version: number): Promise<FollowupPlanRow> {
  const p = await deps.followups.planForUpdate(trx, planId);
  if (!p) throw notFound();
  if (p.status !== 'active') throw planEnded();
  if (p.version !== version) throw conflict();
  return p;
}

/**
 * 调整风险等级 between visits: the plan's level changes with a reason, and the open
 * visit's due day moves at once. 409 `conflict` on a stale version, `plan_ended` on an ended plan.
 */
export async function changePlanLevel(deps: FollowupDeps, actor: Actor, planId: string, input: { level: RiskLevel; reason: string; version: number }) {
  const seen = await visiblePlan(deps, actor, planId, 'followup.level');
  const c = seen.case_id ? await deps.cases.get(null, seen.case_id) : undefined;
  if (!mayWorkPlan(actor, c)) throw forbidden();
  const [policy, cal] = [(await followupPolicy(deps.policies)).value, await deps.rules.calendar()];
  const now = deps.clock.now();
  const plan = await deps.db.transaction().execute(async (trx) => {
    const p = await lockActivePlan(deps, trx, planId, input.version);
    if (p.level === input.level) return p;
    const changed = await applyPlanLevel(deps, trx, cal, policy, p, { level: input.level, source: 'manual', reason: input.reason, actorId: actor.userId, actorName: actor.displayName, now });
    if (p.case_id) await deps.followups.setCaseRiskLevel(trx, p.case_id, input.level, now);
    return changed.plan;
  });
  return renderPlan(deps, actor, plan);
}

/** 结束回访 by hand (director, dispatcher, admin): the open visit is cancelled. */
export async function endPlan(deps: FollowupDeps, actor: Actor, planId: string, input: { reason: string; version: number }) {
  await visiblePlan(deps, actor, planId, 'followup.end');
  if (!mayManagePlans(actor)) throw forbidden();
  const now = deps.clock.now();
  const plan = await deps.db.transaction().execute(async (trx) => {
    const p = await lockActivePlan(deps, trx, planId, input.version);
    const open = await deps.followups.openVisit(trx, p.id);
    if (open) await deps.followups.updateVisit(trx, open.id, { status: 'cancelled' });
    const ended = await deps.followups.updatePlan(trx, p.id, { status: 'ended', ended_at: now, end_reason: 'manual' }, now);
    await deps.followups.addEvent(trx, { planId: p.id, type: 'ended', actorId: actor.userId, actorName: actor.displayName, at: now, reason: input.reason, data: { reason: 'manual' } });
    if (p.case_id) {
      await deps.cases.appendEvent(trx, p.case_id, { type: 'followup_ended', actorId: actor.userId, actorName: actor.displayName, at: now, reason: input.reason, data: { planId: p.id, reason: 'manual' } });
    }
    return ended;
  });
  return renderPlan(deps, actor, plan);
}
