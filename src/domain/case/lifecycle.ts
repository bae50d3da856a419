import type { Role } from '../roles.js';

/** Case statuses (SPEC §5, stable API values). Pausing is a flag on a handling case, not a status. */
export const CASE_STATUSES = ['registered', 'routed', 'accepted', 'handling', 'resolved', 'referred', 'withdrawn', 'archived'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_ACTIONS = ['route', 'accept', 'return', 'start', 'pause', 'resume', 'resolve', 'refer', 'withdraw', 'feedback', 'archive', 'reopen'] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

export const CONCLUDED: readonly CaseStatus[] = ['resolved', 'referred', 'withdrawn'];
export const OPEN: readonly CaseStatus[] = ['registered', 'routed', 'accepted', 'handling'];

/** What the state machine needs to know about a case. */
export interface CaseFacts {
  status: CaseStatus;
  paused: boolean;
  assigneeId: string | null;
  handlingUnitId: string | null;
  /** feedback recorded since the case was last concluded */
  hasFeedback: boolean;
}

/** What it needs to know about the caller. */
export interface CallerFacts {
  userId: string;
  roles: readonly Role[];
  /** units where the caller holds a handling role (mediator, department liaison) */
  handlingUnitIds: readonly string[];
}

export type Refusal = { kind: 'status'; action: CaseAction; status: CaseStatus } | { kind: 'role'; action: CaseAction };

/** The status each action leads to, from the statuses where it is allowed. */
const TRANSITIONS: Record<CaseAction, { from: readonly CaseStatus[]; to: CaseStatus | 'same' }> = {
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

const SUPERVISORS: readonly Role[] = ['admin', 'director'];
const DISPATCH: readonly Role[] = ['admin', 'director', 'dispatcher'];

const any = (caller: CallerFacts, roles: readonly Role[]) => caller.roles.some((r) => roles.includes(r));

/** The handler: the assignee, or — while nobody is assigned — staff of the handling unit. */
function isHandler(c: CaseFacts, caller: CallerFacts): boolean {
  if (c.assigneeId) return c.assigneeId === caller.userId;
  return c.handlingUnitId !== null && caller.handlingUnitIds.includes(c.handlingUnitId);
}

/** Who may take each action (on top of the status rule). */
const WHO: Record<CaseAction, (c: CaseFacts, caller: CallerFacts) => boolean> = {
  route: (_c, caller) => any(caller, DISPATCH),
  accept: (c, caller) => isHandler(c, caller) || any(caller, SUPERVISORS),
  return: (c, caller) => isHandler(c, caller) || any(caller, SUPERVISORS),
  start: (c, caller) => isHandler(c, caller) || any(caller, SUPERVISORS),
  pause: (c, caller) => isHandler(c, caller) || any(caller, SUPERVISORS),
  resume: (c, caller) => isHandler(c, caller) || any(caller, SUPERVISORS),
  resolve: (c, caller) => isHandler(c, caller) || any(caller, SUPERVISORS),
  refer: (c, caller) => isHandler(c, caller) || any(caller, SUPERVISORS),
  withdraw: (c, caller) => isHandler(c, caller) || any(caller, DISPATCH),
  feedback: (c, caller) => isHandler(c, caller) || any(caller, DISPATCH),
  archive: (_c, caller) => any(caller, DISPATCH),
  reopen: (_c, caller) => any(caller, DISPATCH),
};

/** The status after `action` from the case's state alone, or null when the state does not allow it. */
export function nextStatus(c: Pick<CaseFacts, 'status' | 'paused'>, action: CaseAction): CaseStatus | null {
  const t = TRANSITIONS[action];
  if (!t.from.includes(c.status)) return null;
  if ((action === 'pause' && c.paused) || (action === 'resume' && !c.paused)) return null;
  // A paused case is waiting on a party: it must be resumed before it can be concluded.
  if (c.paused && (action === 'resolve' || action === 'refer')) return null;
  return t.to === 'same' ? c.status : t.to;
}

/** The status after `action`, or why it is refused: the state first, then the caller's role. Pure: the service applies it. */
export function decide(c: CaseFacts, action: CaseAction, caller: CallerFacts): { ok: true; to: CaseStatus } | { ok: false; refusal: Refusal } {
  const to = nextStatus(c, action);
  if (to === null) return { ok: false, refusal: { kind: 'status', action, status: c.status } };
  if (!WHO[action](c, caller)) return { ok: false, refusal: { kind: 'role', action } };
  return { ok: true, to };
}

/** The actions the caller may take now — what the case page offers. */
export function allowedActions(c: CaseFacts, caller: CallerFacts): CaseAction[] {
  return CASE_ACTIONS.filter((a) => decide(c, a, caller).ok);
}

/** A dissatisfied rating or a "not solved" reply sends the case back for a second look. */
export function feedbackReopens(satisfaction: Satisfaction, solved: boolean | undefined): boolean {
  return satisfaction === 'dissatisfied' || solved === false;
}

export const SATISFACTIONS = ['satisfied', 'neutral', 'dissatisfied'] as const;
export type Satisfaction = (typeof SATISFACTIONS)[number];

export const OUTCOMES = ['agreement', 'oral_agreement', 'other'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const REFERRAL_DESTINATIONS = ['litigation', 'arbitration', 'department'] as const;
export type ReferralDestination = (typeof REFERRAL_DESTINATIONS)[number];
