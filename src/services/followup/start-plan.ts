import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { type FollowupPolicy, firstDueOn } from '../../domain/followup/schedule.js';
import type { RiskLevel } from '../../domain/risk/checklist.js';
import type { FollowupPlanRow, FollowupRepository, FollowupVisitRow } from '../../repositories/followup-repository.js';

export interface StartPlanInput {
  caseId?: string | null;
  householdId?: string | null;
  centerId: string | null;
  gridId: string | null;
  level: RiskLevel;
  /** local day the plan starts (the day of resolution or screening); the first visit is one interval later */
  startDay: string;
  now: Date;
}

/**
 * Open a follow-up plan with its first visit, inside the caller's transaction. A case or
 * household already under an active plan keeps it (returned unchanged): a plan is not
 * doubled by a second resolution or a second screening.
 */
export async function startPlan(
  repo: FollowupRepository,
  trx: Kysely<DB>,
  policy: FollowupPolicy,
  input: StartPlanInput,
): Promise<{ plan: FollowupPlanRow; visit: FollowupVisitRow | null; created: boolean }> {
  const existing = input.caseId ? await repo.activePlanOfCase(trx, input.caseId) : await repo.activePlanOfHousehold(trx, input.householdId!);
  if (existing) return { plan: existing, visit: null, created: false };
  const plan = await repo.insertPlan(trx, {
    case_id: input.caseId ?? null,
    household_id: input.householdId ?? null,
    center_id: input.centerId,
    grid_id: input.gridId,
    level: input.level,
    started_at: input.now,
    created_at: input.now,
    updated_at: input.now,
  });
  const visit = await repo.insertVisit(trx, {
    plan_id: plan.id,
    seq: 1,
    due_on: firstDueOn(input.startDay, input.level, policy),
    level_before: input.level,
  });
  return { plan, visit, created: true };
}
