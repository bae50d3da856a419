import { describe, expect, it } from 'vitest';
import { createWorkingCalendar, SHIPPED_CALENDAR } from '../../../src/domain/calendar/index.js';
import { DEFAULT_CASE_POLICY } from '../../../src/domain/case/policy.js';
import {
  computeKpis,
  deriveCaseFacts,
  groupKpis,
  type KpiCaseFacts,
  type KpiConfig,
  KPI_DEFINITIONS,
  MIN_RANKED_SAMPLE,
  officeMinutesPerDay,
  respondedOnTime,
  windowOf,
} from '../../../src/domain/kpi/index.js';
import { at, eventsOf, type FixtureCase, linkedOf, MARCH_CASES } from './fixtures.js';

const cal = createWorkingCalendar(SHIPPED_CALENDAR);
const cfg: KpiConfig = { cal, responseBudget: DEFAULT_CASE_POLICY.responseBudget };
const MARCH = { from: '2026-03-01', to: '2026-03-31' };
const FEBRUARY = { from: '2026-02-01', to: '2026-02-28' };
const win = (p: { from: string; to: string }) => windowOf(p, cal.utcOffsetMinutes);

const factsOf = (cases: FixtureCase[]): KpiCaseFacts[] => cases.map((c) => deriveCaseFacts(c.row, eventsOf(c), linkedOf(c)));
const facts = factsOf(MARCH_CASES);
const only = (...ids: string[]) => facts.filter((f) => ids.includes(f.id));

/** A minimal case for the edge cases below. */
function simple(id: string, events: FixtureCase['events'], extra: Partial<FixtureCase['row']> = {}): KpiCaseFacts {
  const first = events[0]![1];
  return deriveCaseFacts(
    { id, registeredAt: at(first), channel: 'window', category: 'other', status: 'handling', streetId: null, communityId: null, gridId: null, handlerId: null, moneyRecoveredFen: 0, ...extra },
    events.map(([type, time, data], i) => ({ seq: i + 1, type, at: at(time), data: data ?? {} })),
  );
}

describe('KPIs of March 2026 on the hand-made cases', () => {
  const k = computeKpis(facts, win(MARCH), cfg);

  it('counts the cases registered in the period by channel, category and current status', () => {
    expect(k.registered).toBe(5); // c1–c5; c6 was registered in February
    expect(k.byChannel).toEqual({ window: 2, hotline: 1, online: 1, grid_report: 1 });
    expect(k.byCategory).toEqual({ neighbour: 2, labour: 1, family: 1, contract: 1 });
    expect(k.byStatus).toEqual({ archived: 1, referred: 2, withdrawn: 1, handling: 1 });
  });

  it('measures response time in working minutes over the registered and accepted cases', () => {
    // c1 20, c2 45, c4 10 (counting from the 08:30 opening, not 08:00), c5 10; c3 was withdrawn unaccepted.
    expect(k.bases.responded).toBe(4);
    expect(k.responseMinutes).toEqual({ median: 15, p90: 37.5 });
    expect(k.bases.respondedOnTime).toBe(3);
    expect(k.onTimeResponseRate).toBe(0.75);
  });

  it('takes closure and resolution over the cases first accepted in the period', () => {
    // accepted: c1 c2 c4 c5 c6 (first acceptance 03-02); c4 is handling again after its reopening.
    expect([k.accepted, k.concluded, k.resolved]).toEqual([5, 4, 2]);
    expect(k.closureRate).toBe(0.8);
    // c1 resolved (archived since), c6 resolved; c2 referred, c5 resolved then reopened then referred.
    expect(k.resolutionRate).toBe(0.5);
  });

  it('measures duration from registration to the standing conclusion in the period', () => {
    // c1 3 d, c2 7 d, c3 1 h, c5 7 d, c6 21 d; c4's conclusion was undone by its reopening.
    expect(k.bases.concludedInPeriod).toBe(5);
    expect(k.durationDays).toEqual({ median: 7, p90: 15.4 });
    // working days: c1 1620/540 = 3, c2 2700/540 = 5, c3 60/540, c5 5, c6 (Sat 02-28 is a working day) 8640/540 = 16
    expect(k.durationWorkingDays).toEqual({ median: 5, p90: 11.6 });
  });

  it('sums money over the cases concluded in the period, not over reopened ones', () => {
    expect(k.moneyRecoveredFen).toBe(170_000); // c1 + c6; not c4's 99 900
  });

  it('rates satisfaction by each case’s latest rating in the period, neutral not satisfied', () => {
    // c1 satisfied, c2 satisfied (its neutral came first), c4 dissatisfied, c6 neutral
    expect([k.bases.rated, k.bases.satisfied]).toEqual([4, 2]);
    expect(k.bases.dissatisfied).toBe(1);
    expect(k.satisfactionRate).toBe(0.5);
  });

  it('counts a rebound when a linked case is registered within 180 days of the resolution', () => {
    // resolved in March: c1 (linked case 46 days later) and c6 (linked case 184 days later)
    expect([k.bases.resolvedInPeriod, k.bases.rebounded]).toEqual([2, 1]);
    expect(k.reboundRate).toBe(0.5);
  });

  it('leaves the follow-up and screening figures to withFollowUp (null, zero bases, until filled in)', () => {
    expect(k.followUpOnTimeRate).toBeNull();
    expect(k.screeningCoverage).toBeNull();
    expect(k.bases).toMatchObject({ visitsDue: 0, visitsOnTime: 0, followUpLateCases: 0, screeningTarget: 0, screeningDone: 0 });
    expect(KPI_DEFINITIONS.followUpOnTimeRate.available).toBe(true);
    expect(KPI_DEFINITIONS.screeningCoverage.available).toBe(true);
  });

  it('counts every case that enters a figure once in the sample', () => {
    expect(k.bases.cases).toBe(6);
  });

  it('does not depend on the order of the facts', () => {
    expect(computeKpis([...facts].reverse(), win(MARCH), cfg)).toEqual(k);
  });
});

describe('edge cases', () => {
  it('an empty period has zero counts and null rates and percentiles', () => {
    const k = computeKpis(facts, win({ from: '2025-06-01', to: '2025-06-30' }), cfg);
    expect(k).toMatchObject({
      registered: 0,
      accepted: 0,
      concluded: 0,
      resolved: 0,
      closureRate: null,
      resolutionRate: null,
      onTimeResponseRate: null,
      responseMinutes: { median: null, p90: null },
      durationDays: { median: null, p90: null },
      durationWorkingDays: { median: null, p90: null },
      satisfactionRate: null,
      reboundRate: null,
      moneyRecoveredFen: 0,
      byChannel: {},
      byCategory: {},
      byStatus: {},
    });
    expect(computeKpis([], win(MARCH), cfg).closureRate).toBeNull();
  });

  it('a period with registrations but no acceptance has a null closure rate', () => {
    const k = computeKpis(facts, win(FEBRUARY), cfg);
    expect(k.registered).toBe(1); // c6
    // 02-27 17:20 → 17:30 (10) + Saturday 02-28, a make-up working day (540) + 03-02 08:30 → 08:50 (20)
    expect(k.responseMinutes).toEqual({ median: 570, p90: 570 });
    expect(k.onTimeResponseRate).toBe(0);
    expect([k.accepted, k.closureRate, k.resolutionRate, k.satisfactionRate]).toEqual([0, null, null, null]);
  });

  it('a holiday between registration and acceptance does not count', () => {
    // Friday 04-03 17:00 → Tuesday 04-07 09:00 over Qingming (04-04 – 04-06): 30 + 30 minutes.
    const holiday = simple('h', [
      ['registered', '04-03T17:00'],
      ['accepted', '04-07T09:00'],
    ]);
    // The same hours a week later with a working Monday: 30 + 540 + 30.
    const ordinary = simple('o', [
      ['registered', '03-13T17:00'],
      ['accepted', '03-17T09:00'],
    ]);
    expect(computeKpis([holiday], win({ from: '2026-04-01', to: '2026-04-30' }), cfg).responseMinutes.median).toBe(60);
    expect(computeKpis([ordinary], win(MARCH), cfg).responseMinutes.median).toBe(600);
  });

  it('accepting exactly at the end of the budget is on time, a second later is not', () => {
    const onTime = simple('a', [
      ['registered', '03-02T09:00'],
      ['accepted', '03-02T09:30'],
    ]);
    expect(respondedOnTime(cfg, at('03-02T09:00'), new Date(at('03-02T09:30').getTime() + 1000))).toBe(false);
    expect(computeKpis([onTime], win(MARCH), cfg).onTimeResponseRate).toBe(1);
    // Registered Friday 17:20, accepted Monday 08:50: 10 + 20 = 30 working minutes, on time.
    expect(respondedOnTime(cfg, at('03-13T17:20'), at('03-16T08:50'))).toBe(true);
  });

  it('pauses change neither response time nor calendar duration', () => {
    const base: FixtureCase['events'] = [
      ['registered', '03-02T09:00'],
      ['accepted', '03-02T09:20'],
      ['started', '03-02T09:30'],
    ];
    const plain = simple('p', [...base, ['resolved', '03-09T09:00']]);
    const paused = simple('p', [...base, ['paused', '03-03T10:00'], ['resumed', '03-06T10:00'], ['resolved', '03-09T09:00']]);
    expect(computeKpis([paused], win(MARCH), cfg)).toEqual(computeKpis([plain], win(MARCH), cfg));
    expect(computeKpis([paused], win(MARCH), cfg).responseMinutes.median).toBe(20);
  });

  it('a case withdrawn before acceptance enters registrations and durations, not response or closure', () => {
    const k = computeKpis(only('c3'), win(MARCH), cfg);
    expect([k.registered, k.bases.responded, k.accepted, k.closureRate, k.bases.concludedInPeriod]).toEqual([1, 0, 0, null, 1]);
    expect(k.durationDays.median).toBe(0.04);
  });

  it('a reopened case is not concluded until it concludes again, and counts by its new conclusion', () => {
    const reopened = computeKpis(only('c4'), win(MARCH), cfg);
    expect([reopened.accepted, reopened.concluded, reopened.closureRate, reopened.bases.concludedInPeriod]).toEqual([1, 0, 0, 0]);
    const again = computeKpis(only('c5'), win(MARCH), cfg);
    expect([again.concluded, again.resolved, again.resolutionRate]).toEqual([1, 0, 0]);
    expect(again.durationDays.median).toBe(7); // to the referral, not the first resolution
  });

  it('an archived case counts by its conclusion before archiving', () => {
    const k = computeKpis(only('c1'), win(MARCH), cfg);
    expect([k.concluded, k.resolved, k.resolutionRate]).toEqual([1, 1, 1]);
    expect(k.byStatus).toEqual({ archived: 1 });
  });

  it('a return and re-acceptance keeps the first acceptance', () => {
    const f = simple('r', [
      ['registered', '03-02T09:00'],
      ['routed', '03-02T09:05'],
      ['accepted', '03-02T09:10'],
      ['returned', '03-02T10:00'],
      ['routed', '03-02T10:05'],
      ['accepted', '03-03T09:00'],
    ]);
    expect(f.firstAcceptedAt).toEqual(at('03-02T09:10'));
    expect(computeKpis([f], win(MARCH), cfg)).toMatchObject({ accepted: 1, responseMinutes: { median: 10 } });
  });

  it('a resolution counts in the period it happened in, a rebound only after the resolution', () => {
    const f = simple('x', [
      ['registered', '03-30T09:00'],
      ['accepted', '03-30T09:10'],
      ['resolved', '04-02T09:00'],
    ]);
    const before = { ...f, linkedRegistrations: [at('04-01T09:00')] };
    const after = { ...f, linkedRegistrations: [at('2026-09-29T09:00')] }; // exactly 180 days
    const april = win({ from: '2026-04-01', to: '2026-04-30' });
    expect(computeKpis([before], april, cfg).reboundRate).toBe(0);
    expect(computeKpis([after], april, cfg).reboundRate).toBe(1);
    expect(computeKpis([after], win(MARCH), cfg)).toMatchObject({ accepted: 1, concluded: 1, reboundRate: null, bases: { concludedInPeriod: 0 } });
  });

  it('office minutes per day follow the calendar', () => {
    expect(officeMinutesPerDay(cal)).toBe(540);
  });
});

describe('groups', () => {
  it('by month: each month over its own part of the period', () => {
    const groups = groupKpis(facts, { from: '2026-02-15', to: '2026-03-31' }, 'month', cfg);
    expect(groups.map((g) => [g.key, g.period])).toEqual([
      ['2026-02', { from: '2026-02-15', to: '2026-02-28' }],
      ['2026-03', { from: '2026-03-01', to: '2026-03-31' }],
    ]);
    expect(groups[0]!.kpis).toEqual(computeKpis(facts, win(FEBRUARY), cfg));
    expect(groups[1]!.kpis).toEqual(computeKpis(facts, win(MARCH), cfg));
    expect(groups.map((g) => [g.sample, g.ranked])).toEqual([
      [1, false],
      [6, false],
    ]);
  });

  it('by week: ISO weeks clipped to the period', () => {
    const groups = groupKpis(facts, { from: '2026-03-01', to: '2026-03-10' }, 'week', cfg);
    expect(groups.map((g) => [g.key, g.period!.from, g.period!.to])).toEqual([
      ['2026-W09', '2026-03-01', '2026-03-01'],
      ['2026-W10', '2026-03-02', '2026-03-08'],
      ['2026-W11', '2026-03-09', '2026-03-10'],
    ]);
    expect(groups.map((g) => g.kpis.registered)).toEqual([0, 4, 1]);
  });

  it('by category: each category over the whole period, largest sample first', () => {
    const groups = groupKpis(facts, MARCH, 'category', cfg);
    expect(groups.map((g) => [g.key, g.sample])).toEqual([
      ['labour', 2],
      ['neighbour', 2],
      ['contract', 1],
      ['family', 1],
    ]);
    const labour = groups[0]!.kpis;
    expect([labour.registered, labour.accepted, labour.concluded, labour.closureRate, labour.resolutionRate]).toEqual([1, 2, 2, 1, 0.5]);
    const neighbour = groups[1]!.kpis;
    expect([neighbour.accepted, neighbour.concluded, neighbour.closureRate, neighbour.moneyRecoveredFen]).toEqual([2, 1, 0.5, 50_000]);
  });

  it('by grid: cases without a grid form the null group, last among equals', () => {
    const groups = groupKpis(facts, MARCH, 'grid', cfg);
    expect(groups.map((g) => [g.key, g.sample])).toEqual([
      ['g1', 3],
      ['g2', 2],
      [null, 1],
    ]);
  });

  it('groups of at least the minimum sample are ranked', () => {
    const many = Array.from({ length: MIN_RANKED_SAMPLE }, (_, i) =>
      simple(`m${i}`, [['registered', '03-02T09:00'], ['accepted', '03-02T09:10']], { channel: 'hotline' }),
    );
    const groups = groupKpis([...many, ...facts], MARCH, 'channel', cfg);
    expect(groups.map((g) => [g.key, g.sample, g.ranked])).toEqual([
      ['hotline', 21, true],
      ['window', 3, false],
      ['grid_report', 1, false],
      ['online', 1, false],
    ]);
  });

  it('no groups without a grouping', () => {
    expect(groupKpis(facts, MARCH, 'none', cfg)).toEqual([]);
  });
});
