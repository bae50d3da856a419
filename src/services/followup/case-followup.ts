import type { Actor } from '../actor.js';
import { visibleCase } from '../cases/visible-case.js';
import { assessmentsWithReasons } from '../risk/assessment-view.js';
import { mayAssessCase } from './access.js';
import type { FollowupDeps } from './deps.js';
import { renderPlan } from './plan-view.js';

/** The follow-up of one case for its page: its plans (the active one first) with their visits, its assessments, what the caller may do. */
export async function caseFollowup(deps: FollowupDeps, actor: Actor, caseId: string) {
  const c = await visibleCase(deps, actor, caseId);
  const [plans, assessments] = await Promise.all([deps.followups.plansOfCase(c.id), assessmentsWithReasons(deps, { caseId: c.id, householdId: null })]);
  const views = [];
  // the case and its assessments are the same for every plan of the case: read once
  for (const p of plans) views.push(await renderPlan(deps, actor, p, { case: c, assessments }));
  return {
    caseId: c.id,
    riskLevel: c.risk_level,
    plans: views,
    assessments,
    canAssess: mayAssessCase(actor, c),
  };
}
