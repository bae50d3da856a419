import { dueEscalations } from '../../domain/case/deadlines.js';
import type { EscalationStep } from '../../domain/case/policy.js';
import type { CaseDeps } from './deps.js';
import { clockRules, evaluateCaseDeadlines } from './deadline-sync.js';

const DEADLINE_LABEL = { response: '响应时限', handling: '办理时限' } as const;
const TARGET_LABEL = { handler: '承办人', unit_lead: '带班负责人', director: '中心主任' } as const;

type Overdue = Awaited<ReturnType<CaseDeps['cases']['overdueDeadlines']>>[number];

/** Users with one of `roles` on any of `unitIds`. */
async function holders(deps: CaseDeps, roles: string[], unitIds: (string | null)[]): Promise<string[]> {
  const ids = unitIds.filter((x): x is string => !!x);
  if (ids.length === 0) return [];
  const rows = await deps.db.selectFrom('user_roles').select('user_id').where('role', 'in', roles).where('unit_id', 'in', ids).execute();
  return rows.map((r) => r.user_id);
}

/** Who is told at one step of the chain: the handler, then the unit's lead, then the director. */
async function recipients(deps: CaseDeps, d: Overdue, step: EscalationStep): Promise<string[]> {
  if (step.target === 'handler') {
    if (d.assignee_id) return [d.assignee_id];
    const staff = await holders(deps, ['mediator', 'department_liaison'], [d.handling_unit_id]);
    return staff.length ? staff : holders(deps, ['dispatcher'], [d.center_id]);
  }
  const [unit, center] = await Promise.all([d.handling_unit_id ? deps.units.get(null, d.handling_unit_id) : undefined, deps.units.get(null, d.center_id)]);
  if (step.target === 'unit_lead') {
    const lead = unit?.lead_user_id ?? center?.lead_user_id;
    return lead ? [lead] : holders(deps, ['dispatcher'], [d.center_id]);
  }
  return holders(deps, ['director'], [d.center_id, center?.parent_id ?? null]);
}

/**
 * The due time under today's rules: the stored one was computed when the case last
 * changed, and an admin may since have added a holiday or changed the policy. The
 * stored row is brought up to date; null when the clock is no longer running late.
 */
async function currentDueAt(deps: CaseDeps, rules: Awaited<ReturnType<typeof clockRules>>, d: Overdue, now: Date): Promise<Date | null> {
  const c = await deps.cases.get(null, d.case_id);
  if (!c) return null;
  const fresh = evaluateCaseDeadlines(rules, c, await deps.cases.events(c.id), now).find((x) => x.kind === d.kind);
  if (!fresh) return null;
  if (fresh.dueAt?.getTime() !== new Date(d.due_at!).getTime() || fresh.stoppedAt) {
    await deps.cases.saveDeadline(deps.db, { case_id: c.id, kind: fresh.kind, started_at: fresh.startedAt, due_at: fresh.dueAt, met_at: fresh.stoppedAt, breached: fresh.breached });
  }
  return fresh.dueAt && !fresh.stoppedAt && fresh.dueAt <= now ? fresh.dueAt : null;
}

/**
 * The deadline job (刚性制度): every missed clock climbs its escalation chain one
 * step at a time — an event on the case and a notification to each recipient.
 * A step is claimed by a conditional update of the level, so two app instances
 * never take the same step twice.
 */
export async function runEscalations(deps: CaseDeps, now: Date): Promise<number> {
  const rules = await clockRules(deps);
  const { cal, policy } = rules;
  const steps = policy.value.escalation;
  const maxLevel = Math.max(0, ...steps.map((s) => s.level));
  let taken = 0;
  for (;;) {
    const overdue = await deps.cases.overdueDeadlines(now, maxLevel);
    let progressed = false;
    for (const d of overdue) {
      const dueAt = await currentDueAt(deps, rules, d, now);
      if (!dueAt) continue;
      const due = dueEscalations(cal, steps, dueAt, d.escalation_level, now);
      if (due.length === 0) continue;
      for (const step of due) {
        const users = await recipients(deps, d, step);
        const done = await deps.db.transaction().execute(async (trx) => {
          const previous = due.indexOf(step) === 0 ? d.escalation_level : due[due.indexOf(step) - 1]!.level;
          if (!(await deps.cases.setEscalationLevel(trx, d.case_id, d.kind, step.level, previous))) return false;
          await deps.cases.appendEvent(trx, d.case_id, {
            type: 'escalated',
            actorId: null,
            actorName: '系统',
            at: now,
            reason: `${DEADLINE_LABEL[d.kind]}已超期，提醒${TARGET_LABEL[step.target]}`,
            data: { deadline: d.kind, level: step.level, target: step.target, notified: users.length },
          });
          await deps.notifications.notify(trx, users, {
            caseId: d.case_id,
            kind: 'deadline_breached',
            title: `案件 ${d.code} ${DEADLINE_LABEL[d.kind]}超期`,
            body: `${d.title}（第 ${step.level} 级督办：${TARGET_LABEL[step.target]}）`,
            at: now,
          });
          return true;
        });
        if (!done) break;
        taken++;
        progressed = true;
      }
    }
    if (!progressed || overdue.length < 500) return taken;
  }
}
