import type { Answers } from '../../domain/risk/checklist.js';
import { forbidden } from '../../errors.js';
import type { Actor } from '../actor.js';
import { visibleCase } from '../cases/visible-case.js';
import { mayAssessCase } from '../followup/access.js';
import { applyPlanLevel } from '../followup/apply-level.js';
import type { FollowupDeps } from '../followup/deps.js';
import { followupPolicy } from '../followup/policy.js';
import { assessmentJson, assessmentsWithReasons } from './assessment-view.js';
import { activeChecklist, checkedAssessment, DEFAULT_CHECKLIST_CODE } from './checklists.js';

/** The risk assessments of a case (newest first), for whoever may see the case. */
export async function caseAssessments(deps: FollowupDeps, actor: Actor, caseId: string) {
  await visibleCase(deps, actor, caseId);
  return assessmentsWithReasons(deps, { caseId, householdId: null });
}

/**
 * 风险评估 of a case with the active checklist: stored with its answers and the version
 * used; the case's risk level becomes the result, and an active follow-up plan takes the
 * level at once (its open visit moves). Bad answers: 400 naming `answers.<item>`, nothing written.
 */
export async function assessCase(deps: FollowupDeps, actor: Actor, caseId: string, answers: Answers, code = DEFAULT_CHECKLIST_CODE) {
  const c = await visibleCase(deps, actor, caseId, 'risk.assess');
  if (!mayAssessCase(actor, c)) throw forbidden();
  const list = await activeChecklist(deps, code);
  const result = checkedAssessment(list, answers, 'answers');
  const [policy, cal] = [(await followupPolicy(deps.policies)).value, await deps.rules.calendar()];
  const now = deps.clock.now();
  const row = await deps.db.transaction().execute(async (trx) => {
    const a = await deps.risk.insertAssessment(trx, { checklist_id: list.id, case_id: c.id, household_id: null, context: 'manual', answers, score: result.score, level: result.level, assessed_by: actor.userId, assessed_at: now });
    await deps.followups.setCaseRiskLevel(trx, c.id, result.level, now);
    await deps.cases.appendEvent(trx, c.id, {
      type: 'risk_assessed',
      actorId: actor.userId,
      actorName: actor.displayName,
      at: now,
      data: { level: result.level, score: result.score, checklist: list.code, version: list.version, from: c.risk_level },
    });
    const plan = await deps.followups.activePlanOfCase(trx, c.id);
    if (plan) await applyPlanLevel(deps, trx, cal, policy, plan, { level: result.level, source: 'assessment', actorId: actor.userId, actorName: actor.displayName, now });
    return a;
  });
  return { ...assessmentJson(row, list.version), reasons: result.reasons };
}
