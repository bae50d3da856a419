import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { localDate } from '../../domain/calendar/index.js';
import { type Answers, type Assessment, RISK_LEVELS, type RiskLevel } from '../../domain/risk/checklist.js';
import { invalid } from '../../errors.js';
import type { CaseRow } from '../../repositories/case-repository.js';
import type { RiskChecklistRow } from '../../repositories/risk-repository.js';
import type { Actor } from '../actor.js';
import type { CaseDeps } from '../cases/deps.js';
import { checkedAssessment, DEFAULT_CHECKLIST_CODE } from '../risk/checklists.js';
import { applyPlanLevel } from './apply-level.js';
import { followupDeps } from './deps.js';
import { followupPolicy } from './policy.js';
import { startPlan } from './start-plan.js';

const isLevel = (l: unknown): l is RiskLevel => RISK_LEVELS.includes(l as RiskLevel);

/**
 * 化解 opens the follow-up plan (分级回访). Called by `actOnCase` before its transaction:
 * reads the rules and checks the resolver's risk answers there (bad answers: 400 naming
 * `riskAnswers.<item>`, nothing written), and returns what to do inside the transaction,
 * after the 'resolved' event: store the assessment, open the plan at its level (from the
 * answers, else the latest assessment, else the case's risk level, else low) and say so
 * on the timeline. A case resolved again keeps its active plan (its level follows new answers).
 */
export async function prepareResolvePlan(caseDeps: CaseDeps, actor: Actor, riskAnswers: Answers | undefined) {
  const deps = followupDeps(caseDeps);
  let list: RiskChecklistRow | undefined;
  let assessment: Assessment | undefined;
  if (riskAnswers) {
    list = await deps.risk.active(DEFAULT_CHECKLIST_CODE);
    if (!list) throw invalid({ riskAnswers: { 'zh-CN': '尚未发布风险清单', en: 'No risk checklist is published' } });
    assessment = checkedAssessment(list, riskAnswers, 'riskAnswers');
  }
  const [policy, cal] = [(await followupPolicy(deps.policies)).value, await deps.rules.calendar()];

  return async (trx: Kysely<DB>, c: CaseRow, now: Date): Promise<CaseRow> => {
    let level: RiskLevel;
    if (assessment && list) {
      await deps.risk.insertAssessment(trx, { checklist_id: list.id, case_id: c.id, household_id: null, context: 'resolution', answers: riskAnswers!, score: assessment.score, level: assessment.level, assessed_by: actor.userId, assessed_at: now });
      level = assessment.level;
    } else {
      const latest = await deps.risk.latestOfCase(c.id, trx);
      level = isLevel(latest?.level) ? latest.level : isLevel(c.risk_level) ? c.risk_level : 'low';
    }
    const startDay = localDate(cal, now);
    const started = await startPlan(deps.followups, trx, policy, { caseId: c.id, centerId: c.center_id, gridId: c.grid_id, level, startDay, now });
    if (started.created) {
      await deps.cases.appendEvent(trx, c.id, {
        type: 'followup_planned',
        actorId: actor.userId,
        actorName: actor.displayName,
        at: now,
        data: { planId: started.plan.id, level, firstDueOn: started.visit?.due_on ?? null, intervalDays: policy.intervalDays[level] },
      });
    } else if (assessment) {
      await applyPlanLevel(deps, trx, cal, policy, started.plan, { level, source: 'resolution', actorId: actor.userId, actorName: actor.displayName, now });
    }
    if (c.risk_level === level) return c;
    await deps.followups.setCaseRiskLevel(trx, c.id, level, now);
    return { ...c, risk_level: level, updated_at: now };
  };
}
