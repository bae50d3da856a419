import { describe, expect, it } from 'vitest';
import { createWorkingCalendar, SHIPPED_CALENDAR } from '../../../src/domain/calendar/index.js';
import { isOncallUnit, ONCALL_ACTIONS, ONCALL_STATUSES, oncallFrom, oncallNext, oncallRespondBy, type OncallStatus } from '../../../src/domain/routing/oncall.js';

const cal = createWorkingCalendar(SHIPPED_CALENDAR);
const bj = (local: string) => new Date(`${local}+08:00`);
const respondBy = (local: string, hours: number) => oncallRespondBy(cal, bj(local), hours).toISOString();

describe('oncallRespondBy: N working hours on the working calendar', () => {
  it('within one working day', () => {
    expect(respondBy('2026-03-02T09:00:00', 4)).toBe(bj('2026-03-02T13:00:00').toISOString());
    expect(respondBy('2026-03-02T13:30:00', 4)).toBe(bj('2026-03-02T17:30:00').toISOString());
  });

  it('carries over the close of the office to the next working day', () => {
    // Monday 16:30 + 4 h: 1 h on Monday, 3 h from Tuesday 08:30.
    expect(respondBy('2026-03-02T16:30:00', 4)).toBe(bj('2026-03-03T11:30:00').toISOString());
  });

  it('skips the weekend: Friday afternoon is due on Monday', () => {
    expect(respondBy('2026-03-06T16:30:00', 4)).toBe(bj('2026-03-09T11:30:00').toISOString());
  });

  it('outside office hours the count starts at the next opening', () => {
    expect(respondBy('2026-03-02T07:00:00', 4)).toBe(bj('2026-03-02T12:30:00').toISOString());
    expect(respondBy('2026-03-07T10:00:00', 4)).toBe(bj('2026-03-09T12:30:00').toISOString()); // Saturday
  });

  it('skips a public holiday and counts a make-up working Saturday', () => {
    // Friday 04-03 16:30; 04-04..06 清明节 (Sat–Mon): due Tuesday 04-07.
    expect(respondBy('2026-04-03T16:30:00', 4)).toBe(bj('2026-04-07T11:30:00').toISOString());
    // Thursday 04-30 16:30; 05-01..05 劳动节; 05-09 (Saturday) is a working day, but Wednesday 05-06 comes first.
    expect(respondBy('2026-04-30T16:30:00', 4)).toBe(bj('2026-05-06T11:30:00').toISOString());
    // Friday 05-08 16:30: the 调休 Saturday 05-09 works.
    expect(respondBy('2026-05-08T16:30:00', 4)).toBe(bj('2026-05-09T11:30:00').toISOString());
  });

  it('a full working day is nine office hours', () => {
    expect(respondBy('2026-03-02T11:00:00', 9)).toBe(bj('2026-03-03T11:00:00').toISOString());
  });

  it('refuses hours outside 1..72', () => {
    expect(() => oncallRespondBy(cal, bj('2026-03-02T09:00:00'), 0)).toThrow(RangeError);
    expect(() => oncallRespondBy(cal, bj('2026-03-02T09:00:00'), 73)).toThrow(RangeError);
    expect(() => oncallRespondBy(cal, bj('2026-03-02T09:00:00'), Number.NaN)).toThrow(RangeError);
  });
});

describe('on-call request transitions', () => {
  const table: Record<OncallStatus, Partial<Record<(typeof ONCALL_ACTIONS)[number], OncallStatus>>> = {
    pending: { accept: 'accepted', decline: 'declined', cancel: 'cancelled', expire: 'expired' },
    accepted: { complete: 'done', cancel: 'cancelled' },
    declined: {},
    expired: {},
    done: {},
    cancelled: {},
  };

  it('every status × action gives the expected next status or null', () => {
    for (const status of ONCALL_STATUSES) {
      for (const action of ONCALL_ACTIONS) {
        expect(oncallNext(status, action), `${status} + ${action}`).toBe(table[status][action] ?? null);
      }
    }
  });

  it('oncallFrom lists exactly the statuses the action leaves', () => {
    for (const action of ONCALL_ACTIONS) {
      expect([...oncallFrom(action)].sort()).toEqual(ONCALL_STATUSES.filter((s) => table[s][action] !== undefined).sort());
    }
  });
});

describe('isOncallUnit', () => {
  it('on-call tier departments, law firms and social organisations; nothing else', () => {
    expect(isOncallUnit({ kind: 'department', staffingTier: 'on_call', departmentType: 'housing_bureau' })).toBe(true);
    expect(isOncallUnit({ kind: 'department', staffingTier: 'on_call', departmentType: null })).toBe(true);
    expect(isOncallUnit({ kind: 'department', staffingTier: null, departmentType: 'law_firm' })).toBe(true);
    expect(isOncallUnit({ kind: 'department', staffingTier: 'resident', departmentType: 'social_organization' })).toBe(true);
    expect(isOncallUnit({ kind: 'department', staffingTier: 'resident', departmentType: 'judicial_office' })).toBe(false);
    expect(isOncallUnit({ kind: 'department', staffingTier: 'rotating', departmentType: 'court' })).toBe(false);
    expect(isOncallUnit({ kind: 'center', staffingTier: 'on_call', departmentType: null })).toBe(false);
    expect(isOncallUnit({ kind: 'station', staffingTier: null, departmentType: 'law_firm' })).toBe(false);
  });
});
