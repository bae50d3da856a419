import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkingCalendar, SHIPPED_CALENDAR, workingMinutesBetween } from '../../../src/domain/calendar/index.js';
import { runEscalations } from '../../../src/services/cases/escalation-job.js';
import { type Agent, login } from '../../support/app.js';
import { PASSWORD } from '../../support/factories.js';
import { act, bj, type CaseJson, type CaseWorld, caseWorld, count, getCase, iso, ok, register, relogin } from './helpers.js';

/**
 * 刚性制度: the response clock (30 working minutes), the handling clock (working days per
 * category, paused while waiting on a party), the escalation chain and the working calendar.
 * The clock only moves forward through this file: Monday 2026-03-02 09:00 (+08:00) onwards.
 */
describe('deadlines, escalation and the working calendar', () => {
  let w: CaseWorld;
  let lead: Agent;

  beforeAll(async () => {
    w = await caseWorld({ now: '2026-03-02T09:00:00+08:00' });
    // The center's lead (带班负责人) is the second step of the chain.
    await w.t.database.db.updateTable('org_units').set({ lead_user_id: w.ids.lead }).where('id', '=', w.d.center.id).execute();
    lead = await login(w.t.app, 'lead1', PASSWORD);
  });
  afterAll(() => w.t.close());

  /** Moves the clock through the API as the admin; the due jobs run as of that time. */
  async function clockTo(local: string): Promise<string[]> {
    const res = await w.admin.post('/api/dev/clock', { now: `${local}+08:00` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().now).toBe(iso(local));
    return res.json().jobsRun as string[];
  }

  /** A jump of days: sessions have expired by then, so sign in again first. */
  async function jumpTo(local: string): Promise<string[]> {
    w.t.clock.set(bj(local));
    await relogin(w);
    lead = await login(w.t.app, 'lead1', PASSWORD);
    return clockTo(local);
  }

  const notifications = async (agent: Agent) => (await agent.get('/api/notifications?limit=100')).json().items as { kind: string; caseId: string; title: string; body: string }[];
  const escalations = (c: CaseJson) => c.timeline.filter((e) => e.type === 'escalated').map((e) => e.data as { deadline: string; level: number; target: string });
  const response = (c: CaseJson) => c.deadlines.find((d) => d.kind === 'response')!;
  const handling = (c: CaseJson) => c.deadlines.find((d) => d.kind === 'handling');

  describe('the response clock and its escalation chain (Monday 2026-03-02)', () => {
    let unrouted: CaseJson;
    let routed: CaseJson;

    it('registered at 09:00 → response due 09:30, each escalation step shown with its own due time', async () => {
      unrouted = await register(w.dispatcher);
      routed = await register(w.dispatcher);
      await ok(w.dispatcher, routed.id, { action: 'route', unitId: w.d.department.id, userId: w.ids.mediator });
      const c = await getCase(w.dispatcher, unrouted.id);
      expect(c.deadlines).toHaveLength(1);
      expect(response(c)).toMatchObject({
        startedAt: iso('2026-03-02T09:00:00'),
        dueAt: iso('2026-03-02T09:30:00'),
        metAt: null,
        breached: false,
        remainingWorkingMinutes: 30,
        escalations: [
          { level: 1, target: 'handler', dueAt: iso('2026-03-02T09:30:00'), at: null },
          { level: 2, target: 'unit_lead', dueAt: iso('2026-03-02T10:30:00'), at: null },
          { level: 3, target: 'director', dueAt: iso('2026-03-02T13:30:00'), at: null },
        ],
      });
    });

    it('before the due time the job escalates nothing', async () => {
      expect(await clockTo('2026-03-02T09:29:00')).toContain('cases.escalate');
      expect(escalations(await getCase(w.dispatcher, unrouted.id))).toEqual([]);
      expect(await notifications(w.dispatcher)).toEqual([]);
    });

    it('past 09:30 the job writes level 1 and notifies the handler — or the dispatchers when there is none yet', async () => {
      expect(await clockTo('2026-03-02T09:31:00')).toContain('cases.escalate');
      const a = await getCase(w.dispatcher, unrouted.id);
      expect(escalations(a)).toEqual([{ deadline: 'response', level: 1, target: 'handler', notified: 1 }]);
      expect(a.timeline.at(-1)).toMatchObject({ type: 'escalated', actorName: '系统', at: iso('2026-03-02T09:31:00') });
      expect(a.timeline.at(-1)!.reason).toContain('响应时限已超期');
      expect(response(a)).toMatchObject({ breached: true, remainingWorkingMinutes: -1 });
      expect(response(a).escalations.map((s) => s.at)).toEqual([iso('2026-03-02T09:31:00'), null, null]);

      const b = await getCase(w.dispatcher, routed.id);
      expect(escalations(b)).toEqual([{ deadline: 'response', level: 1, target: 'handler', notified: 1 }]);

      const toDispatcher = await notifications(w.dispatcher);
      expect(toDispatcher).toHaveLength(1);
      expect(toDispatcher[0]).toMatchObject({ kind: 'deadline_breached', caseId: unrouted.id });
      expect(toDispatcher[0]!.title).toBe(`案件 ${unrouted.code} 响应时限超期`);
      const toMediator = (await notifications(w.mediator)).filter((n) => n.kind === 'deadline_breached');
      expect(toMediator).toEqual([expect.objectContaining({ caseId: routed.id })]);
      expect(toMediator[0]!.body).toContain('第 1 级督办');
      expect((await w.mediator.get('/api/notifications')).json().unreadCount).toBe(2); // assignment + breach
    });

    it('the job run again at the same time, or forced, duplicates nothing', async () => {
      const events = await count(w.t, 'case_events');
      const notes = await count(w.t, 'notifications');
      expect(await clockTo('2026-03-02T09:31:00')).not.toContain('cases.escalate'); // not due again yet
      expect(await runEscalations(w.t.ctx.caseDeps, w.t.clock.now())).toBe(0);
      expect(await runEscalations(w.t.ctx.caseDeps, w.t.clock.now())).toBe(0);
      expect(await w.t.ctx.scheduler.runDue({ force: true })).toContain('cases.escalate');
      expect(await count(w.t, 'case_events')).toBe(events);
      expect(await count(w.t, 'notifications')).toBe(notes);
    });

    it('two job runs at once take each step once', async () => {
      const events = await count(w.t, 'case_events');
      const now = bj('2026-03-02T10:30:00');
      w.t.clock.set(now);
      const taken = await Promise.all([runEscalations(w.t.ctx.caseDeps, now), runEscalations(w.t.ctx.caseDeps, now)]);
      expect(taken[0]! + taken[1]!).toBe(2); // level 2 of each case, once
      expect(await count(w.t, 'case_events')).toBe(events + 2);
    });

    it('at +60 working minutes level 2 goes to the unit lead', async () => {
      await clockTo('2026-03-02T10:31:00');
      const a = await getCase(w.dispatcher, unrouted.id);
      expect(escalations(a).map((e) => [e.level, e.target])).toEqual([
        [1, 'handler'],
        [2, 'unit_lead'],
      ]);
      expect(response(a).escalations.map((s) => s.at)).toEqual([iso('2026-03-02T09:31:00'), iso('2026-03-02T10:30:00'), null]);
      const toLead = (await notifications(lead)).filter((n) => n.kind === 'deadline_breached');
      expect(toLead.map((n) => n.caseId).sort()).toEqual([unrouted.id, routed.id].sort());
      expect(toLead[0]!.body).toContain('第 2 级督办：带班负责人');
    });

    it('at +240 working minutes level 3 goes to the director; then the chain ends', async () => {
      await clockTo('2026-03-02T13:29:00');
      expect(escalations(await getCase(w.dispatcher, unrouted.id))).toHaveLength(2);
      await clockTo('2026-03-02T13:31:00');
      const a = await getCase(w.dispatcher, unrouted.id);
      expect(escalations(a).map((e) => e.target)).toEqual(['handler', 'unit_lead', 'director']);
      expect(response(a).escalations.every((s) => s.at !== null)).toBe(true);
      const toDirector = (await notifications(w.director)).filter((n) => n.kind === 'deadline_breached');
      expect(toDirector.map((n) => n.caseId).sort()).toEqual([unrouted.id, routed.id].sort());
      await clockTo('2026-03-02T17:00:00');
      expect(escalations(await getCase(w.dispatcher, unrouted.id))).toHaveLength(3);
    });

    it('acceptance meets the response clock late and starts the handling clock', async () => {
      const c = await ok(w.mediator, routed.id, { action: 'accept' });
      expect(response(c)).toMatchObject({ metAt: iso('2026-03-02T17:00:00'), breached: true });
      expect(response(c).escalations.every((s) => s.dueAt === null)).toBe(true);
      expect(handling(c)).toMatchObject({ startedAt: iso('2026-03-02T17:00:00'), dueAt: iso('2026-03-16T17:30:00'), breached: false, escalations: [{ level: 1, at: null }, { level: 2, at: null }, { level: 3, at: null }] });
      const stored = await w.t.database.db.selectFrom('case_deadlines').selectAll().where('case_id', '=', routed.id).orderBy('kind').execute();
      expect(stored.map((d) => [d.kind, d.escalation_level, d.met_at !== null])).toEqual([
        ['handling', 0, false],
        ['response', 3, true],
      ]);
    });
  });

  describe('office hours, weekends and holidays', () => {
    let late: CaseJson;

    it('a case registered Friday 17:20 is due Monday 08:50; missed steps are taken one by one in a single run', async () => {
      await jumpTo('2026-03-02T17:25:00');
      late = await register(w.dispatcher); // 5 minutes before closing, 25 minutes on Tuesday morning
      expect(response(late).dueAt).toBe(iso('2026-03-03T08:55:00'));

      await jumpTo('2026-03-06T17:20:00');
      const friday = await register(w.dispatcher);
      expect(response(friday)).toMatchObject({ dueAt: iso('2026-03-09T08:50:00'), remainingWorkingMinutes: 30 });
      expect(response(friday).escalations.map((s) => s.dueAt)).toEqual([iso('2026-03-09T08:50:00'), iso('2026-03-09T09:50:00'), iso('2026-03-09T12:50:00')]);

      // the Tuesday case was not looked at since: all three steps now, in order, each its own event
      const c = await getCase(w.dispatcher, late.id);
      expect(escalations(c).map((e) => e.level)).toEqual([1, 2, 3]);
      expect(c.timeline.filter((e) => e.type === 'escalated').map((e) => e.at)).toEqual(Array(3).fill(iso('2026-03-06T17:20:00')));

      // over the weekend nothing falls due
      await jumpTo('2026-03-09T08:49:00');
      expect(escalations(await getCase(w.dispatcher, friday.id))).toEqual([]);
      await clockTo('2026-03-09T08:51:00');
      expect(escalations(await getCase(w.dispatcher, friday.id)).map((e) => e.level)).toEqual([1]);
    });

    it('pause/resume of the handling clock extends its due time by the paused working time', async () => {
      await jumpTo('2026-03-16T10:00:00');
      const c = await register(w.dispatcher, { category: 'neighbour' });
      await ok(w.dispatcher, c.id, { action: 'route', unitId: w.d.department.id, userId: w.ids.mediator });
      await ok(w.mediator, c.id, { action: 'accept' });
      const started = await ok(w.mediator, c.id, { action: 'start' });
      // 邻里纠纷: 10 working days
      expect(handling(started)).toMatchObject({ startedAt: iso('2026-03-16T10:00:00'), dueAt: iso('2026-03-30T17:30:00') });

      await jumpTo('2026-03-17T09:00:00');
      const paused = await ok(w.mediator, c.id, { action: 'pause', reason: '等待当事人提供房屋鉴定报告' });
      expect(handling(paused)).toMatchObject({ paused: true, dueAt: null, breached: false });
      expect(handling(paused)!.escalations.every((s) => s.dueAt === null)).toBe(true);
      expect(paused.timeline.at(-1)).toMatchObject({ type: 'paused', reason: '等待当事人提供房屋鉴定报告', at: iso('2026-03-17T09:00:00') });
      const list = (await w.mediator.get('/api/cases?assigneeId=me&status=handling')).json().items as { code: string; deadline: { kind: string; paused: boolean } }[];
      expect(list.find((i) => i.code === c.code)!.deadline).toMatchObject({ kind: 'handling', paused: true });

      await clockTo('2026-03-17T11:00:00');
      const resumed = await ok(w.mediator, c.id, { action: 'resume' });
      expect(handling(resumed)).toMatchObject({ paused: false, dueAt: iso('2026-03-31T10:30:00') });
      const cal = createWorkingCalendar(SHIPPED_CALENDAR);
      expect(workingMinutesBetween(cal, bj('2026-03-30T17:30:00'), new Date(handling(resumed)!.dueAt!))).toBe(120);
      expect(resumed.timeline.slice(-2).map((e) => e.type)).toEqual(['paused', 'resumed']);
    });

    it('a paused clock is not escalated; after resuming, a missed handling deadline escalates to the assignee', async () => {
      // rules as data: a category with a one-day handling deadline
      const cat = await w.admin.post('/api/categories', { code: 'urgent_test', name: '急办测试', nameEn: 'Urgent test', handlingDays: 1 });
      expect(cat.statusCode, cat.body).toBe(201);
      const c = await register(w.dispatcher, { category: 'urgent_test' });
      await ok(w.dispatcher, c.id, { action: 'route', unitId: w.d.department.id, userId: w.ids.mediator });
      await ok(w.mediator, c.id, { action: 'accept' });
      const started = await ok(w.mediator, c.id, { action: 'start' });
      expect(handling(started)!.dueAt).toBe(iso('2026-03-18T17:30:00'));

      await jumpTo('2026-03-18T09:00:00');
      await ok(w.mediator, c.id, { action: 'pause', reason: '等待对方当事人出差返回' });
      await jumpTo('2026-03-19T09:00:00');
      expect(escalations(await getCase(w.mediator, c.id))).toEqual([]);
      const resumed = await ok(w.mediator, c.id, { action: 'resume' });
      // paused one full working day (Wed 09:00 → Thu 09:00): due one working day later
      expect(handling(resumed)!.dueAt).toBe(iso('2026-03-19T17:30:00'));

      await clockTo('2026-03-19T17:29:00');
      expect(escalations(await getCase(w.mediator, c.id))).toEqual([]);
      await clockTo('2026-03-19T17:31:00');
      const after = await getCase(w.mediator, c.id);
      expect(escalations(after)).toEqual([{ deadline: 'handling', level: 1, target: 'handler', notified: 1 }]);
      expect(handling(after)).toMatchObject({ breached: true });
      const toMediator = (await notifications(w.mediator)).filter((n) => n.kind === 'deadline_breached' && n.caseId === c.id);
      expect(toMediator).toHaveLength(1);
      expect(toMediator[0]!.title).toContain('办理时限超期');
      // resolving stops the clock: no further steps
      await ok(w.mediator, c.id, { action: 'resolve', outcome: 'other', note: '已答复' });
      await jumpTo('2026-03-20T17:00:00');
      expect(escalations(await getCase(w.mediator, c.id))).toHaveLength(1);
    });

    it('an admin edits the working calendar; a new case’s deadline skips the added holiday', async () => {
      await jumpTo('2026-03-24T17:20:00');
      const before = await register(w.dispatcher);
      expect(response(before).dueAt).toBe(iso('2026-03-25T08:50:00'));

      const denied = await w.dispatcher.request('PUT', '/api/calendar/2026-03-25', { kind: 'holiday', name: '测试假日' });
      expect(denied.statusCode).toBe(403);
      const bad = await w.admin.request('PUT', '/api/calendar/2026-02-30', { kind: 'holiday', name: '不存在的日子' });
      expect(bad.statusCode).toBe(400);
      const put = await w.admin.request('PUT', '/api/calendar/2026-03-25', { kind: 'holiday', name: '测试假日' });
      expect(put.statusCode).toBe(204);
      const year = (await w.dispatcher.get('/api/calendar?year=2026')).json();
      expect(year.days).toContainEqual({ date: '2026-03-25', kind: 'holiday', name: '测试假日' });
      expect(year.days).toContainEqual({ date: '2026-10-10', kind: 'workday', name: '国庆节调休上班' });

      const after = await register(w.dispatcher);
      expect(response(after).dueAt).toBe(iso('2026-03-26T08:50:00'));

      // a make-up working day added on a Saturday counts too
      await w.admin.request('PUT', '/api/calendar/2026-03-28', { kind: 'workday', name: '测试调休' });
      await jumpTo('2026-03-27T17:20:00');
      expect(response(await register(w.dispatcher)).dueAt).toBe(iso('2026-03-28T08:50:00'));

      // removing the entries restores the ordinary week
      expect((await w.admin.request('DELETE', '/api/calendar/2026-03-28')).statusCode).toBe(204);
      expect((await w.admin.request('DELETE', '/api/calendar/2026-03-28')).statusCode).toBe(404);
      expect(response(await register(w.dispatcher)).dueAt).toBe(iso('2026-03-30T08:50:00'));
    });

    it('the shipped calendar: a case registered the day before 国庆 2026 is due after the holiday; 调休 Saturdays count', async () => {
      await jumpTo('2026-09-30T17:20:00');
      const c = await register(w.dispatcher);
      expect(response(c).dueAt).toBe(iso('2026-10-08T08:50:00'));
      expect(response(c).escalations.map((s) => s.dueAt)).toEqual([iso('2026-10-08T08:50:00'), iso('2026-10-08T09:50:00'), iso('2026-10-08T12:50:00')]);

      // nothing escalates during the holiday
      await jumpTo('2026-10-05T12:00:00');
      expect(escalations(await getCase(w.dispatcher, c.id))).toEqual([]);

      await jumpTo('2026-10-09T17:20:00');
      const friday = await register(w.dispatcher);
      expect(response(friday).dueAt).toBe(iso('2026-10-10T08:50:00')); // Saturday, 国庆节调休上班
    });
  });

  it('only an admin may move the clock', async () => {
    const res = await w.dispatcher.post('/api/dev/clock', { now: '2026-10-10T09:00:00+08:00' });
    expect(res.statusCode).toBe(403);
    expect(w.t.clock.now().toISOString()).toBe(iso('2026-10-09T17:20:00'));
    const bad = await w.admin.post('/api/dev/clock', { now: '2026-10-10 09:00' });
    expect(bad.statusCode).toBe(400);
  });

  it('an action on an overdue case is still accepted (a deadline escalates, it does not block)', async () => {
    const c = await register(w.dispatcher);
    await jumpTo('2026-10-12T12:00:00');
    const routed = await act(w.dispatcher, c.id, { action: 'route', unitId: w.d.department.id, userId: w.ids.mediator });
    expect(routed.statusCode).toBe(200);
    expect(response(routed.json() as CaseJson).breached).toBe(true);
  });
});
