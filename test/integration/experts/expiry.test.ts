import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExpertExpiry } from '../../../src/services/experts/expiry-job.js';
import { bj, getCase, iso, register, relogin } from '../cases/helpers.js';
import { type ExpertWorld, expertWorld, notificationsOf, reloginExperts, respond, rows } from './helpers.js';

/**
 * "An expert who never answers is replaced after the deadline": the `experts.expire`
 * job, with the clock moved through the API as in the deadline tests. The clock only
 * moves forward: Monday 2026-03-02 09:00 (+08:00) onwards.
 */
describe('invitations past their deadline', () => {
  let w: ExpertWorld;
  let caseId: string;
  let code: string;

  beforeAll(async () => {
    w = await expertWorld({ now: '2026-03-02T09:00:00+08:00' });
  });
  afterAll(() => w.t.close());

  async function clockTo(local: string): Promise<string[]> {
    const res = await w.admin.post('/api/dev/clock', { now: `${local}+08:00` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().jobsRun as string[];
  }

  it('files on the portal with two experts; both are due to answer by 17:00 (8 working hours)', async () => {
    const res = await w.t.app.inject({
      method: 'POST',
      url: '/api/portal/cases',
      remoteAddress: '203.0.113.9',
      payload: {
        description: '父母年迈，兄妹三人对赡养费分担和轮流照顾安排争执不下，希望专家介入调解。',
        serviceMode: 'online',
        category: 'family',
        applicant: { name: '赵淑华', phone: '13911112222' },
        expertIds: [w.ex.judge, w.ex.psy2],
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    code = res.json().code;
    caseId = (await w.t.database.db.selectFrom('cases').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
    expect((await rows(w, caseId)).map((r) => new Date(r.respond_by!).toISOString())).toEqual([iso('2026-03-02T17:00:00'), iso('2026-03-02T17:00:00')]);
  });

  it('before the deadline the job expires nothing', async () => {
    expect(await clockTo('2026-03-02T16:59:00')).toContain('experts.expire');
    expect((await rows(w, caseId)).map((r) => r.status)).toEqual(['proposed', 'proposed']);
    expect((await respond(w.as.judge, caseId, w.ex.judge, 'accepted')).statusCode).toBe(200);
  });

  it('past the deadline the silent expert expires and the next candidate is invited in their place', async () => {
    expect(await clockTo('2026-03-02T17:01:00')).toContain('experts.expire');
    const r = await rows(w, caseId);
    expect(r.find((x) => x.expert_id === w.ex.psy2)).toMatchObject({ status: 'expired', lead: false });
    const replacement = r.filter((x) => x.proposed_by === 'fallback');
    // The party asked for a psychologist: another psychologist takes the seat.
    expect(replacement).toHaveLength(1);
    expect(replacement[0]).toMatchObject({ expert_id: w.ex.psy, status: 'proposed', replaces_expert_id: w.ex.psy2 });
    // Due 8 working hours after 17:01 Monday: 29 minutes on Monday, 7 h 31 min on Tuesday → 16:01.
    expect(new Date(replacement[0]!.respond_by!).toISOString()).toBe(iso('2026-03-03T16:01:00'));
    const c = await getCase(w.dispatcher, caseId);
    expect(c.timeline.filter((e) => e.type === 'expert_expired').map((e) => [e.actorName, e.data.expertName])).toEqual([['系统', '韩静怡']]);
    expect(c.timeline.filter((e) => e.type === 'expert_replaced')).toHaveLength(1);
    expect((await notificationsOf(w, w.userOf.psy2)).filter((n) => n.case_id === caseId).map((n) => n.kind)).toEqual(['expert_invited', 'expert_expired']);
    expect((await notificationsOf(w, w.ids.dispatcher)).filter((n) => n.case_id === caseId).map((n) => n.kind)).toContain('expert_replaced');
  });

  it('the timed-out expert can no longer answer, nor see the case', async () => {
    const res = await respond(w.as.psy2, caseId, w.ex.psy2, 'accepted');
    expect(res.statusCode).toBe(409);
    expect((await w.as.psy2.get(`/api/cases/${caseId}`)).statusCode).toBe(403);
  });

  it('replaces exactly once, however often the job runs, even two runs at once', async () => {
    const before = await rows(w, caseId);
    await w.t.ctx.scheduler.runDue({ force: true });
    await Promise.all([runExpertExpiry(w.t.ctx.caseDeps, w.t.clock.now()), runExpertExpiry(w.t.ctx.caseDeps, w.t.clock.now())]);
    expect(await runExpertExpiry(w.t.ctx.caseDeps, w.t.clock.now())).toBe(0);
    expect((await rows(w, caseId)).length).toBe(before.length);
    const c = await getCase(w.dispatcher, caseId);
    expect(c.timeline.filter((e) => e.type === 'expert_expired')).toHaveLength(1);
    expect(c.timeline.filter((e) => e.type === 'expert_replaced')).toHaveLength(1);
  });

  it('an invitation made before a weekend is due after it, and cannot be answered once due even before the job runs', async () => {
    // Friday 16:30 + 8 working hours: 1 h on Friday, 7 h on Monday → 15:30.
    w.t.clock.set(bj('2026-03-06T16:30:00'));
    await relogin(w);
    await reloginExperts(w);
    const c = await register(w.dispatcher, { category: 'family', serviceMode: 'online' });
    const res = await w.dispatcher.post(`/api/cases/${c.id}/experts`, { expertIds: [w.ex.lawyer] });
    expect(res.statusCode, res.body).toBe(201);
    expect(new Date((await rows(w, c.id))[0]!.respond_by!).toISOString()).toBe(iso('2026-03-09T15:30:00'));
    expect(await clockTo('2026-03-08T12:00:00')).toContain('experts.expire');
    expect((await rows(w, c.id))[0]!.status).toBe('proposed');
    // Monday 15:31, the job not run yet: the answer is refused all the same.
    w.t.clock.set(bj('2026-03-09T15:31:00'));
    await relogin(w);
    await reloginExperts(w);
    const inv = (await w.as.lawyer.get('/api/experts/me/invitations')).json().items as { caseId: string; canRespond: boolean }[];
    expect(inv.find((i) => i.caseId === c.id)?.canRespond).toBe(false);
    expect((await respond(w.as.lawyer, c.id, w.ex.lawyer, 'accepted')).statusCode).toBe(409);
    expect((await rows(w, c.id))[0]!.status).toBe('proposed');
  });
});
