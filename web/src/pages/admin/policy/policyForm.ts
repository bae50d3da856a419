// The policy form's values and their translation to and from the API's CasePolicy.
import type { EscalationTarget } from '../../../api/caseTypes';
import type { ArchiveRules, CasePolicy, ResponseBudget } from '../../../api/settings';

export interface PolicyValues {
  budgetKind: ResponseBudget['kind'];
  budgetAmount: number;
  escalation: { afterMinutes: number; target: EscalationTarget }[];
  archiveRules: ArchiveRules;
  jcRemindDaysBefore: number;
}

export function toValues(policy: CasePolicy): PolicyValues {
  const budget = policy.responseBudget;
  return {
    budgetKind: budget.kind,
    budgetAmount: budget.kind === 'working_days' ? budget.days : budget.minutes,
    escalation: [...policy.escalation]
      .sort((a, b) => a.level - b.level)
      .map((step) => ({ afterMinutes: step.afterMinutes, target: step.target })),
    archiveRules: { ...policy.archiveRules },
    jcRemindDaysBefore: policy.jcRemindDaysBefore ?? 5,
  };
}

export function toPolicy(values: PolicyValues): CasePolicy {
  const responseBudget: ResponseBudget =
    values.budgetKind === 'working_days'
      ? { kind: 'working_days', days: values.budgetAmount }
      : { kind: values.budgetKind, minutes: values.budgetAmount };
  return {
    responseBudget,
    escalation: values.escalation.map((step, index) => ({ level: index + 1, afterMinutes: step.afterMinutes, target: step.target })),
    archiveRules: values.archiveRules,
    jcRemindDaysBefore: values.jcRemindDaysBefore,
  };
}

export const ARCHIVE_RULE_KEYS: readonly (keyof ArchiveRules)[] = [
  'requireOutcome',
  'requireFeedback',
  'requireAgreementDocument',
  'requireJudicialResult',
];
