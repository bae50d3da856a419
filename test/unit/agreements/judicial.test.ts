import { describe, expect, it } from 'vitest';
import { canAccept, canReapply, canRule, inWindow, jcWindow, reminderDue, reminderFrom } from '../../../src/domain/agreements/judicial.js';
import { afterSignature, editable, signable, submittable, voidable } from '../../../src/domain/agreements/signing.js';

describe('judicial confirmation window (《人民调解法》第三十三条, concluded_on is day 1)', () => {
  const concluded = '2026-03-02';
  it('day 1 and day 30 are in time, day 31 is not', () => {
    expect(jcWindow(concluded, '2026-03-02')).toEqual({ lastDay: '2026-03-31', daysLeft: 30, open: true });
    expect(jcWindow(concluded, '2026-03-31')).toEqual({ lastDay: '2026-03-31', daysLeft: 1, open: true });
    expect(jcWindow(concluded, '2026-04-01')).toEqual({ lastDay: '2026-03-31', daysLeft: 0, open: false });
    expect(inWindow(concluded, '2026-03-31')).toBe(true);
    expect(inWindow(concluded, '2026-04-01')).toBe(false);
  });
  it('an application dated before the agreement is not in the window', () => {
    expect(inWindow(concluded, '2026-03-01')).toBe(false);
  });
  it('counts calendar days across February', () => {
    expect(jcWindow('2026-02-10', '2026-02-10').lastDay).toBe('2026-03-11');
  });
  it('reminds from N days before the last day, once, while open', () => {
    expect(reminderFrom(concluded)).toBe('2026-03-26');
    expect(reminderDue(concluded, '2026-03-25', false)).toBe(false);
    expect(reminderDue(concluded, '2026-03-26', false)).toBe(true);
    expect(reminderDue(concluded, '2026-03-31', false)).toBe(true);
    expect(reminderDue(concluded, '2026-03-26', true)).toBe(false);
    expect(reminderDue(concluded, '2026-04-01', false)).toBe(false);
    expect(reminderDue(concluded, '2026-03-21', false, 10)).toBe(true);
  });
  it('steps of the court', () => {
    expect([canAccept('applied'), canAccept('accepted'), canAccept('confirmed')]).toEqual([true, false, false]);
    expect([canRule('applied'), canRule('accepted'), canRule('rejected'), canRule('confirmed')]).toEqual([true, true, false, false]);
    expect([canReapply('rejected'), canReapply('withdrawn'), canReapply('applied'), canReapply('accepted'), canReapply('confirmed')]).toEqual([true, true, false, false, false]);
  });
});

describe('signing', () => {
  const sigs = [
    { partyId: 'a', status: 'pending' as const },
    { partyId: 'b', status: 'pending' as const },
  ];
  it('stays signing until every party signed', () => {
    expect(afterSignature(sigs, 'a', 'signed')).toBe('signing');
    expect(afterSignature([{ partyId: 'a', status: 'signed' }, sigs[1]!], 'b', 'signed')).toBe('signed');
  });
  it('a refusal returns it to draft', () => {
    expect(afterSignature([{ partyId: 'a', status: 'signed' }, sigs[1]!], 'b', 'refused')).toBe('draft');
  });
  it('what each status allows', () => {
    expect(['draft', 'signing', 'signed', 'void'].map((s) => editable(s as never))).toEqual([true, false, false, true]);
    expect(['draft', 'signing', 'signed', 'void'].map((s) => submittable(s as never))).toEqual([true, false, false, false]);
    expect(['draft', 'signing', 'signed', 'void'].map((s) => signable(s as never))).toEqual([false, true, false, false]);
    expect(['draft', 'signing', 'signed', 'void'].map((s) => voidable(s as never))).toEqual([true, true, true, false]);
  });
});
