import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runOncallExpiry } from '../../../src/services/staffing/oncall-expiry-job.js';
import { staffingDeps } from '../../../src/services/staffing/deps.js';
import { type Agent } from '../../support/app.js';
import { type CaseJson, caseInHandling, count, getCase, iso, ok, register } from '../cases/helpers.js';
import { json, staffingWorld, type StaffingWorld } from './world.js';

type Request = { id: string; caseId: string; unitId: string; status: string; respondBy: string; requestedAt: string; overdue: boolean; responseNote: string | null; canRespond: boolean; canComplete: boolean; canCancel: boolean };

/**
 * 随驻请求: a case asks a law firm or social organisation to help; the unit's liaison
 * sees the case while the request is live, answers once (409 after), the requester
 * completes or cancels, and the expiry job closes unanswered ones on the working clock.
 * Monday 2026-03-02 09:00 onwards.
 */
describe('on-call requests', () => {
  let w: StaffingWorld;
  let c: CaseJson;
  let toFirm: Request;
  let toOther: Request;
  const ask = (agent: Agent, caseId: string, body: Record<string, unknown>) => agent.post(`/api/cases/${caseId}/oncall-requests`, body);
  const notes = async (agent: Agent) => (await json(agent.get('/api/notifications?limit=100'))).items as { kind: string; caseId: string; title: string }[];

  beforeAll(async () => {
    w = await staffingWorld({ now: '2026-03-02T09:00:00+08:00' });
    c = await caseInHandling(w, { description: '某公司拖欠十二名员工三个月工资，员工情绪激动，需要律师提供法律意见。', category: 'labour' });
  });
  afterAll(() => w.t.close());

  describe('asking', () => {
    it('the liaison cannot see the case before a request reaches the firm', async () => {
      expect((await w.lawyer.get(`/api/cases/${c.id}`)).statusCode).toBe(403);
    });

    it('a dispatcher asks a law firm: due after 4 working hours, a timeline event, the liaison notified', async () => {
      toFirm = await json(ask(w.dispatcher, c.id, { unitId: w.units.firm.id, message: '请派律师就欠薪及经济补偿提供法律意见，并参与下午的调解。' }), 201);
      expect(toFirm).toMatchObject({ status: 'pending', unitId: w.units.firm.id, requestedAt: iso('2026-03-02T09:00:00'), respondBy: iso('2026-03-02T13:00:00'), overdue: false, canCancel: true, canRespond: false });
      const event = (await getCase(w.dispatcher, c.id)).timeline.at(-1)!;
      expect(event).toMatchObject({ type: 'oncall_requested', fromStatus: null, toStatus: null, actorName: '窗口登记员' });
      expect(event.data).toMatchObject({ requestId: toFirm.id, unitName: '北辰律师事务所', hours: 4 });
      expect((await notes(w.lawyer)).map((n) => [n.kind, n.caseId])).toEqual([['oncall_requested', c.id]]);
    });

    it('the case’s handler may ask too, with their own answer time', async () => {
      toOther = await json(ask(w.mediator, c.id, { unitId: w.units.otherFirm.id, message: '请协助核算经济补偿金。', respondWithinHours: 2 }), 201);
      expect(toOther.respondBy).toBe(iso('2026-03-02T11:00:00'));
    });

    it('refuses a second live request to the same unit, a unit that is not on call, bad input — changing nothing', async () => {
      const before = await count(w.t, 'oncall_requests');
      const dup = await ask(w.dispatcher, c.id, { unitId: w.units.firm.id, message: '再次请求' });
      expect(dup.statusCode).toBe(409);
      expect(dup.json().error.code).toBe('oncall_duplicate');
      const resident = await ask(w.dispatcher, c.id, { unitId: w.d.department.id, message: '请协助' });
      expect(resident.statusCode).toBe(400);
      expect(resident.json().error.fields.unitId).toContain('随驻单位');
      const empty = await ask(w.dispatcher, c.id, { unitId: w.units.socialOrg.id, message: '  ', respondWithinHours: 0 });
      expect(empty.statusCode).toBe(400);
      expect(Object.keys(empty.json().error.fields).sort()).toEqual(['message', 'respondWithinHours']);
      expect(await count(w.t, 'oncall_requests')).toBe(before);
    });

    it('only dispatchers, directors, admins and the case’s handler may ask', async () => {
      // The colleague sees the case (same department) but does not handle it.
      expect((await w.colleague.get(`/api/cases/${c.id}`)).statusCode).toBe(200);
      expect((await ask(w.colleague, c.id, { unitId: w.units.socialOrg.id, message: '请协助' })).statusCode).toBe(403);
      expect((await ask(w.lawyer, c.id, { unitId: w.units.socialOrg.id, message: '请协助' })).statusCode).toBe(403);
      expect((await ask(w.grid, c.id, { unitId: w.units.socialOrg.id, message: '请协助' })).statusCode).toBe(403);
      // The case page offers the request only to those who may make it, with the bodies to ask.
      const asHandler = await json(w.mediator.get(`/api/cases/${c.id}/oncall-requests`));
      expect(asHandler.canRequest).toBe(true);
      expect(asHandler.units.map((u: { id: string }) => u.id).sort()).toEqual([w.units.firm.id, w.units.otherFirm.id, w.units.socialOrg.id].sort());
      expect(await json(w.colleague.get(`/api/cases/${c.id}/oncall-requests`))).toMatchObject({ canRequest: false, units: [] });
      expect((await w.grid.get(`/api/cases/${c.id}/oncall-requests`)).statusCode).toBe(403);
    });

    it('a concluded case takes no new request', async () => {
      const gone = await register(w.dispatcher);
      await ok(w.dispatcher, gone.id, { action: 'withdraw', reason: '申请人撤回调解申请' });
      const res = await ask(w.dispatcher, gone.id, { unitId: w.units.firm.id, message: '请协助' });
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('oncall_case_closed');
    });
  });

  describe('the liaison’s side', () => {
    it('sees the case while the request is live, and their inbox — not the other firm’s', async () => {
      expect((await w.lawyer.get(`/api/cases/${c.id}`)).statusCode).toBe(200);
      const inbox = await json(w.lawyer.get('/api/oncall-requests?status=pending'));
      expect(inbox.items.map((r: Request) => [r.id, r.canRespond])).toEqual([[toFirm.id, true]]);
      const other = await json(w.otherLawyer.get('/api/oncall-requests'));
      expect(other.items.map((r: Request) => r.id)).toEqual([toOther.id]);
      expect((await w.counsellor.get(`/api/cases/${c.id}`)).statusCode).toBe(403);
      // The dispatcher's inbox: every request on cases of the center, the soonest due first.
      const desk = await json(w.dispatcher.get('/api/oncall-requests'));
      expect(desk.items.map((r: Request) => r.id)).toEqual([toOther.id, toFirm.id]);
      expect((await w.grid.get('/api/oncall-requests')).statusCode).toBe(403);
    });

    it('another firm’s liaison cannot answer; declining needs a reason', async () => {
      expect((await w.otherLawyer.post(`/api/oncall-requests/${toFirm.id}/respond`, { decision: 'accepted' })).statusCode).toBe(403);
      const bare = await w.lawyer.post(`/api/oncall-requests/${toFirm.id}/respond`, { decision: 'declined' });
      expect(bare.statusCode).toBe(400);
      expect(Object.keys(bare.json().error.fields)).toEqual(['note']);
    });

    it('accepts once; a second answer is a 409; the requester and the handler are told', async () => {
      w.t.clock.advanceMinutes(20);
      const accepted = await json(w.lawyer.post(`/api/oncall-requests/${toFirm.id}/respond`, { decision: 'accepted', note: '张律师下午两点到中心' }));
      expect(accepted).toMatchObject({ status: 'accepted', responseNote: '张律师下午两点到中心', canRespond: false });
      const twice = await w.lawyer.post(`/api/oncall-requests/${toFirm.id}/respond`, { decision: 'declined', note: '改主意了' });
      expect(twice.statusCode).toBe(409);
      expect(twice.json().error.code).toBe('oncall_not_pending');
      const event = (await getCase(w.dispatcher, c.id)).timeline.at(-1)!;
      expect(event).toMatchObject({ type: 'oncall_answered', actorName: '北辰律师' });
      expect(event.data).toMatchObject({ decision: 'accepted', note: '张律师下午两点到中心' });
      expect((await notes(w.dispatcher)).filter((n) => n.kind === 'oncall_answered')).toHaveLength(1);
      expect((await notes(w.mediator)).filter((n) => n.kind === 'oncall_answered')).toHaveLength(1);
      expect((await w.lawyer.get(`/api/cases/${c.id}`)).statusCode).toBe(200);
    });

    it('two answers at once: exactly one wins', async () => {
      const req = await json<Request>(ask(w.dispatcher, c.id, { unitId: w.units.socialOrg.id, message: '请心理咨询师对员工进行情绪疏导。' }), 201);
      const [a, b] = await Promise.all([
        w.counsellor.post(`/api/oncall-requests/${req.id}/respond`, { decision: 'accepted' }),
        w.counsellor.post(`/api/oncall-requests/${req.id}/respond`, { decision: 'declined', note: '本周人手不足' }),
      ]);
      expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
      // Which answer wins is up to the database; the other is refused and changes nothing.
      const winner = (a.statusCode === 200 ? a : b).json().status as string;
      expect(['accepted', 'declined']).toContain(winner);
      if (winner === 'accepted') {
        // The requester withdraws it; the organisation is told and no longer sees the case.
        const cancelled = await json(w.dispatcher.post(`/api/oncall-requests/${req.id}/cancel`, { note: '当事人情绪已平稳' }));
        expect(cancelled.status).toBe('cancelled');
        expect((await notes(w.counsellor)).map((n) => n.kind).sort()).toEqual(['oncall_cancelled', 'oncall_requested']);
      } else {
        // A declined request cannot be withdrawn any more.
        expect((await w.dispatcher.post(`/api/oncall-requests/${req.id}/cancel`, { note: '当事人情绪已平稳' })).statusCode).toBe(409);
      }
      expect((await w.counsellor.get(`/api/cases/${c.id}`)).statusCode).toBe(403);
    });
  });

  describe('closing', () => {
    it('only the requester completes; after that the firm no longer sees the case', async () => {
      expect((await w.lawyer.post(`/api/oncall-requests/${toFirm.id}/complete`)).statusCode).toBe(403);
      expect((await w.mediator.post(`/api/oncall-requests/${toFirm.id}/complete`)).statusCode).toBe(403);
      const done = await json(w.dispatcher.post(`/api/oncall-requests/${toFirm.id}/complete`));
      expect(done.status).toBe('done');
      const again = await w.dispatcher.post(`/api/oncall-requests/${toFirm.id}/cancel`);
      expect(again.statusCode).toBe(409);
      expect(again.json().error.code).toBe('oncall_invalid_state');
      expect((await w.lawyer.get(`/api/cases/${c.id}`)).statusCode).toBe(403);
      const list = await json(w.mediator.get(`/api/cases/${c.id}/oncall-requests`));
      expect(list.items.map((r: Request) => r.status)).toEqual(expect.arrayContaining(['done', 'pending']));
      expect(list.items.some((r: Request) => r.status === 'cancelled' || r.status === 'declined')).toBe(true);
    });
  });

  describe('expiry', () => {
    it('the job expires the unanswered request once its time is up, and tells the requester and the handler', async () => {
      const jobs = await json(w.admin.post('/api/dev/clock', { now: '2026-03-02T10:59:00+08:00' }));
      expect(jobs.jobsRun).toContain('oncall.expire');
      expect((await json(w.mediator.get(`/api/cases/${c.id}/oncall-requests`))).items.find((r: Request) => r.id === toOther.id).status).toBe('pending');

      const later = await json(w.admin.post('/api/dev/clock', { now: '2026-03-02T11:01:00+08:00' }));
      expect(later.jobsRun).toContain('oncall.expire');
      const r = (await json(w.mediator.get(`/api/cases/${c.id}/oncall-requests`))).items.find((x: Request) => x.id === toOther.id);
      expect(r).toMatchObject({ status: 'expired', canCancel: false });
      const event = (await getCase(w.mediator, c.id)).timeline.at(-1)!;
      expect(event).toMatchObject({ type: 'oncall_expired', actorName: '系统', at: iso('2026-03-02T11:01:00') });
      expect(event.reason).toContain('正衡律师事务所');
      // The mediator asked and handles the case: one notice.
      expect((await notes(w.mediator)).filter((n) => n.kind === 'oncall_expired')).toHaveLength(1);
      expect((await w.otherLawyer.get(`/api/cases/${c.id}`)).statusCode).toBe(403);
      const late = await w.otherLawyer.post(`/api/oncall-requests/${toOther.id}/respond`, { decision: 'accepted' });
      expect(late.statusCode).toBe(409);
    });

    it('running the job again, or twice at once, expires nothing twice', async () => {
      const events = await count(w.t, 'case_events');
      const deps = staffingDeps(w.t.ctx.caseDeps, w.t.ctx.repos.duty, w.t.ctx.repos.rules);
      const now = w.t.clock.now();
      expect(await Promise.all([runOncallExpiry(deps, now), runOncallExpiry(deps, now)])).toEqual([0, 0]);
      const fresh = await json<Request>(ask(w.dispatcher, c.id, { unitId: w.units.otherFirm.id, message: '请再次协助核算补偿金。', respondWithinHours: 1 }), 201);
      const due = new Date(new Date(fresh.respondBy).getTime() + 60_000);
      const taken = await Promise.all([runOncallExpiry(deps, due), runOncallExpiry(deps, due)]);
      expect(taken[0]! + taken[1]!).toBe(1);
      expect(await count(w.t, 'case_events')).toBe(events + 2); // the request, its expiry
    });
  });

  describe('policy', () => {
    it('the admin sets the answer time in working hours; the next request uses it', async () => {
      expect((await json(w.dispatcher.get('/api/policies/oncall'))).value).toEqual({ respondWithinWorkingHours: 4 });
      expect((await w.dispatcher.request('PUT', '/api/policies/oncall', { version: 0, value: { respondWithinWorkingHours: 8 } })).statusCode).toBe(403);
      const set = await json(w.admin.request('PUT', '/api/policies/oncall', { version: 0, value: { respondWithinWorkingHours: 9 } }));
      expect(set).toEqual({ version: 1, value: { respondWithinWorkingHours: 9 } });
      expect((await w.admin.request('PUT', '/api/policies/oncall', { version: 0, value: { respondWithinWorkingHours: 8 } })).statusCode).toBe(409);
      // 11:01 Monday + 9 office hours (08:30–17:30) = 11:01 Tuesday.
      const req = await json<Request>(ask(w.dispatcher, c.id, { unitId: w.units.socialOrg.id, message: '请安排心理疏导。' }), 201);
      expect(req.respondBy).toBe(iso('2026-03-03T11:01:00'));
    });
  });
});
