import { HANDLER_ROLES, hasRole, type Role } from '../../domain/roles.js';
import { forbidden, notFound } from '../../errors.js';
import type { CaseRow } from '../../repositories/case-repository.js';
import type { FollowupPlanRow } from '../../repositories/followup-repository.js';
import type { Actor } from '../actor.js';
import type { FollowupDeps } from './deps.js';

export const GRID_TRIO: readonly Role[] = ['grid_worker', 'unit_head', 'building_head'];
/** Desk staff who run follow-up for the center. */
const DESK: readonly Role[] = ['admin', 'director', 'dispatcher'];
/** Who may end a plan by hand. */
const MANAGERS: readonly Role[] = ['admin', 'director', 'dispatcher'];

/**
 * The plan if the caller may see it. One that exists outside the caller's scope is
 * refused with 403 and the refusal audited; one that does not exist is 404.
 */
export async function visiblePlan(deps: FollowupDeps, actor: Actor, planId: string, action = 'followup.read'): Promise<FollowupPlanRow> {
  const plan = await deps.followups.visiblePlan(actor.scope, planId);
  if (plan) return plan;
  if (!(await deps.followups.plan(undefined, planId))) throw notFound();
  await deps.audit.record(actor, { action, outcome: 'denied', targetType: 'followup_plan', targetId: planId });
  throw forbidden();
}

/** A handler of the case: its assignee, or a handling role in its handling unit. */
export function handlesCase(actor: Actor, c: Pick<CaseRow, 'assignee_id' | 'handling_unit_id'>): boolean {
  if (c.assignee_id === actor.userId) return true;
  return !!c.handling_unit_id && actor.scope.grants.some((g) => (HANDLER_ROLES as readonly string[]).includes(g.role) && g.unitId === c.handling_unit_id);
}

/** May the caller (who sees the plan) record visits and change its level? Desk staff, the grid trio, the case's handlers. */
export function mayWorkPlan(actor: Actor, c: Pick<CaseRow, 'assignee_id' | 'handling_unit_id'> | null | undefined): boolean {
  if (hasRole(actor.scope.grants, ...DESK, ...GRID_TRIO)) return true;
  return !!c && handlesCase(actor, c);
}

export function mayManagePlans(actor: Actor): boolean {
  return hasRole(actor.scope.grants, ...MANAGERS);
}

/** May the caller (who sees the case) assess its risk? Its handlers, desk staff, the grid trio of its grid. */
export function mayAssessCase(actor: Actor, c: CaseRow): boolean {
  if (hasRole(actor.scope.grants, ...DESK)) return true;
  if (handlesCase(actor, c)) return true;
  return !!c.grid_id && actor.scope.grants.some((g) => GRID_TRIO.includes(g.role) && (g.unitId === c.grid_id || g.unitId === c.community_id));
}
