/**
 * Double-booking (调解冲突): a room, a staff member or an expert cannot be in two sessions
 * that overlap in time. Intervals are half-open, so back-to-back sessions (10:00–11:00 then
 * 11:00–12:00) do not conflict.
 */
export interface Interval {
  startsAt: Date;
  endsAt: Date;
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();
}

/** An existing session, with the resources it holds. */
export interface BookedSession extends Interval {
  id: string;
  caseId: string;
  caseCode: string;
  status: 'scheduled' | 'held' | 'cancelled';
  roomId: string | null;
  userIds: readonly string[];
  expertIds: readonly string[];
}

/** What the new session wants to hold. */
export interface Wanted extends Interval {
  /** the session being rescheduled: it does not conflict with itself */
  sessionId?: string | null;
  roomId: string | null;
  userIds: readonly string[];
  expertIds: readonly string[];
}

export interface Conflict {
  kind: 'room' | 'staff' | 'expert';
  /** the room, user or expert id */
  id: string;
  sessionId: string;
  caseId: string;
  caseCode: string;
  startsAt: Date;
  endsAt: Date;
}

/** Every clash of `wanted` with the sessions already booked (cancelled ones hold nothing), room first, then people. */
export function findConflicts(wanted: Wanted, booked: readonly BookedSession[]): Conflict[] {
  const out: Conflict[] = [];
  for (const s of booked) {
    if (s.status === 'cancelled' || s.id === wanted.sessionId || !overlaps(wanted, s)) continue;
    const at = { sessionId: s.id, caseId: s.caseId, caseCode: s.caseCode, startsAt: s.startsAt, endsAt: s.endsAt };
    if (wanted.roomId && s.roomId === wanted.roomId) out.push({ kind: 'room', id: wanted.roomId, ...at });
    for (const u of wanted.userIds) if (s.userIds.includes(u)) out.push({ kind: 'staff', id: u, ...at });
    for (const e of wanted.expertIds) if (s.expertIds.includes(e)) out.push({ kind: 'expert', id: e, ...at });
  }
  const rank = { room: 0, staff: 1, expert: 2 } as const;
  return out.sort((a, b) => rank[a.kind] - rank[b.kind] || a.startsAt.getTime() - b.startsAt.getTime());
}

/** Conflicts among the sessions of one request (a circuit plan books several at once). */
export function internalConflicts(wanted: readonly (Wanted & { key: string })[]): { a: string; b: string; kind: Conflict['kind']; id: string }[] {
  const out: { a: string; b: string; kind: Conflict['kind']; id: string }[] = [];
  for (let i = 0; i < wanted.length; i++) {
    for (let j = i + 1; j < wanted.length; j++) {
      const x = wanted[i]!;
      const y = wanted[j]!;
      if (!overlaps(x, y)) continue;
      if (x.roomId && x.roomId === y.roomId) out.push({ a: x.key, b: y.key, kind: 'room', id: x.roomId });
      for (const u of x.userIds) if (y.userIds.includes(u)) out.push({ a: x.key, b: y.key, kind: 'staff', id: u });
      for (const e of x.expertIds) if (y.expertIds.includes(e)) out.push({ a: x.key, b: y.key, kind: 'expert', id: e });
    }
  }
  return out;
}
