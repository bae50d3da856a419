import type { Assessment } from '../../domain/risk/checklist.js';
import type { RiskAssessmentRow } from '../../repositories/risk-repository.js';
import type { FollowupDeps } from '../followup/deps.js';
import { checkedAssessment } from './checklists.js';

export function assessmentJson(a: RiskAssessmentRow & { version?: number; assessed_by_name?: string | null }, version?: number) {
  return {
    id: a.id,
    checklistId: a.checklist_id,
    version: version ?? a.version ?? 0,
    context: a.context,
    answers: a.answers,
    score: a.score,
    level: a.level,
    reasons: [] as Assessment['reasons'],
    assessedAt: new Date(a.assessed_at).toISOString(),
    assessedByName: a.assessed_by_name ?? null,
  };
}

export type AssessmentJson = ReturnType<typeof assessmentJson>;

/** The assessments of a case or household, newest first, each with its reasons under the checklist version it was made with. */
export async function assessmentsWithReasons(deps: FollowupDeps, of: { caseId: string | null; householdId: string | null }) {
  const rows = of.caseId ? await deps.risk.assessmentsOf({ caseId: of.caseId }) : of.householdId ? await deps.risk.assessmentsOf({ householdId: of.householdId }) : [];
  const lists = new Map((await deps.risk.byIds([...new Set(rows.map((r) => r.checklist_id))])).map((c) => [c.id, c]));
  return rows.map((r) => {
    const json = assessmentJson(r);
    const list = lists.get(r.checklist_id);
    if (list) {
      try {
        json.reasons = checkedAssessment(list, r.answers, 'answers').reasons;
      } catch {
        // answers that no longer parse under their version: shown without reasons
      }
    }
    return json;
  });
}
