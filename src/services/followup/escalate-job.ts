import { localDate } from '../../domain/calendar/index.js';
import { ESCALATION_TARGET, type EscalationStep, stepsToTake } from '../../domain/followup/escalation.js';
import { overdueStep } from '../../domain/followup/schedule.js';
import { addDays, daysBetween } from '../../domain/calendar/days.js';
import { shortName } from '../cases/register-case.js';
import { GRID_TRIO } from './access.js';
import type { FollowupDeps } from './deps.js';
import { followupPolicy } from './policy.js';

type Overdue = Awaited<ReturnType<FollowupDeps['followups']['overdueVisits']>>[number];

const TARGET_LABEL = { grid_trio: '网格"铁三角"', community_lead: '社区负责人', center_directors: '中心主任' } as const;

/** Who is told at one step: the grid trio of the plan's grid, the community's lead, the center's directors (dispatchers when a lead is missing). */
async function recipients(deps: FollowupDeps, v: Overdue, step: EscalationStep): Promise<string[]> {
  const target = ESCALATION_TARGET[step];
  if (target === 'grid_trio') return deps.followups.holders(GRID_TRIO, [v.grid_id]);
  if (target === 'community_lead') {
    const lead = await deps.followups.leadOf(v.community_id);
    return lead ? [lead] : deps.followups.holders(['dispatcher'], [v.center_id]);
  }
  return deps.followups.holders(['director'], [v.center_id]);
}

/**
 * The follow-up job (回访逾期督办, hourly): an open visit past its due day climbs the steps
 * of `overdueStep`, each step once per visit — claimed by a conditional update of the
 * visit's escalation level, so several app instances never take one twice. Each step
 * notifies its people, and is recorded on the plan (and on the case's timeline).
 */
export async function runFollowupEscalations(deps: FollowupDeps, now: Date): Promise<number> {
  const policy = (await followupPolicy(deps.policies)).value;
  const today = localDate(await deps.rules.calendar(), now);
  const cutoff = addDays(today, -policy.escalateAfterDays[0]);
  let taken = 0;
  for (;;) {
    const overdue = await deps.followups.overdueVisits(cutoff, 3);
    let progressed = false;
    for (const v of overdue) {
      let level = v.escalation_level;
      for (const step of stepsToTake(level, overdueStep(v.due_on, today, policy))) {
        const users = await recipients(deps, v, step);
        const target = ESCALATION_TARGET[step];
        const late = daysBetween(v.due_on, today);
        const subject = v.case_code ? `案件 ${v.case_code}` : `${shortName({ kind: 'person', name: v.head_name ?? '' })}家庭`;
        const from = level;
        const done = await deps.db.transaction().execute(async (trx) => {
          if (!(await deps.followups.setEscalationLevel(trx, v.id, step, from, now))) return false;
          const data = { visitId: v.id, seq: v.seq, dueOn: v.due_on, lateDays: late, step, target, notified: users.length };
          await deps.followups.addEvent(trx, { planId: v.plan_id, type: 'escalated', actorId: null, actorName: '系统', at: now, data });
          if (v.case_id) await deps.cases.appendEvent(trx, v.case_id, { type: 'followup_overdue', actorId: null, actorName: '系统', at: now, data: { planId: v.plan_id, ...data } });
          await deps.notifications.notify(trx, users, {
            caseId: v.case_id,
            kind: 'followup_overdue',
            title: `回访逾期：${subject}第 ${v.seq} 次回访`,
            body: `${v.grid_name ?? ''}应于 ${v.due_on} 回访，已逾期 ${late} 天（第 ${step} 级督办：${TARGET_LABEL[target]}）`,
            at: now,
          });
          return true;
        });
        if (!done) break;
        level = step;
        taken++;
        progressed = true;
      }
    }
    if (!progressed || overdue.length < 500) return taken;
  }
}
