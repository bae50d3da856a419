import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allowedActions,
  CASE_ACTIONS,
  CASE_STATUSES,
  type CallerFacts,
  type CaseAction,
  type CaseFacts,
  type CaseStatus,
  CONCLUDED,
  decide,
  feedbackReopens,
  nextStatus,
  OPEN,
} from '../../../src/domain/case/lifecycle.js';
import type { Role } from '../../../src/domain/roles.js';

/**
 * The SPEC §5 lifecycle written out independently of the implementation: for each
 * action, the statuses it is allowed from and where it leads ('same' = a flag or an
 * event, not a status change).
 */
const SPEC: Record<CaseAction, { from: CaseStatus[]; to: CaseStatus | 'same' }> = {
  route: { from: ['registered', 'routed'], to: 'routed' },
  accept: { from: ['routed'], to: 'accepted' },
  return: { from: ['routed', 'accepted'], to: 'registered' },
  start: { from: ['accepted'], to: 'handling' },
  pause: { from: ['handling'], to: 'same' },
  resume: { from: ['handling'], to: 'same' },
  resolve: { from: ['handling'], to: 'resolved' },
  refer: { from: ['accepted', 'handling'], to: 'referred' },
  withdraw: { from: ['registered', 'routed', 'accepted', 'handling'], to: 'withdrawn' },
  feedback: { from: ['resolved', 'referred'], to: 'same' },
  archive: { from: ['resolved', 'referred', 'withdrawn'], to: 'archived' },
  reopen: { from: ['resolved', 'referred'], to: 'handling' },
};

/** The expected outcome of (status, paused, action) by the written rules above plus the pause flag rules. */
function expected(status: CaseStatus, paused: boolean, action: CaseAction): CaseStatus | null {
  const rule = SPEC[action];
  if (!rule.from.includes(status)) return null;
  if (action === 'pause' && paused) return null;
  if (action === 'resume' && !paused) return null;
  if (paused && (action === 'resolve' || action === 'refer')) return null;
  return rule.to === 'same' ? status : rule.to;
}

const HANDLER_ID = 'u-handler';
const UNIT_ID = 'unit-dept';

const facts = (status: CaseStatus, over: Partial<CaseFacts> = {}): CaseFacts => ({
  status,
  paused: false,
  assigneeId: HANDLER_ID,
  handlingUnitId: UNIT_ID,
  hasFeedback: false,
  ...over,
});

const caller = (userId: string, roles: Role[], handlingUnitIds: string[] = []): CallerFacts => ({ userId, roles, handlingUnitIds });

const CALLERS = {
  assignee: caller(HANDLER_ID, ['mediator'], [UNIT_ID]),
  colleague: caller('u-colleague', ['mediator'], [UNIT_ID]),
  outsider: caller('u-outsider', ['mediator'], ['unit-other']),
  dispatcher: caller('u-dispatcher', ['dispatcher']),
  director: caller('u-director', ['director']),
  admin: caller('u-admin', ['admin']),
  grid: caller('u-grid', ['grid_worker']),
  expert: caller('u-expert', ['expert']),
} as const;
type CallerName = keyof typeof CALLERS;

/** Who may act (given the status allows it) on a case assigned to HANDLER_ID. */
const MAY: Record<CaseAction, CallerName[]> = {
  route: ['dispatcher', 'director', 'admin'],
  accept: ['assignee', 'director', 'admin'],
  return: ['assignee', 'director', 'admin'],
  start: ['assignee', 'director', 'admin'],
  pause: ['assignee', 'director', 'admin'],
  resume: ['assignee', 'director', 'admin'],
  resolve: ['assignee', 'director', 'admin'],
  refer: ['assignee', 'director', 'admin'],
  withdraw: ['assignee', 'dispatcher', 'director', 'admin'],
  feedback: ['assignee', 'dispatcher', 'director', 'admin'],
  archive: ['dispatcher', 'director', 'admin'],
  reopen: ['dispatcher', 'director', 'admin'],
};

/** A status and pause flag in which the action is allowed by the state alone. */
function stateAllowing(action: CaseAction): { status: CaseStatus; paused: boolean } {
  const status = SPEC[action].from[0]!;
  return { status, paused: action === 'resume' };
}

describe('case lifecycle: status × action (SPEC §5)', () => {
  it('lists the eight statuses and twelve actions of the contract', () => {
    expect([...CASE_STATUSES]).toEqual(['registered', 'routed', 'accepted', 'handling', 'resolved', 'referred', 'withdrawn', 'archived']);
    expect([...CASE_ACTIONS].sort()).toEqual(Object.keys(SPEC).sort());
    expect([...OPEN]).toEqual(['registered', 'routed', 'accepted', 'handling']);
    expect([...CONCLUDED]).toEqual(['resolved', 'referred', 'withdrawn']);
  });

  const pairs: [CaseStatus, boolean, CaseAction][] = [];
  for (const s of CASE_STATUSES) for (const a of CASE_ACTIONS) pairs.push([s, false, a]);
  // Pausing is a flag on a handling case only.
  for (const a of CASE_ACTIONS) pairs.push(['handling', true, a]);

  it.each(pairs)('%s (paused=%s) + %s', (status, paused, action) => {
    const want = expected(status, paused, action);
    expect(nextStatus({ status, paused }, action)).toBe(want);
    // A supervisor passes every role check, so decide() is the status rule alone.
    const d = decide(facts(status, { paused }), action, CALLERS.admin);
    if (want === null) expect(d).toEqual({ ok: false, refusal: { kind: 'status', action, status } });
    else expect(d).toEqual({ ok: true, to: want });
  });

  it('allows nothing at all on an archived case, whoever asks', () => {
    for (const c of Object.values(CALLERS)) {
      expect(allowedActions(facts('archived'), c)).toEqual([]);
      for (const a of CASE_ACTIONS) expect(decide(facts('archived'), a, c).ok).toBe(false);
    }
  });

  it('a returned case goes back to registered; a reopened one to handling', () => {
    expect(nextStatus({ status: 'routed', paused: false }, 'return')).toBe('registered');
    expect(nextStatus({ status: 'accepted', paused: false }, 'return')).toBe('registered');
    expect(nextStatus({ status: 'handling', paused: false }, 'return')).toBeNull();
    expect(nextStatus({ status: 'resolved', paused: false }, 'reopen')).toBe('handling');
    expect(nextStatus({ status: 'referred', paused: false }, 'reopen')).toBe('handling');
    expect(nextStatus({ status: 'withdrawn', paused: false }, 'reopen')).toBeNull();
  });
});

describe('pause flag rules', () => {
  it('pauses only a running handling case and resumes only a paused one', () => {
    expect(nextStatus({ status: 'handling', paused: false }, 'pause')).toBe('handling');
    expect(nextStatus({ status: 'handling', paused: true }, 'pause')).toBeNull();
    expect(nextStatus({ status: 'handling', paused: true }, 'resume')).toBe('handling');
    expect(nextStatus({ status: 'handling', paused: false }, 'resume')).toBeNull();
    for (const s of CASE_STATUSES.filter((x) => x !== 'handling')) {
      expect(nextStatus({ status: s, paused: false }, 'pause')).toBeNull();
      expect(nextStatus({ status: s, paused: true }, 'resume')).toBeNull();
    }
  });

  it('a paused case must be resumed before it is resolved or referred, but can still be withdrawn', () => {
    expect(nextStatus({ status: 'handling', paused: true }, 'resolve')).toBeNull();
    expect(nextStatus({ status: 'handling', paused: true }, 'refer')).toBeNull();
    expect(nextStatus({ status: 'handling', paused: true }, 'withdraw')).toBe('withdrawn');
  });

  it('offers pause or resume, never both', () => {
    const running = allowedActions(facts('handling'), CALLERS.assignee);
    expect(running).toContain('pause');
    expect(running).not.toContain('resume');
    const paused = allowedActions(facts('handling', { paused: true }), CALLERS.assignee);
    expect(paused).toContain('resume');
    expect(paused).not.toContain('pause');
    expect(paused).not.toContain('resolve');
  });
});

describe('role guards', () => {
  const cases: [CaseAction, CallerName][] = [];
  for (const a of CASE_ACTIONS) for (const who of Object.keys(CALLERS) as CallerName[]) cases.push([a, who]);

  it.each(cases)('%s by %s', (action, who) => {
    const { status, paused } = stateAllowing(action);
    const d = decide(facts(status, { paused }), action, CALLERS[who]);
    if (MAY[action].includes(who)) expect(d.ok).toBe(true);
    else expect(d).toEqual({ ok: false, refusal: { kind: 'role', action } });
  });

  it('checks the status before the role: an outsider asking for a wrong-status action learns the status rule', () => {
    expect(decide(facts('registered'), 'accept', CALLERS.grid)).toEqual({ ok: false, refusal: { kind: 'status', action: 'accept', status: 'registered' } });
  });

  it('while nobody is assigned, any handling-role holder of the handling unit is the handler', () => {
    const unassigned = facts('routed', { assigneeId: null });
    expect(decide(unassigned, 'accept', CALLERS.colleague).ok).toBe(true);
    expect(decide(unassigned, 'accept', CALLERS.assignee).ok).toBe(true);
    expect(decide(unassigned, 'accept', CALLERS.outsider)).toEqual({ ok: false, refusal: { kind: 'role', action: 'accept' } });
    // Once assigned, colleagues are no longer handlers.
    expect(decide(facts('routed'), 'accept', CALLERS.colleague).ok).toBe(false);
  });

  it('with neither an assignee nor a handling unit, only supervisors can act as handler', () => {
    const orphan = facts('accepted', { assigneeId: null, handlingUnitId: null });
    expect(decide(orphan, 'start', CALLERS.colleague).ok).toBe(false);
    expect(decide(orphan, 'start', CALLERS.director).ok).toBe(true);
    expect(decide(orphan, 'start', CALLERS.dispatcher).ok).toBe(false);
  });

  it('a user holding several roles gets the union', () => {
    const both = caller(HANDLER_ID, ['mediator', 'dispatcher'], [UNIT_ID]);
    expect(decide(facts('resolved'), 'archive', both).ok).toBe(true);
    expect(decide(facts('routed'), 'accept', both).ok).toBe(true);
  });
});

describe('allowedActions', () => {
  it('is exactly the actions decide() allows, for every status, flag and caller', () => {
    for (const s of CASE_STATUSES) {
      for (const paused of s === 'handling' ? [false, true] : [false]) {
        for (const c of Object.values(CALLERS)) {
          const f = facts(s, { paused });
          expect(allowedActions(f, c)).toEqual(CASE_ACTIONS.filter((a) => decide(f, a, c).ok));
        }
      }
    }
  });

  it('offers the handler the working steps and the dispatcher the routing and closing steps', () => {
    expect(allowedActions(facts('registered'), CALLERS.dispatcher)).toEqual(['route', 'withdraw']);
    expect(allowedActions(facts('routed'), CALLERS.assignee)).toEqual(['accept', 'return', 'withdraw']);
    expect(allowedActions(facts('routed'), CALLERS.dispatcher)).toEqual(['route', 'withdraw']);
    expect(allowedActions(facts('accepted'), CALLERS.assignee)).toEqual(['return', 'start', 'refer', 'withdraw']);
    expect(allowedActions(facts('handling'), CALLERS.assignee)).toEqual(['pause', 'resolve', 'refer', 'withdraw']);
    expect(allowedActions(facts('resolved'), CALLERS.assignee)).toEqual(['feedback']);
    expect(allowedActions(facts('resolved'), CALLERS.dispatcher)).toEqual(['feedback', 'archive', 'reopen']);
    expect(allowedActions(facts('withdrawn'), CALLERS.dispatcher)).toEqual(['archive']);
    expect(allowedActions(facts('handling'), CALLERS.grid)).toEqual([]);
    expect(allowedActions(facts('handling'), CALLERS.expert)).toEqual([]);
  });
});

describe('feedbackReopens', () => {
  it('reopens on a dissatisfied rating or a "not solved" reply only', () => {
    expect(feedbackReopens('dissatisfied', true)).toBe(true);
    expect(feedbackReopens('dissatisfied', undefined)).toBe(true);
    expect(feedbackReopens('satisfied', false)).toBe(true);
    expect(feedbackReopens('neutral', false)).toBe(true);
    expect(feedbackReopens('satisfied', true)).toBe(false);
    expect(feedbackReopens('satisfied', undefined)).toBe(false);
    expect(feedbackReopens('neutral', true)).toBe(false);
  });
});

describe('property: random runs of allowed actions', () => {
  interface Model {
    status: CaseStatus;
    paused: boolean;
    hasFeedback: boolean;
  }

  /** Applies an allowed action the way the service does to the flags. */
  function apply(m: Model, action: CaseAction, to: CaseStatus): Model {
    const next = { ...m, status: to };
    if (action === 'pause') next.paused = true;
    if (action === 'resume' || action === 'withdraw') next.paused = false;
    if (action === 'resolve' || action === 'refer' || action === 'reopen') next.hasFeedback = false;
    if (action === 'feedback') next.hasFeedback = true;
    return next;
  }

  const callerArb = fc.constantFrom(...(Object.keys(CALLERS) as CallerName[]));
  const stepArb = fc.tuple(fc.constantFrom(...CASE_ACTIONS), callerArb);

  it('stays in a valid status, keeps pause on handling cases only, and never leaves archived', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 1, maxLength: 60 }), (steps) => {
        let m: Model = { status: 'registered', paused: false, hasFeedback: false };
        let archived = false;
        for (const [action, who] of steps) {
          const f = facts(m.status, { paused: m.paused, hasFeedback: m.hasFeedback });
          const d = decide(f, action, CALLERS[who]);
          // decide() and allowedActions() always agree.
          expect(allowedActions(f, CALLERS[who]).includes(action)).toBe(d.ok);
          if (!d.ok) continue;
          // Only what the written table allows goes through, and to where it says.
          expect(d.to).toBe(expected(m.status, m.paused, action));
          m = apply(m, action, d.to);
          expect(CASE_STATUSES).toContain(m.status);
          if (m.paused) expect(m.status).toBe('handling');
          if (archived) throw new Error(`left archived with ${action}`);
          if (m.status === 'archived') archived = true;
        }
        if (archived) expect(m.status).toBe('archived');
      }),
      { numRuns: 500 },
    );
  });

  it('every status is reachable from registered by allowed actions of a supervisor', () => {
    const seen = new Set<CaseStatus>(['registered']);
    const queue: Model[] = [{ status: 'registered', paused: false, hasFeedback: false }];
    const key = (m: Model) => `${m.status}|${m.paused}|${m.hasFeedback}`;
    const visited = new Set(queue.map(key));
    while (queue.length) {
      const m = queue.shift()!;
      for (const a of allowedActions(facts(m.status, { paused: m.paused, hasFeedback: m.hasFeedback }), CALLERS.admin)) {
        const n = apply(m, a, nextStatus(m, a)!);
        seen.add(n.status);
        if (!visited.has(key(n))) {
          visited.add(key(n));
          queue.push(n);
        }
      }
    }
    expect([...seen].sort()).toEqual([...CASE_STATUSES].sort());
  });
});
