import { addWorkingDays, addWorkingMinutes, workingMinutesBetween, type WorkingCalendar } from './working-calendar.js';

/**
 * The clock of one deadline (e.g. "accept within 30 working minutes", "resolve within 10 working days").
 *
 * Rules:
 * - The clock runs from `startedAt` and consumes the budget: office minutes of working days for
 *   working budgets, wall-clock time for 'calendar_minutes'. Time inside a pause is not consumed.
 * - 'working_days' budgets are first converted to the working minutes between `startedAt` and
 *   addWorkingDays(startedAt, days) (the close of the Nth working day after the start date).
 * - dueAt is the instant the running clock uses up the budget: start + budget, extended by the
 *   (working) time spent paused before that. Pauses after dueAt change nothing: once breached, a
 *   pause does not un-breach. Overlapping pauses count once; pause time before startedAt is ignored.
 * - While paused before the budget is used up, dueAt is null (it depends on when the pause ends).
 * - The state is evaluated as of `now`, or frozen as of `stoppedAt` when the deadline was met
 *   (stopped): breached = stoppedAt > dueAt. A stop during a pause ends that pause at stoppedAt.
 * - remainingWorkingMinutes = budget - consumed, in whole minutes rounded away from zero (1 s left
 *   shows 1, 1 s late shows -1); negative when overdue. It is measured in the budget's unit:
 *   calendar minutes for 'calendar_minutes'. Overdue time outside office hours is not counted, so
 *   a working deadline can be breached with 0 remaining (e.g. due Friday 17:30, now Saturday).
 */

export type DeadlineBudget =
  | { kind: 'working_minutes'; minutes: number }
  | { kind: 'working_days'; days: number }
  | { kind: 'calendar_minutes'; minutes: number };

/** to = null: still paused */
export interface Pause {
  from: Date;
  to: Date | null;
}

export interface DeadlineState {
  /** null while paused before the budget was used up (the due time is unknown) */
  dueAt: Date | null;
  paused: boolean;
  breached: boolean;
  /** negative when overdue */
  remainingWorkingMinutes: number;
  stoppedAt: Date | null;
}

export interface DeadlineInput {
  startedAt: Date;
  budget: DeadlineBudget;
  pauses: readonly Pause[];
  /** when the deadline was met (e.g. the case was accepted) */
  stoppedAt: Date | null;
  now: Date;
}

const MINUTE_MS = 60_000;

/** How the clock measures time, in ms: office time or wall-clock time. */
interface Measure {
  between(a: Date, b: Date): number;
  add(from: Date, ms: number): Date;
}

export function evaluateDeadline(cal: WorkingCalendar, input: DeadlineInput): DeadlineState {
  const { startedAt, budget, stoppedAt, now } = input;
  const asOf = stoppedAt ?? now;
  const measure: Measure =
    budget.kind === 'calendar_minutes'
      ? { between: (a, b) => Math.max(0, b.getTime() - a.getTime()), add: (from, ms) => new Date(from.getTime() + ms) }
      : {
          between: (a, b) => Math.round(workingMinutesBetween(cal, a, b) * MINUTE_MS),
          add: (from, ms) => addWorkingMinutes(cal, from, ms / MINUTE_MS),
        };
  const budgetMs = budgetInMs(cal, budget, startedAt, measure);
  const paused =
    stoppedAt === null && input.pauses.some((p) => p.from <= asOf && (p.to === null || p.to > asOf));
  const pauses = mergePauses(input.pauses, startedAt, asOf, paused);

  // Walk the running stretches between pauses until the budget is used up.
  let cursor = startedAt;
  let left = budgetMs;
  let dueAt: Date | null = null;
  for (const p of pauses) {
    const run = measure.between(cursor, p.from);
    if (run >= left) {
      dueAt = measure.add(cursor, left);
      break;
    }
    left -= run;
    cursor = p.to;
  }
  if (dueAt === null && !paused) dueAt = measure.add(cursor, left);

  let consumed = 0;
  let runFrom = startedAt;
  for (const p of pauses) {
    consumed += measure.between(runFrom, p.from);
    runFrom = p.to;
  }
  consumed += measure.between(runFrom, asOf);

  return {
    dueAt,
    paused,
    breached: dueAt !== null && asOf > dueAt,
    remainingWorkingMinutes: wholeMinutes(budgetMs - consumed),
    stoppedAt,
  };
}

function budgetInMs(cal: WorkingCalendar, budget: DeadlineBudget, startedAt: Date, measure: Measure): number {
  if (budget.kind === 'working_days') return measure.between(startedAt, addWorkingDays(cal, startedAt, budget.days));
  if (!Number.isFinite(budget.minutes) || budget.minutes < 0) throw new RangeError(`invalid budget: ${budget.minutes}`);
  return Math.round(budget.minutes * MINUTE_MS);
}

/**
 * Pauses clipped to [startedAt, asOf], sorted and merged. An open pause ends at asOf; when the
 * clock is paused at asOf, the pause holding it is kept even if it starts exactly at asOf.
 */
function mergePauses(pauses: readonly Pause[], startedAt: Date, asOf: Date, paused: boolean): { from: Date; to: Date }[] {
  const clipped: { from: Date; to: Date }[] = [];
  for (const p of pauses) {
    if (p.to !== null && p.to < p.from) throw new RangeError('pause ends before it starts');
    const from = p.from > startedAt ? p.from : startedAt;
    const to = p.to === null || p.to > asOf ? asOf : p.to;
    const holdsClock = paused && (p.to === null || p.to > asOf) && from.getTime() === asOf.getTime();
    if (from < to || holdsClock) clipped.push({ from, to });
  }
  clipped.sort((a, b) => a.from.getTime() - b.from.getTime());
  const merged: { from: Date; to: Date }[] = [];
  for (const p of clipped) {
    const last = merged.at(-1);
    if (last && p.from <= last.to) {
      if (p.to > last.to) last.to = p.to;
    } else {
      merged.push({ ...p });
    }
  }
  return merged;
}

function wholeMinutes(ms: number): number {
  if (ms === 0) return 0;
  return Math.sign(ms) * Math.ceil(Math.abs(ms) / MINUTE_MS);
}
