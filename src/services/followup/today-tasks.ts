import { addDays, daysBetween } from '../../domain/calendar/days.js';
import { gridTrioPaths } from '../../domain/screening/access.js';
import type { Actor } from '../actor.js';
import { screeningTasksFor } from '../screening/tasks.js';
import type { FollowupDeps } from './deps.js';
import { addressFor } from './plan-view.js';
import { localToday } from './today.js';

/**
 * 今日任务 of the grid trio: the open follow-up visits of their grids due by today
 * (overdue first), and the screening campaigns running in their grids today (from the
 * screening engine). `withinDays` also lists visits due in the coming days. Staff without
 * a grid-trio role have no grids: both lists are empty.
 */
export async function todayTasks(deps: FollowupDeps, actor: Actor, withinDays = 0) {
  const day = await localToday(deps);
  const grids = await deps.followups.gridsUnder(gridTrioPaths(actor.scope));
  const [visits, screenings] = await Promise.all([
    deps.followups.dueVisitsInGrids(
      grids.map((g) => g.id),
      addDays(day, withinDays),
    ),
    screeningTasksFor(deps, actor, day),
  ]);
  return {
    day,
    visits: visits.map((v) => ({
      id: v.id,
      planId: v.plan_id,
      seq: v.seq,
      dueOn: v.due_on,
      overdueDays: Math.max(0, daysBetween(v.due_on, day)),
      level: v.level,
      escalationLevel: v.escalation_level,
      case: v.case_id ? { id: v.case_id, code: v.case_code ?? '', title: v.case_title ?? '' } : null,
      household: v.household_id ? { id: v.household_id, headName: v.head_name ?? '', address: addressFor(actor.scope, v.address, v.grid_path) } : null,
      grid: { id: v.grid_id!, name: v.grid_name ?? '' },
    })),
    screenings,
  };
}
