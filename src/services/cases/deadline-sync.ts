import type { Kysely } from 'kysely';
import type { Pause } from '../../domain/calendar/deadline.js';
import { caseDeadlines, type CaseDeadline } from '../../domain/case/deadlines.js';
import type { DB } from '../../db/schema.js';
import type { CaseRow } from '../../repositories/case-repository.js';
import type { CaseDeps } from './deps.js';

type EventLike = { type: string; at: Date | string };

/**
 * Pause periods of the handling clock from the timeline: each 'paused' until the next
 * 'resumed', and each 'returned' until the case is accepted again (a returned case
 * waits for routing, not for its handler).
 */
export function pausesFrom(events: readonly EventLike[]): Pause[] {
  const out: Pause[] = [];
  const open = () => (out.length && out[out.length - 1]!.to === null ? out[out.length - 1]! : undefined);
  for (const e of events) {
    if ((e.type === 'paused' || e.type === 'returned') && !open()) out.push({ from: new Date(e.at), to: null });
    else if (e.type === 'resumed' || e.type === 'accepted') {
      const p = open();
      if (p) p.to = new Date(e.at);
    }
  }
  return out;
}

/** The rules the clocks need, read before a transaction starts (PGlite has one connection: nothing may query outside the transaction inside it). */
export async function clockRules(deps: CaseDeps) {
  const [cal, policy, categories] = await Promise.all([deps.rules.calendar(), deps.rules.casePolicy(), deps.rules.categories()]);
  return { cal, policy, handlingDays: (code: string) => categories.find((c) => c.code === code)?.handling_days ?? 15 };
}
export type ClockRules = Awaited<ReturnType<typeof clockRules>>;

/** Both clocks of a case as of `now`, from its row and timeline. */
export function evaluateCaseDeadlines(rules: ClockRules, c: CaseRow, events: readonly EventLike[], now: Date): CaseDeadline[] {
  const lastReopening = [...events].reverse().find((e) => e.type === 'reopened');
  const { cal, policy } = rules;
  return caseDeadlines(
    cal,
    policy.value,
    {
      registeredAt: new Date(c.registered_at),
      acceptedAt: c.accepted_at ? new Date(c.accepted_at) : null,
      handlingStartedAt: lastReopening ? new Date(lastReopening.at) : null,
      // A reopened case runs its handling clock again.
      concludedAt: c.status === 'handling' || c.status === 'accepted' ? null : c.concluded_at ? new Date(c.concluded_at) : null,
      pauses: pausesFrom(lastReopening ? events.filter((e) => new Date(e.at) >= new Date(lastReopening.at)) : events),
      handlingDays: rules.handlingDays(c.category),
    },
    now,
  );
}

/** Stores the clocks so that the escalation job can find missed deadlines by index. */
export async function syncDeadlines(deps: CaseDeps, rules: ClockRules, trx: Kysely<DB>, c: CaseRow, now: Date): Promise<void> {
  const events = await deps.cases.events(c.id, trx);
  for (const d of evaluateCaseDeadlines(rules, c, events, now)) {
    await deps.cases.saveDeadline(trx, { case_id: c.id, kind: d.kind, started_at: d.startedAt, due_at: d.dueAt, met_at: d.stoppedAt, breached: d.breached });
  }
}
