import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { localDate, type WorkingCalendar } from '../../domain/calendar/index.js';
import { type FollowupPolicy, rescheduledDueOn } from '../../domain/followup/schedule.js';
import { levelRank, type RiskLevel } from '../../domain/risk/checklist.js';
import type { FollowupPlanRow, FollowupVisitRow } from '../../repositories/followup-repository.js';
import type { FollowupDeps } from './deps.js';

export interface LevelChange {
  level: RiskLevel;
  /** assessment | manual | resolution */
  source: string;
  reason?: string | null;
  actorId: string | null;
  actorName: string | null;
  now: Date;
}

/**
 * A plan's level changed between visits (a re-assessment, a desk decision): the open
 * visit moves at once to the new level's interval, counted from the last visit made
 * (or the start of the plan). A raised level starts the run of stable visits again.
 * The case's risk level is the caller's to set (an assessment or a resolution sets it
 * whether or not a plan moved: one update of the case). Runs in the caller's
 * transaction; `cal` and `policy` were read before it.
 */
export async function applyPlanLevel(
  deps: FollowupDeps,
  trx: Kysely<DB>,
  cal: WorkingCalendar,
  policy: FollowupPolicy,
  plan: FollowupPlanRow,
  change: LevelChange,
): Promise<{ plan: FollowupPlanRow; visit: FollowupVisitRow | null }> {
  const from = plan.level as RiskLevel;
  const open = (await deps.followups.openVisit(trx, plan.id)) ?? null;
  if (from === change.level || plan.status !== 'active') return { plan, visit: open };
  const last = await deps.followups.lastDoneVisit(trx, plan.id);
  const fromDay = localDate(cal, new Date(last?.done_at ?? plan.started_at));
  const raised = levelRank(change.level) > levelRank(from);
  const updated = await deps.followups.updatePlan(trx, plan.id, { level: change.level, ...(raised ? { stable_run: 0 } : {}) }, change.now);
  let visit = open;
  const dueOn = rescheduledDueOn(fromDay, change.level, policy);
  if (open) visit = await deps.followups.updateVisit(trx, open.id, { due_on: dueOn, level_before: change.level });
  await deps.followups.addEvent(trx, {
    planId: plan.id,
    type: 'level_changed',
    actorId: change.actorId,
    actorName: change.actorName,
    at: change.now,
    reason: change.reason ?? null,
    data: { from, to: change.level, source: change.source, dueOn: open ? dueOn : null, previousDueOn: open?.due_on ?? null },
  });
  return { plan: updated, visit };
}
