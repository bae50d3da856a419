import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { WorkingCalendar } from '../../domain/calendar/index.js';
import type { FollowupPolicy } from '../../domain/followup/schedule.js';
import type { RiskLevel } from '../../domain/risk/checklist.js';
import { needsProfile } from '../../domain/screening/household.js';
import type { FollowupPlanRow } from '../../repositories/followup-repository.js';
import type { HouseholdProfileRow } from '../../repositories/household-profile-repository.js';
import type { Actor } from '../actor.js';
import { applyPlanLevel } from '../followup/apply-level.js';
import { startPlan } from '../followup/start-plan.js';
import type { ScreeningDeps } from '../screening/deps.js';

export interface AssessedContext {
  cal: WorkingCalendar;
  policy: FollowupPolicy;
  today: string;
  now: Date;
  actor: Actor;
  /** the center that follows the household up (the campaign's; else that of its last plan) */
  centerId: string | null;
  source: 'screening' | 'assessment';
}

/**
 * A household was (re-)assessed at `level`: its active household plan takes the level
 * at once (the open visit moves, by the follow-up rules); a medium or high household
 * without one gets a plan (分级回访) opened; a low one without a plan needs none.
 * Runs in the caller's transaction.
 */
export async function householdAssessed(deps: ScreeningDeps, trx: Kysely<DB>, h: HouseholdProfileRow, level: RiskLevel, ctx: AssessedContext): Promise<FollowupPlanRow | null> {
  const active = await deps.followups.activePlanOfHousehold(trx, h.id);
  if (active) {
    const moved = await applyPlanLevel(deps, trx, ctx.cal, ctx.policy, active, { level, source: ctx.source, actorId: ctx.actor.userId, actorName: ctx.actor.displayName, now: ctx.now });
    return moved.plan;
  }
  if (!needsProfile(level)) return null;
  const started = await startPlan(deps.followups, trx, ctx.policy, { householdId: h.id, centerId: ctx.centerId, gridId: h.grid_id, level, startDay: ctx.today, now: ctx.now });
  return started.plan;
}
