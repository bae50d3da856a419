import { describe, expect, it } from 'vitest';
import { beijing, draftCircuit } from '../../../src/domain/sessions/circuit.js';

const day = '2026-03-05';
const hm = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(11, 16);
const kase = (caseId: string, communityId: string, reg: string) => ({ caseId, communityId, registeredAt: new Date(`2026-02-${reg}T09:00:00+08:00`) });

describe('draftCircuit', () => {
  it('keeps the route order, oldest case first, back-to-back slots and travel between stops', () => {
    const d = draftCircuit(day, ['B', 'A'], [kase('a1', 'A', '10'), kase('b2', 'B', '12'), kase('b1', 'B', '01')]);
    expect(d.stops.map((s) => s.communityId)).toEqual(['B', 'A']);
    expect(d.stops[0]!.slots.map((s) => [s.caseId, hm(s.startsAt), hm(s.endsAt)])).toEqual([
      ['b1', '09:00', '09:45'],
      ['b2', '09:45', '10:30'],
    ]);
    expect(d.stops[1]!.slots.map((s) => [s.caseId, hm(s.startsAt)])).toEqual([['a1', '11:00']]);
    expect(hm(d.stops[0]!.endsAt)).toBe('10:30');
    expect(d.overflow).toEqual([]);
  });
  it('skips lunch: no slot straddles 12:00–13:30', () => {
    const cases = ['1', '2', '3', '4', '5'].map((n) => kase(`x${n}`, 'A', `0${n}`));
    const d = draftCircuit(day, ['A'], cases);
    expect(d.stops[0]!.slots.map((s) => hm(s.startsAt))).toEqual(['09:00', '09:45', '10:30', '11:15', '13:30']);
  });
  it('returns what does not fit the day apart', () => {
    const cases = Array.from({ length: 12 }, (_, i) => kase(`x${String(i).padStart(2, '0')}`, 'A', String(i + 10)));
    const d = draftCircuit(day, ['A'], cases);
    const last = d.stops[0]!.slots.at(-1)!;
    expect(last.endsAt.getTime()).toBeLessThanOrEqual(beijing(day, '17:30').getTime());
    expect(d.stops[0]!.slots.length + d.overflow.length).toBe(12);
    expect(d.overflow.length).toBeGreaterThan(0);
  });
  it('leaves out communities with no case and ignores a repeated community', () => {
    const d = draftCircuit(day, ['A', 'Z', 'A'], [kase('a1', 'A', '10')]);
    expect(d.stops.map((s) => s.communityId)).toEqual(['A']);
  });
});
