import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDistrict } from '../../../src/demo/district.js';
import { DEMO_PASSWORD, seedDemo } from '../../../src/demo/seed.js';
import { createTestApp, login, type TestApp } from '../../support/app.js';

/** The demo's rosters and on-call requests, seen through the API as the demo accounts see them. */
describe('demo staffing', () => {
  let t: TestApp;
  let keys: Map<string, string>;

  beforeAll(async () => {
    // Tuesday 10:00: a working day.
    t = await createTestApp({ now: '2026-03-03T10:00:00+08:00' });
    keys = await seedDemo(t.database.db, generateDistrict(), t.clock.now());
  });
  afterAll(() => t.close());

  it('rosters three of the district center’s five mediators and two of the development zone’s three each working day for four weeks', async () => {
    const dispatcher = await login(t.app, 'dispatcher', DEMO_PASSWORD);
    const week = (await dispatcher.get(`/api/duty/rosters?unitId=${keys.get('center-district')}&from=2026-03-03&to=2026-03-30`)).json();
    expect(week.version).toBe(1);
    const perDay = new Map<string, number>();
    for (const s of week.shifts as { date: string }[]) perDay.set(s.date, (perDay.get(s.date) ?? 0) + 1);
    const working = (week.days as { date: string; workingDay: boolean }[]).filter((d) => d.workingDay).map((d) => d.date);
    expect([...perDay.keys()].sort()).toEqual(working);
    expect([...perDay.values()].every((n) => n === 3)).toBe(true);
    // Everyone takes turns: each of the five mediators is on the roster.
    expect(new Set((week.shifts as { userId: string }[]).map((s) => s.userId)).size).toBe(5);

    const devzone = (await (await login(t.app, 'dispatcher-03', DEMO_PASSWORD)).get(`/api/duty/rosters?unitId=${keys.get('center-devzone')}&from=2026-03-03&to=2026-03-09`)).json();
    expect(devzone.shifts.filter((s: { date: string }) => s.date === '2026-03-03')).toHaveLength(2);

    const today = (await dispatcher.get('/api/duty/today')).json();
    const center = today.units.find((u: { id: string }) => u.id === keys.get('center-district'));
    expect(center).toMatchObject({ byRoster: true, onDuty: true });
    expect(center.people).toHaveLength(3);
    // The law firms and social organisations are on call, apart on the board.
    const board = (await dispatcher.get('/api/routing/board')).json();
    expect(board.onCall.length).toBeGreaterThanOrEqual(6);
    expect(board.units.every((u: { staffingTier: string | null }) => u.staffingTier !== 'on_call')).toBe(true);
  });

  it('has a pending, an accepted and an expired on-call request; the firm’s liaison sees theirs', async () => {
    const dispatcher = await login(t.app, 'dispatcher', DEMO_PASSWORD);
    const all = (await dispatcher.get('/api/oncall-requests')).json().items as { status: string; caseId: string; unitId: string; overdue: boolean }[];
    expect(all.map((r) => r.status).sort()).toEqual(['accepted', 'expired', 'pending']);
    expect(all.find((r) => r.status === 'pending')!.overdue).toBe(false);
    const lawyer = await login(t.app, 'dept-law-01', DEMO_PASSWORD);
    const inbox = (await lawyer.get('/api/oncall-requests')).json().items as { status: string; caseId: string; canRespond: boolean }[];
    expect(inbox).toHaveLength(1);
    expect(inbox[0]).toMatchObject({ status: 'pending', canRespond: true });
    const c = await lawyer.get(`/api/cases/${inbox[0]!.caseId}`);
    expect(c.statusCode).toBe(200);
    expect(c.json().timeline.at(-1).type).toBe('oncall_requested');
    // The expired request's timeline ends with the expiry.
    const expired = all.find((r) => r.status === 'expired')!;
    const lapsed = (await dispatcher.get(`/api/cases/${expired.caseId}`)).json();
    expect(lapsed.timeline.slice(-2).map((e: { type: string }) => e.type)).toEqual(['oncall_requested', 'oncall_expired']);
  });
});
