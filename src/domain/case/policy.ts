import type { DeadlineBudget } from '../calendar/deadline.js';

/** Who is told when a deadline passes, step by step (刚性制度: escalation chain). */
export interface EscalationStep {
  level: number;
  /** working minutes after the due time */
  afterMinutes: number;
  target: 'handler' | 'unit_lead' | 'director';
}

export interface ArchiveRules {
  requireOutcome: boolean;
  requireFeedback: boolean;
  /** an agreement document attached when the outcome is a written agreement */
  requireAgreementDocument: boolean;
  /** the court's ruling recorded when judicial confirmation was applied for */
  requireJudicialResult: boolean;
}

/** Rules as data: stored in the `policies` table, edited by an admin, these are the shipped defaults. */
export interface CasePolicy {
  responseBudget: DeadlineBudget;
  escalation: EscalationStep[];
  archiveRules: ArchiveRules;
  /** days before the 30-day judicial-confirmation window closes that the handler is reminded (default 5) */
  jcRemindDaysBefore?: number;
}

export const DEFAULT_CASE_POLICY: CasePolicy = {
  responseBudget: { kind: 'working_minutes', minutes: 30 },
  escalation: [
    { level: 1, afterMinutes: 0, target: 'handler' },
    { level: 2, afterMinutes: 60, target: 'unit_lead' },
    { level: 3, afterMinutes: 240, target: 'director' },
  ],
  archiveRules: { requireOutcome: true, requireFeedback: true, requireAgreementDocument: true, requireJudicialResult: true },
};

export type ArchiveGap = 'outcome_missing' | 'feedback_missing' | 'agreement_missing' | 'judicial_result_missing';

export interface ArchiveFacts {
  status: string;
  outcome: string | null;
  hasFeedback: boolean;
  hasAgreementDocument: boolean;
  judicialConfirmation: 'applied' | 'confirmed' | 'rejected' | null;
}

/** What is missing before a concluded case may be archived (withdrawn cases need no outcome or feedback). */
export function archiveGaps(rules: ArchiveRules, f: ArchiveFacts): ArchiveGap[] {
  if (f.status === 'withdrawn') return [];
  const gaps: ArchiveGap[] = [];
  if (rules.requireOutcome && f.status === 'resolved' && !f.outcome) gaps.push('outcome_missing');
  if (rules.requireFeedback && !f.hasFeedback) gaps.push('feedback_missing');
  if (rules.requireAgreementDocument && f.outcome === 'agreement' && !f.hasAgreementDocument) gaps.push('agreement_missing');
  if (rules.requireJudicialResult && f.judicialConfirmation === 'applied') gaps.push('judicial_result_missing');
  return gaps;
}
