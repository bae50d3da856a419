import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaseJson, getCase, ok, register } from '../cases/helpers.js';
import { json, staffingWorld, type StaffingWorld } from './world.js';

type BoardCase = { id: string; code: string; status: string; version: number; registeredAt: string; deadline: { kind: string; remainingWorkingMinutes: number; breached: boolean } | null };
type BoardUnit = { id: string; oncall: boolean; people: { userId: string; load: number }[] };
type Board = { center: { id: string }; date: string; cases: { total: number; items: BoardCase[] }; units: BoardUnit[]; onCall: BoardUnit[] };

/** 分流调度台: the center's waiting cases, who is on duty with their load, and routing with one action. */
describe('routing board', () => {
  let w: StaffingWorld;
  let first: CaseJson;
  let second: CaseJson;
  let elsewhere: CaseJson;
  const board = (agent = w.dispatcher, query = '') => json<Board>(agent.get(`/api/routing/board${query}`));

  beforeAll(async () => {
    w = await staffingWorld({ now: '2026-03-02T09:00:00+08:00' });
    first = await register(w.dispatcher, { description: '小区物业擅自提高停车费，业主多次反映无果，请求协调。', category: 'property_management' });
    w.t.clock.advanceMinutes(10);
    second = await register(w.dispatcher);
    const routed = await register(w.dispatcher);
    await ok(w.dispatcher, routed.id, { action: 'route', unitId: w.d.department.id, userId: w.ids.mediator });
    elsewhere = await register(w.dispatcher2);
    w.t.clock.advanceMinutes(5);
  });
  afterAll(() => w.t.close());

  it('lists the center’s registered cases oldest first with the response countdown', async () => {
    const b = await board();
    expect(b.center.id).toBe(w.d.center.id);
    expect(b.date).toBe('2026-03-02');
    expect(b.cases.total).toBe(2);
    expect(b.cases.items.map((c) => c.id)).toEqual([first.id, second.id]);
    expect(b.cases.items[0]!.deadline).toMatchObject({ kind: 'response', breached: false, remainingWorkingMinutes: 15 });
    expect(b.cases.items[1]!.deadline).toMatchObject({ kind: 'response', remainingWorkingMinutes: 25 });
  });

  it('shows the units on duty with their people and load, and the on-call bodies apart', async () => {
    const b = await board();
    const dept = b.units.find((u) => u.id === w.d.department.id)!;
    // No roster today: every handler, least loaded first, ties by name.
    expect(dept.people.map((p) => [p.userId, p.load])).toEqual([
      [w.ids.lead, 0],
      [w.ids.colleague, 0],
      [w.ids.mediator, 1],
    ]);
    expect(dept.people.at(-1)).toMatchObject({ userId: w.ids.mediator, load: 1 });
    expect(b.units.every((u) => !u.oncall)).toBe(true);
    expect(b.onCall.map((u) => u.id).sort()).toEqual([w.units.firm.id, w.units.otherFirm.id, w.units.socialOrg.id].sort());
  });

  it('is scoped to the caller’s center', async () => {
    const other = await board(w.dispatcher2);
    expect(other.center.id).toBe(w.units.center2.id);
    expect(other.cases.items.map((c) => c.id)).toEqual([elsewhere.id]);
    expect((await w.dispatcher.get(`/api/routing/board?centerId=${w.units.center2.id}`)).statusCode).toBe(403);
    expect((await w.dispatcher2.get(`/api/routing/board?centerId=${w.d.center.id}`)).statusCode).toBe(403);
    // The board is a dispatching tool: handlers and liaisons are refused.
    expect((await w.mediator.get('/api/routing/board')).statusCode).toBe(403);
    expect((await w.lawyer.get('/api/routing/board')).statusCode).toBe(403);
    expect((await w.grid.get('/api/routing/board')).statusCode).toBe(403);
    // The director of the center and the admin may look at any center they oversee.
    expect((await board(w.director)).cases.total).toBe(2);
    expect((await board(w.admin, `?centerId=${w.units.center2.id}`)).cases.total).toBe(1);
  });

  it('assigns with one action: the route action with the board’s version; the board refreshes', async () => {
    const b = await board();
    const pick = b.cases.items[0]!;
    const person = b.units.find((u) => u.id === w.d.department.id)!.people[0]!;
    const routed = await ok(w.dispatcher, pick.id, { action: 'route', unitId: w.d.department.id, userId: person.userId, version: pick.version });
    expect(routed).toMatchObject({ status: 'routed', assigneeId: person.userId, handlingUnitId: w.d.department.id });
    const after = await board();
    expect(after.cases.items.map((c) => c.id)).toEqual([second.id]);
    expect(after.units.find((u) => u.id === w.d.department.id)!.people.find((p) => p.userId === person.userId)!.load).toBe(1);
    // A second click with the stale version changes nothing.
    const again = await w.dispatcher.post(`/api/cases/${pick.id}/actions`, { action: 'route', unitId: w.d.department.id, userId: w.ids.colleague, version: pick.version });
    expect(again.statusCode).toBe(409);
    expect((await getCase(w.dispatcher, pick.id)).assigneeId).toBe(person.userId);
  });

  it('is described in the OpenAPI document with the rosters and on-call endpoints', async () => {
    const doc = (await w.t.app.inject({ url: '/api/openapi.json' })).json();
    for (const path of ['/api/routing/board', '/api/duty/today', '/api/duty/rosters', '/api/duty/rosters/{unitId}', '/api/cases/{id}/oncall-requests', '/api/oncall-requests', '/api/oncall-requests/{id}/respond', '/api/policies/oncall']) {
      expect(Object.keys(doc.paths), path).toContain(path);
    }
    expect(doc.paths['/api/routing/board'].get.summary).toContain('分流调度台 / Routing board');
  });

  it('a case returned by its handler comes back to the board', async () => {
    const returned = await ok(w.director, first.id, { action: 'return', reason: '不属于本单位受理范围' });
    expect(returned.status).toBe('registered');
    expect((await board()).cases.items.map((x) => x.id)).toEqual([first.id, second.id]);
  });
});
