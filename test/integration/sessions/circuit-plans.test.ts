import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseInHandling, type CaseJson, counts, getCase, iso, ok } from '../cases/helpers.js';
import { type SessionWorld, sessionWorld } from './world.js';

let w: SessionWorld;
let a2: CaseJson;
let b1: CaseJson;
let paused: CaseJson;
beforeAll(async () => {
  w = await sessionWorld(); // w.kase is in community A
  // Registered a minute apart: a stop takes its cases oldest first.
  w.t.clock.advanceMinutes(1);
  a2 = await caseInHandling(w, { gridId: w.d.grid2.id });
  b1 = await caseInHandling(w, { gridId: w.d.gridB.id });
  paused = await caseInHandling(w, { gridId: w.d.gridB.id });
  await ok(w.mediator, paused.id, { action: 'pause', reason: '等待鉴定结果' });
});
afterAll(async () => w.t.close());

interface Draft {
  stops: { communityId: string; communityName: string; cases: { caseId: string; startsAt: string; endsAt: string }[] }[];
  overflow: unknown[];
}

const draftBody = () => ({ centerId: w.d.center.id, date: '2026-03-04', communityIds: [w.d.communityB.id, w.d.communityA.id] });

describe('circuit plans', () => {
  it('drafts stops in route order from the open, unpaused cases of the communities', async () => {
    const res = await w.director.post('/api/circuit-plans/draft', draftBody());
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json() as Draft;
    expect(d.stops.map((s) => s.communityName)).toEqual(['乙一社区', '甲一社区']);
    expect(d.stops[0]!.cases.map((c) => c.caseId)).toEqual([b1.id]);
    expect(d.stops[1]!.cases.map((c) => c.caseId)).toEqual([w.kase.id, a2.id]);
    expect(d.stops[0]!.cases[0]!.startsAt).toBe(iso('2026-03-04T09:00:00'));
    expect(d.stops[1]!.cases[0]!.startsAt).toBe(iso('2026-03-04T10:15:00'));
  });

  it('refuses a past day, an unknown community and staff outside the center', async () => {
    const past = await w.director.post('/api/circuit-plans/draft', { ...draftBody(), date: '2026-03-01' });
    expect(past.json().error.fields.date).toBeTruthy();
    const notCommunity = await w.director.post('/api/circuit-plans/draft', { ...draftBody(), communityIds: [w.d.streetA.id] });
    expect(notCommunity.json().error.fields['communityIds.0']).toBeTruthy();
    expect((await w.grid.post('/api/circuit-plans/draft', draftBody())).statusCode).toBe(403);
  });

  it('creates the plan and one circuit session per case in one go; the mediators and assignees are invited', async () => {
    const d = (await w.director.post('/api/circuit-plans/draft', draftBody())).json() as Draft;
    const res = await w.director.post('/api/circuit-plans', {
      centerId: w.d.center.id,
      date: '2026-03-04',
      mediatorIds: [w.ids.centerMediator],
      stops: d.stops.map((s) => ({ communityId: s.communityId, place: s.communityId === w.d.communityA.id ? '甲一社区党群服务中心' : null, cases: s.cases.map((c) => ({ caseId: c.caseId, startsAt: c.startsAt, endsAt: c.endsAt })) })),
    });
    expect(res.statusCode, res.body).toBe(201);
    const plan = res.json();
    expect(plan).toMatchObject({ status: 'planned', date: '2026-03-04', canManage: true });
    expect(plan.title).toContain('乙一社区');
    expect(plan.sessions.map((s: { caseId: string; place: string; mode: string }) => [s.caseId, s.place, s.mode])).toEqual([
      [b1.id, '乙一社区', 'circuit'],
      [w.kase.id, '甲一社区党群服务中心', 'circuit'],
      [a2.id, '甲一社区党群服务中心', 'circuit'],
    ]);
    expect(plan.sessions[0].participants.map((p: { userId: string }) => p.userId).sort()).toEqual([w.ids.centerMediator, w.ids.mediator].sort());
    const c = await getCase(w.mediator, b1.id);
    expect(c.timeline.find((e) => e.type === 'session_scheduled')!.data).toMatchObject({ mode: 'circuit', circuitPlanId: plan.id });
    const list = (await w.director.get('/api/circuit-plans?from=2026-03-01&to=2026-03-31')).json();
    expect(list.items).toMatchObject([{ id: plan.id, sessionCount: 3, heldCount: 0 }]);

    // The same day again: the mediators are already booked — 409, and nothing is written.
    const before = await counts(w.t, ['circuit_plans', 'mediation_sessions', 'case_events']);
    const again = await w.director.post('/api/circuit-plans', { centerId: w.d.center.id, date: '2026-03-04', mediatorIds: [w.ids.centerMediator], stops: [{ communityId: w.d.communityA.id, cases: [{ caseId: a2.id, startsAt: iso('2026-03-04T11:00:00'), endsAt: iso('2026-03-04T11:30:00') }] }] });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('session_conflict');
    expect(await counts(w.t, ['circuit_plans', 'mediation_sessions', 'case_events'])).toEqual(before);

    // Cancelling the plan cancels its sessions and tells the cases.
    const cancelled = await w.director.post(`/api/circuit-plans/${plan.id}/cancel`, { reason: '当天有强降雨预警' });
    expect(cancelled.json().status).toBe('cancelled');
    expect(cancelled.json().sessions.every((s: { status: string }) => s.status === 'cancelled')).toBe(true);
    expect((await w.director.post(`/api/circuit-plans/${plan.id}/cancel`, { reason: '再次取消' })).statusCode).toBe(409);
  });

  it('refuses a paused case, a case of another community, a slot off the plan day and a repeated case', async () => {
    const res = await w.director.post('/api/circuit-plans', {
      centerId: w.d.center.id,
      date: '2026-03-05',
      mediatorIds: [],
      stops: [
        {
          communityId: w.d.communityB.id,
          cases: [
            { caseId: paused.id, startsAt: iso('2026-03-05T09:00:00'), endsAt: iso('2026-03-05T09:45:00') },
            { caseId: a2.id, startsAt: iso('2026-03-05T09:45:00'), endsAt: iso('2026-03-05T10:30:00') },
            { caseId: b1.id, startsAt: iso('2026-03-06T09:00:00'), endsAt: iso('2026-03-06T09:45:00') },
            { caseId: b1.id, startsAt: iso('2026-03-05T11:00:00'), endsAt: iso('2026-03-05T11:45:00') },
          ],
        },
      ],
    });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields).sort()).toEqual(['stops.0.cases.0.caseId', 'stops.0.cases.1.caseId', 'stops.0.cases.2.startsAt', 'stops.0.cases.3.caseId']);
  });

  it('marks the plan done when its last session is recorded', async () => {
    const res = await w.director.post('/api/circuit-plans', {
      centerId: w.d.center.id,
      date: '2026-03-02',
      mediatorIds: [w.ids.centerMediator],
      stops: [{ communityId: w.d.communityB.id, cases: [{ caseId: b1.id, startsAt: iso('2026-03-02T15:00:00'), endsAt: iso('2026-03-02T15:45:00') }] }],
    });
    expect(res.statusCode, res.body).toBe(201);
    const plan = res.json();
    w.t.clock.advanceBy(6 * 3_600_000 + 5 * 60_000);
    const rec = await w.mediator.post(`/api/cases/${b1.id}/sessions/${plan.sessions[0].id}/record`, { minutes: '现场调解，双方达成一致。', outcome: 'agreement' });
    expect(rec.statusCode, rec.body).toBe(200);
    expect((await w.director.get(`/api/circuit-plans/${plan.id}`)).json().status).toBe('done');
  });
});

describe('circuit companions', () => {
  it('lists the mediators of the center and its departments to center staff only', async () => {
    const res = await w.director.get(`/api/circuit-plans/mediators?centerId=${w.d.center.id}`);
    expect(res.statusCode, res.body).toBe(200);
    const ids = res.json().items.map((m: { userId: string }) => m.userId);
    expect(ids).toEqual(expect.arrayContaining([w.ids.mediator, w.ids.colleague, w.ids.centerMediator]));
    expect(ids).not.toContain(w.ids.director);
    expect((await w.grid.get(`/api/circuit-plans/mediators?centerId=${w.d.center.id}`)).statusCode).toBe(403);
  });
});
