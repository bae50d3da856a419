import { type DeadlineState, evaluateDeadline, type Pause } from '../calendar/deadline.js';
import { addWorkingMinutes, type WorkingCalendar } from '../calendar/working-calendar.js';
import type { CasePolicy, EscalationStep } from './policy.js';

export type DeadlineKind = 'response' | 'handling';

export interface CaseClockFacts {
  registeredAt: Date;
  /** first acceptance: ends the response clock, starts the handling clock */
  acceptedAt: Date | null;
  /** a reopened case gets a fresh handling clock from its reopening; otherwise acceptance */
  handlingStartedAt?: Date | null;
  concludedAt: Date | null;
  pauses: readonly Pause[];
  handlingDays: number;
}

export interface CaseDeadline extends DeadlineState {
  kind: DeadlineKind;
  startedAt: Date;
}

/**
 * The two clocks of a case (刚性制度): response (registration → acceptance, 30
 * working minutes by default) and handling (acceptance → conclusion, working days
 * by category, paused while the center waits on a party).
 */
export function caseDeadlines(cal: WorkingCalendar, policy: CasePolicy, f: CaseClockFacts, now: Date): CaseDeadline[] {
  const out: CaseDeadline[] = [];
  // A case withdrawn before acceptance stops the response clock at its conclusion.
  const responseStop = f.acceptedAt ?? f.concludedAt;
  out.push({
    kind: 'response',
    startedAt: f.registeredAt,
    ...evaluateDeadline(cal, { startedAt: f.registeredAt, budget: policy.responseBudget, pauses: [], stoppedAt: responseStop, now }),
  });
  if (f.acceptedAt) {
    const start = f.handlingStartedAt ?? f.acceptedAt;
    out.push({
      kind: 'handling',
      startedAt: start,
      ...evaluateDeadline(cal, { startedAt: start, budget: { kind: 'working_days', days: f.handlingDays }, pauses: f.pauses, stoppedAt: f.concludedAt, now }),
    });
  }
  return out;
}

/** The escalation steps of a missed, still-running deadline that are due now and were not yet taken. */
export function dueEscalations(cal: WorkingCalendar, steps: readonly EscalationStep[], dueAt: Date, levelTaken: number, now: Date): EscalationStep[] {
  return steps
    .filter((s) => s.level > levelTaken)
    .filter((s) => escalationDueAt(cal, s, dueAt) <= now)
    .sort((a, b) => a.level - b.level);
}

/** When a step falls due, for display. */
export function escalationDueAt(cal: WorkingCalendar, step: EscalationStep, dueAt: Date): Date {
  return step.afterMinutes === 0 ? dueAt : addWorkingMinutes(cal, dueAt, step.afterMinutes);
}
