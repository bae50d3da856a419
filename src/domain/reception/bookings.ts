/** Booking statuses (stable API values). */
export const BOOKING_STATUSES = ['booked', 'cancelled', 'attended', 'no_show'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

/** Statuses that hold a place in the slot. */
export const ACTIVE_BOOKING_STATUSES = ['booked', 'attended', 'no_show'] as const satisfies readonly BookingStatus[];

/** The booking code: 'JD-' + the reception day + a sequence of that day, e.g. JD-20261201-0007. */
export function bookingCode(date: string, seq: number): string {
  return `JD-${date.replaceAll('-', '')}-${String(seq).padStart(4, '0')}`;
}

export const BOOKING_CODE = /^JD-\d{8}-\d{4,}$/;

export type StaffMark = 'attended' | 'no_show' | 'cancelled';

/**
 * Whether staff may set `to` on a booking: only a booked place changes; whether the
 * enterprise came (attended / no_show) is known from the reception day on, and a
 * cancellation is only possible before it.
 */
export function markProblem(status: BookingStatus, to: StaffMark, date: string, today: string): 'status' | 'too_early' | 'too_late' | null {
  if (status !== 'booked') return 'status';
  if (to === 'cancelled') return date < today ? 'too_late' : null;
  return date > today ? 'too_early' : null;
}

export type BookingAction = StaffMark | 'register' | 'reveal';

/** What ties a staff member to one booking. */
export interface BookingRights {
  /** runs the center's reception days (its director, window or mediators; admin) */
  manages: boolean;
  /** liaison of the department hosting the booking's theme */
  hosts: boolean;
  /** liaison of the station of the booking's enterprise */
  liaison: boolean;
  /** booked it themselves */
  own: boolean;
}

/** Whether the caller's ties allow an action at all (403 otherwise), whatever the booking's state. */
export function mayAct(r: BookingRights, action: BookingAction): boolean {
  switch (action) {
    case 'attended':
    case 'no_show':
    case 'reveal':
      return r.manages || r.hosts;
    case 'cancelled':
      return r.manages || r.hosts || r.liaison || r.own;
    case 'register':
      return r.manages || r.hosts || r.liaison;
  }
}

/** Whether a booking registered as a case can be: once, and not when cancelled or missed. */
export function registrable(b: { status: BookingStatus; hasCase: boolean }): boolean {
  return !b.hasCase && (b.status === 'booked' || b.status === 'attended');
}

/** The actions the caller can take on a booking now (for the screen's buttons). */
export function bookingActions(r: BookingRights, b: { status: BookingStatus; date: string; hasCase: boolean }, today: string): BookingAction[] {
  const all: BookingAction[] = ['attended', 'no_show', 'cancelled', 'register', 'reveal'];
  return all.filter((a) => {
    if (!mayAct(r, a)) return false;
    if (a === 'register') return registrable(b);
    if (a === 'reveal') return true;
    return markProblem(b.status, a, b.date, today) === null;
  });
}
