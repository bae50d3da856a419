import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pickForTarget } from '../../../src/domain/routing/pick.js';
import { type DutyCandidate, isoWeekday, pickOnDuty, unitOnDuty } from '../../../src/domain/routing/roster.js';

const c = (userId: string, name: string, load: number, rostered = false): DutyCandidate => ({ userId, name, load, rostered });

describe('isoWeekday', () => {
  it('numbers Monday 1 … Sunday 7', () => {
    expect(isoWeekday('2026-03-02')).toBe(1); // Monday
    expect(isoWeekday('2026-03-06')).toBe(5);
    expect(isoWeekday('2026-03-07')).toBe(6);
    expect(isoWeekday('2026-03-08')).toBe(7);
  });
});

describe('unitOnDuty', () => {
  it('resident units and units without a tier sit every working day', () => {
    expect(unitOnDuty({ tier: 'resident', rosterWeekdays: null }, '2026-03-04', true)).toBe(true);
    expect(unitOnDuty({ tier: null, rosterWeekdays: null }, '2026-03-04', true)).toBe(true);
  });
  it('rotating units on their roster weekdays only', () => {
    const hr = { tier: 'rotating' as const, rosterWeekdays: [3] };
    expect(unitOnDuty(hr, '2026-03-04', true)).toBe(true); // Wednesday
    expect(unitOnDuty(hr, '2026-03-05', true)).toBe(false);
    expect(unitOnDuty({ tier: 'rotating', rosterWeekdays: null }, '2026-03-04', true)).toBe(false);
  });
  it('on-call units never (requested per case); nobody on a day off', () => {
    expect(unitOnDuty({ tier: 'on_call', rosterWeekdays: [1, 2, 3, 4, 5] }, '2026-03-04', true)).toBe(false);
    expect(unitOnDuty({ tier: 'resident', rosterWeekdays: null }, '2026-03-07', false)).toBe(false);
    // a roster Wednesday that is a public holiday (国庆, 2026-10-07): not at the center
    expect(unitOnDuty({ tier: 'rotating', rosterWeekdays: [3] }, '2026-10-07', false)).toBe(false);
  });
});

describe('pickOnDuty', () => {
  it('least loaded first, ties to the name (zh collation), then the id', () => {
    const p = pickOnDuty([c('u1', '王磊', 3), c('u2', '李娜', 1), c('u3', '张伟', 1)], true);
    expect(p.picked?.userId).toBe('u2'); // 李 sorts before 张 in pinyin
    expect(p.ranked.map((x) => x.userId)).toEqual(['u2', 'u3', 'u1']);
    expect(p.byRoster).toBe(false);
    expect(pickOnDuty([c('b', '同名', 0), c('a', '同名', 0)], true).picked?.userId).toBe('a');
  });
  it('a roster for the day names who is on duty, even when the unit is off', () => {
    const p = pickOnDuty([c('u1', '王磊', 0), c('u2', '李娜', 5, true), c('u3', '张伟', 2, true)], false);
    expect(p.byRoster).toBe(true);
    expect(p.ranked.map((x) => x.userId)).toEqual(['u3', 'u2']);
  });
  it('nobody when the unit is not on duty and keeps no roster, or has no handlers', () => {
    expect(pickOnDuty([c('u1', '王磊', 0)], false).picked).toBeNull();
    expect(pickOnDuty([], true)).toEqual({ picked: null, ranked: [], byRoster: false });
  });
  it('property: the pick is on duty and no one on duty carries less', () => {
    const cand = fc.array(fc.record({ userId: fc.uuid(), name: fc.string({ maxLength: 3 }), load: fc.nat(20), rostered: fc.boolean() }), { maxLength: 8 });
    fc.assert(
      fc.property(cand, fc.boolean(), (cs, onDuty) => {
        const p = pickOnDuty(cs, onDuty);
        if (!p.picked) return p.ranked.length === 0;
        const pool = cs.some((x) => x.rostered) ? cs.filter((x) => x.rostered) : onDuty ? cs : [];
        return pool.includes(p.picked) && pool.every((x) => x.load >= p.picked!.load);
      }),
    );
  });
});

describe('pickForTarget', () => {
  const staff = [c('u1', '王磊', 4), c('u2', '李娜', 2), c('u3', '张伟', 0)];

  it("'unit' routes to the unit queue without a person", () => {
    expect(pickForTarget({ assign: 'unit' }, staff, true)).toEqual({ assign: 'unit', team: false, byRoster: false, candidates: [], picked: null });
  });
  it("'least_loaded' picks the least loaded on duty and keeps the ranking", () => {
    const p = pickForTarget({ assign: 'least_loaded' }, staff, true);
    expect(p.picked?.userId).toBe('u3');
    expect(p.candidates.map((x) => x.load)).toEqual([0, 2, 4]);
  });
  it('a team limits the candidates to its members', () => {
    const p = pickForTarget({ assign: 'least_loaded', userIds: ['u1', 'u2'] }, staff, true);
    expect(p).toMatchObject({ team: true, picked: { userId: 'u2' } });
    expect(p.candidates).toHaveLength(2);
  });
  it('when the unit keeps a roster naming nobody of the team, nobody of the team is on duty', () => {
    const rostered = [c('u1', '王磊', 4), c('u2', '李娜', 2), c('u3', '张伟', 0, true)];
    expect(pickForTarget({ assign: 'least_loaded', userIds: ['u1', 'u2'] }, rostered, true)).toMatchObject({ picked: null, byRoster: true, candidates: [] });
    expect(pickForTarget({ assign: 'least_loaded' }, rostered, true).picked?.userId).toBe('u3');
  });
  it('nobody on duty: no person, the case goes to the unit', () => {
    expect(pickForTarget({ assign: 'least_loaded' }, staff, false)).toMatchObject({ picked: null, candidates: [] });
  });
});
