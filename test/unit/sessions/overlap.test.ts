import { describe, expect, it } from 'vitest';
import { type BookedSession, findConflicts, internalConflicts, overlaps } from '../../../src/domain/sessions/overlap.js';

const t = (hhmm: string) => new Date(`2026-03-03T${hhmm}:00+08:00`);
const iv = (a: string, b: string) => ({ startsAt: t(a), endsAt: t(b) });
const booked = (over: Partial<BookedSession> & { id: string }): BookedSession => ({ caseId: 'c0', caseCode: 'K-1', status: 'scheduled', roomId: null, userIds: [], expertIds: [], ...iv('10:00', '11:00'), ...over });

describe('overlaps', () => {
  it('half-open: back to back is fine, any shared minute is not', () => {
    expect(overlaps(iv('09:00', '10:00'), iv('10:00', '11:00'))).toBe(false);
    expect(overlaps(iv('09:00', '10:01'), iv('10:00', '11:00'))).toBe(true);
    expect(overlaps(iv('10:15', '10:45'), iv('10:00', '11:00'))).toBe(true);
    expect(overlaps(iv('09:00', '12:00'), iv('10:00', '11:00'))).toBe(true);
    expect(overlaps(iv('11:00', '12:00'), iv('10:00', '11:00'))).toBe(false);
  });
});

describe('findConflicts', () => {
  const wanted = { roomId: 'room1', userIds: ['u1', 'u2'], expertIds: ['e1'], ...iv('10:30', '11:30') };
  it('lists the room, each staff member and expert already booked, room first', () => {
    const out = findConflicts(wanted, [booked({ id: 's1', userIds: ['u2'], expertIds: ['e1'] }), booked({ id: 's2', roomId: 'room1', ...iv('11:00', '12:00') })]);
    expect(out.map((c) => [c.kind, c.id, c.sessionId])).toEqual([
      ['room', 'room1', 's2'],
      ['staff', 'u2', 's1'],
      ['expert', 'e1', 's1'],
    ]);
  });
  it('ignores cancelled sessions, the session being moved, other resources and other times', () => {
    expect(
      findConflicts({ ...wanted, sessionId: 'self' }, [
        booked({ id: 'c', status: 'cancelled', roomId: 'room1' }),
        booked({ id: 'self', roomId: 'room1' }),
        booked({ id: 'other', roomId: 'room2', userIds: ['u9'] }),
        booked({ id: 'late', roomId: 'room1', ...iv('11:30', '12:00') }),
      ]),
    ).toEqual([]);
  });
  it('a held session still holds its room', () => {
    expect(findConflicts(wanted, [booked({ id: 'h', status: 'held', roomId: 'room1' })])).toHaveLength(1);
  });
});

describe('internalConflicts', () => {
  it('finds the same mediator at two overlapping stops, not back-to-back ones', () => {
    const a = { key: 'a', roomId: null, userIds: ['u1'], expertIds: [], ...iv('09:00', '09:45') };
    const b = { key: 'b', roomId: null, userIds: ['u1'], expertIds: [], ...iv('09:45', '10:30') };
    const c = { key: 'c', roomId: null, userIds: ['u1', 'u2'], expertIds: [], ...iv('10:00', '10:45') };
    expect(internalConflicts([a, b])).toEqual([]);
    expect(internalConflicts([a, b, c])).toEqual([{ a: 'b', b: 'c', kind: 'staff', id: 'u1' }]);
  });
});
