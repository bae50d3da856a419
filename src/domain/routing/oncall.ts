import { addWorkingMinutes, type WorkingCalendar } from '../calendar/working-calendar.js';

/**
 * On-call requests (随驻请求): a case asks an on-call body — a law firm, a social
 * organisation, a district bureau called per case — to come and help; the body
 * answers within a number of working hours or the request expires.
 */
export const ONCALL_STATUSES = ['pending', 'accepted', 'declined', 'expired', 'done', 'cancelled'] as const;
export type OncallStatus = (typeof ONCALL_STATUSES)[number];

export const ONCALL_ACTIONS = ['accept', 'decline', 'complete', 'cancel', 'expire'] as const;
export type OncallAction = (typeof ONCALL_ACTIONS)[number];

/** Statuses in which the request is still live: the unit sees the case, and a second request to it is refused. */
export const OPEN_ONCALL: readonly OncallStatus[] = ['pending', 'accepted'];

const TRANSITIONS: Record<OncallAction, { from: readonly OncallStatus[]; to: OncallStatus }> = {
  accept: { from: ['pending'], to: 'accepted' },
  decline: { from: ['pending'], to: 'declined' },
  complete: { from: ['accepted'], to: 'done' },
  cancel: { from: ['pending', 'accepted'], to: 'cancelled' },
  expire: { from: ['pending'], to: 'expired' },
};

/** The status after `action`, or null when the request's status does not allow it. */
export function oncallNext(status: OncallStatus, action: OncallAction): OncallStatus | null {
  const t = TRANSITIONS[action];
  return t.from.includes(status) ? t.to : null;
}

/** The statuses from which `action` is allowed (the condition of the atomic update). */
export function oncallFrom(action: OncallAction): readonly OncallStatus[] {
  return TRANSITIONS[action].from;
}

/** Rules as data: how long an on-call body has to answer (policy key 'oncall'). */
export interface OncallPolicy {
  respondWithinWorkingHours: number;
}

export const DEFAULT_ONCALL_POLICY: OncallPolicy = { respondWithinWorkingHours: 4 };
export const MAX_RESPOND_HOURS = 72;

/**
 * When the answer is due: `hours` office hours of working days after the request,
 * on the working calendar (a request on Friday afternoon is due on Monday, one
 * before a holiday after it). Outside office hours the count starts at the next opening.
 */
export function oncallRespondBy(cal: WorkingCalendar, requestedAt: Date, hours: number): Date {
  if (!Number.isFinite(hours) || hours <= 0 || hours > MAX_RESPOND_HOURS) throw new RangeError(`invalid response hours: ${hours}`);
  return addWorkingMinutes(cal, requestedAt, Math.round(hours * 60));
}

export interface OncallUnitFacts {
  kind: string;
  staffingTier: string | null;
  departmentType: string | null;
}

/** Department types that are always called per case, whatever tier they were given. */
const ONCALL_TYPES = ['law_firm', 'social_organization'];

/** Can the unit receive on-call requests? On-call tier departments, law firms and social organisations. */
export function isOncallUnit(u: OncallUnitFacts): boolean {
  return u.kind === 'department' && (u.staffingTier === 'on_call' || (u.departmentType !== null && ONCALL_TYPES.includes(u.departmentType)));
}
