import { localDate, type WorkingCalendar, workingMinutesBetween } from '../../domain/calendar/working-calendar.js';
import type { Actor } from '../actor.js';
import { caseSummary, nameLookup } from '../cases/case-view.js';
import { resolveCenter } from './center-access.js';
import type { StaffingDeps } from './deps.js';
import { dutyOfCenter } from './duty-today.js';

/** How many waiting cases the board lists (the total is given too). */
const BOARD_CASES = 100;

type Running = Awaited<ReturnType<StaffingDeps['cases']['runningDeadlines']>>[number];

/** The response clock as the queue's badge shows it (same shape as the case list's `deadline`). */
function badge(cal: WorkingCalendar, d: Running | undefined, now: Date) {
  if (!d) return null;
  const dueAt = d.due_at ? new Date(d.due_at) : null;
  return {
    kind: d.kind,
    dueAt: dueAt?.toISOString() ?? null,
    breached: dueAt !== null && dueAt <= now,
    paused: dueAt === null,
    remainingWorkingMinutes: dueAt === null ? 0 : dueAt > now ? workingMinutesBetween(cal, now, dueAt) : -workingMinutesBetween(cal, dueAt, now),
  };
}

/**
 * The routing board (分流调度台) of one center: the cases waiting to be routed,
 * oldest first with their response countdown; the units on duty today with their
 * people and load; and the on-call bodies, requested per case. A dispatcher picks a
 * case and a person or unit, and the case is routed with the ordinary route action.
 */
export async function routingBoard(deps: StaffingDeps, actor: Actor, centerId: string | undefined) {
  const center = await resolveCenter(deps, actor, centerId, 'manage');
  const now = deps.clock.now();
  const cal = await deps.rules.calendar();
  const rows = await deps.board.unassigned(actor.scope, center.id, BOARD_CASES);
  const total = rows.length < BOARD_CASES ? rows.length : await deps.board.countUnassigned(actor.scope, center.id);
  const [names, running] = await Promise.all([nameLookup(deps, rows), deps.cases.runningDeadlines(rows.map((c) => c.id))]);
  const response = new Map(running.filter((r) => r.kind === 'response').map((r) => [r.case_id, r]));
  const duty = await dutyOfCenter(deps, center, localDate(cal, now));
  return {
    center: { id: center.id, name: center.name },
    date: duty.date,
    workingDay: duty.workingDay,
    calendarName: duty.calendarName,
    cases: {
      total,
      items: rows.map((c) => ({ ...caseSummary(c, names), amountFen: c.amount_fen, peopleCount: c.people_count, deadline: badge(cal, response.get(c.id), now) })),
    },
    units: duty.units.filter((u) => !u.oncall),
    onCall: duty.units.filter((u) => u.oncall),
  };
}
