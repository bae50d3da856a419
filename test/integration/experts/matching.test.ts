import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaseJson, caseInHandling, getCase, ok, register } from '../cases/helpers.js';
import { type ExpertWorld, expertWorld, notificationsOf, propose, respond, rows, status, team } from './helpers.js';

/**
 * Two-way matching (双向选择) and team service (组团服务) on the case page: staff
 * propose from ranked suggestions, each expert accepts or declines, the first to
 * accept leads, fallback fills the seat of one who declines.
 */
describe('two-way matching and team service', () => {
  let w: ExpertWorld;

  beforeAll(async () => {
    w = await expertWorld();
  });
  afterAll(() => w.t.close());

  const familyCase = (over: Record<string, unknown> = {}) =>
    register(w.dispatcher, { category: 'family', description: '夫妻双方因抚养费和探视时间产生争执，情绪激动，申请调解。', serviceMode: 'online', ...over });
  const leads = async (caseId: string) => (await rows(w, caseId)).filter((r) => r.status === 'accepted' && r.lead).map((r) => r.expert_id);

  it('suggests experts whose specialty covers the category and who offer the mode, least loaded and most experienced first', async () => {
    const c = await familyCase();
    const res = await w.dispatcher.get(`/api/cases/${c.id}/experts/suggestions`);
    expect(res.statusCode, res.body).toBe(200);
    const ids = (res.json().items as { id: string; rank: number }[]).map((x) => x.id);
    // The offline-only lawyer, the unavailable one and the land scholar are out; all have load 0, so years decide.
    expect(ids).toEqual([w.ex.judge, w.ex.psy, w.ex.lawyer, w.ex.psy2]);

    // A pending invitation is load: the judge drops behind on the next case and is not suggested twice here.
    expect((await propose(w.dispatcher, c.id, [w.ex.judge])).statusCode).toBe(201);
    const again = (await w.dispatcher.get(`/api/cases/${c.id}/experts/suggestions`)).json().items as { id: string }[];
    expect(again.map((x) => x.id)).toEqual([w.ex.psy, w.ex.lawyer, w.ex.psy2]);
    const other = await familyCase();
    const next = (await w.dispatcher.get(`/api/cases/${other.id}/experts/suggestions`)).json().items as { id: string; load: number }[];
    expect(next.map((x) => x.id)).toEqual([w.ex.psy, w.ex.lawyer, w.ex.psy2, w.ex.judge]);
    expect(next.at(-1)!.load).toBe(1);
  });

  it('only center staff and the case handler shape the team; experts and other mediators may not', async () => {
    const c = await caseInHandling(w, { category: 'family', serviceMode: 'online' });
    expect((await propose(w.colleague, c.id, [w.ex.psy])).statusCode).toBe(403);
    expect((await propose(w.as.judge, c.id, [w.ex.psy])).statusCode).toBe(403);
    expect((await w.colleague.get(`/api/cases/${c.id}/experts/suggestions`)).statusCode).toBe(403);
    // The handler (the department's mediator the case was routed to) may.
    expect((await propose(w.mediator, c.id, [w.ex.psy])).statusCode).toBe(201);
    expect((await team(w.mediator, c.id)).canManage).toBe(true);
    expect((await team(w.colleague, c.id)).canManage).toBe(false);
  });

  it('refuses unusable experts naming expertIds, and writes nothing', async () => {
    const c = await familyCase();
    const bad = async (body: Record<string, unknown>, text: RegExp) => {
      const res = await w.dispatcher.post(`/api/cases/${c.id}/experts`, body);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.fields.expertIds ?? res.json().error.fields.lead).toMatch(text);
    };
    await bad({ expertIds: [w.ex.away] }, /孙海涛（暂停接案）/);
    await bad({ expertIds: [w.ex.psy, w.ex.psy] }, /只能选择一次/);
    await bad({ expertIds: ['00000000-0000-4000-8000-000000000000'] }, /不存在/);
    await bad({ expertIds: [w.ex.psy], lead: w.ex.judge }, /牵头专家须在本次邀请的专家之中/);
    await w.t.database.db.updateTable('experts').set({ active: false }).where('id', '=', w.ex.scholar).execute();
    await bad({ expertIds: [w.ex.scholar] }, /已退出专家智库/);
    await w.t.database.db.updateTable('experts').set({ active: true }).where('id', '=', w.ex.scholar).execute();
    expect(await rows(w, c.id)).toEqual([]);
    // Staff may go beyond the suggestions: the land scholar on a family case is their call.
    expect((await propose(w.dispatcher, c.id, [w.ex.scholar])).statusCode).toBe(201);
    await bad({ expertIds: [w.ex.scholar] }, /已在本案专家名单中/);
  });

  it('keeps the team within the policy size (pending and accepted count)', async () => {
    const c = await familyCase();
    const put = await w.admin.request('PUT', '/api/policies/experts', { version: 0, value: { responseWorkingHours: 8, maxTeamPortal: 2, maxTeamStaff: 2, fallback: true } });
    expect(put.statusCode, put.body).toBe(200);
    try {
      expect((await propose(w.dispatcher, c.id, [w.ex.psy])).statusCode).toBe(201);
      const res = await propose(w.dispatcher, c.id, [w.ex.lawyer, w.ex.psy2]);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields.expertIds).toMatch(/最多 2 位专家/);
      expect((await propose(w.dispatcher, c.id, [w.ex.lawyer])).statusCode).toBe(201);
    } finally {
      await w.admin.request('PUT', '/api/policies/experts', { version: put.json().version, value: { responseWorkingHours: 8, maxTeamPortal: 3, maxTeamStaff: 5, fallback: true } });
    }
  });

  describe('the experts answer', () => {
    let c: CaseJson;

    beforeAll(async () => {
      c = await caseInHandling(w, { category: 'family', serviceMode: 'online' });
      const res = await propose(w.dispatcher, c.id, [w.ex.psy, w.ex.lawyer, w.ex.psy2]);
      expect(res.statusCode, res.body).toBe(201);
    });

    it('invites each expert with a deadline and a notification, and shows them the case', async () => {
      const t = await team(w.dispatcher, c.id);
      expect(t.items.map((m) => [m.name, m.status, m.proposedBy]).sort()).toEqual([
        ['周立新', 'proposed', 'dispatcher'],
        ['苏婉清', 'proposed', 'dispatcher'],
        ['韩静怡', 'proposed', 'dispatcher'],
      ].sort());
      // Monday 09:00 + 8 working hours.
      expect(t.items[0]!.respondBy).toBe(new Date('2026-03-02T17:00:00+08:00').toISOString());
      expect((await notificationsOf(w, w.userOf.psy)).filter((n) => n.case_id === c.id)).toEqual([
        expect.objectContaining({ kind: 'expert_invited', title: `专家邀请：案件 ${c.code}`, body: expect.stringContaining('03月02日 17:00 前答复') }),
      ]);
      const seen = await getCase(w.as.psy, c.id);
      expect(seen.parties[0]!.phone).toBe('138****5678');
      expect(seen.allowedActions).toEqual([]);
      const inv = await w.as.psy.get('/api/experts/me/invitations');
      const mine = (inv.json().items as { caseId: string }[]).filter((x) => x.caseId === c.id);
      expect(mine).toEqual([expect.objectContaining({ caseId: c.id, status: 'proposed', canRespond: true, categoryName: '婚恋家庭纠纷' })]);
    });

    it('lets only the invited expert answer', async () => {
      const res = await respond(w.as.judge, c.id, w.ex.psy, 'accepted');
      expect(res.statusCode).toBe(403);
      expect((await respond(w.dispatcher, c.id, w.ex.psy, 'accepted')).statusCode).toBe(403);
      expect(status(await team(w.dispatcher, c.id), w.ex.psy)).toBe('proposed');
    });

    it('the first to accept leads; the next one joins without leading', async () => {
      const first = await respond(w.as.psy, c.id, w.ex.psy, 'accepted');
      expect(first.statusCode, first.body).toBe(200);
      expect(first.json().team.items.find((m: { expertId: string }) => m.expertId === w.ex.psy)).toMatchObject({ status: 'accepted', lead: true, isMe: true });
      expect((await respond(w.as.lawyer, c.id, w.ex.lawyer, 'accepted')).statusCode).toBe(200);
      expect(await leads(c.id)).toEqual([w.ex.psy]);
      const events = (await getCase(w.dispatcher, c.id)).timeline.filter((e) => e.type === 'expert_accepted');
      expect(events.map((e) => [e.actorName, e.data.lead])).toEqual([
        ['苏婉清', true],
        ['周立新', false],
      ]);
      // The handler hears of it.
      expect((await notificationsOf(w, w.ids.mediator)).some((n) => n.kind === 'expert_accepted' && n.title.includes('苏婉清'))).toBe(true);
    });

    it('answers 409 to a second answer', async () => {
      const res = await respond(w.as.psy, c.id, w.ex.psy, 'declined', '临时有事');
      expect(res.statusCode).toBe(409);
      expect(res.json().error.message).toBe('该邀请已答复、已撤回或已超过答复期限');
    });

    it('needs a reason to decline', async () => {
      const res = await respond(w.as.psy2, c.id, w.ex.psy2, 'declined', '  ');
      expect(res.statusCode).toBe(400);
      expect(Object.keys(res.json().error.fields)).toEqual(['reason']);
      expect(status(await team(w.dispatcher, c.id), w.ex.psy2)).toBe('proposed');
    });

    it('staff move the lead to an accepted expert — never to a pending one — and exactly one leads', async () => {
      const pending = await w.dispatcher.post(`/api/cases/${c.id}/experts/${w.ex.psy2}/lead`);
      expect(pending.statusCode).toBe(409);
      const res = await w.dispatcher.post(`/api/cases/${c.id}/experts/${w.ex.lawyer}/lead`);
      expect(res.statusCode, res.body).toBe(200);
      expect(await leads(c.id)).toEqual([w.ex.lawyer]);
      const ev = (await getCase(w.dispatcher, c.id)).timeline.filter((e) => e.type === 'expert_lead').at(-1)!;
      expect(ev.data).toMatchObject({ expertName: '周立新', previousName: '苏婉清' });
      expect((await w.as.lawyer.post(`/api/cases/${c.id}/experts/${w.ex.psy}/lead`)).statusCode).toBe(403);
    });

    it('withdrawing the lead hands the lead to who accepted first; a reason is required', async () => {
      const noReason = await w.dispatcher.request('DELETE', `/api/cases/${c.id}/experts/${w.ex.lawyer}`, { reason: '' });
      expect(noReason.statusCode).toBe(400);
      const res = await w.dispatcher.request('DELETE', `/api/cases/${c.id}/experts/${w.ex.lawyer}`, { reason: '当事人申请更换律师' });
      expect(res.statusCode, res.body).toBe(200);
      expect(status(res.json(), w.ex.lawyer)).toBe('withdrawn');
      expect(await leads(c.id)).toEqual([w.ex.psy]);
      // The withdrawn expert no longer sees the case.
      expect((await w.as.lawyer.get(`/api/cases/${c.id}`)).statusCode).toBe(403);
      expect((await w.dispatcher.request('DELETE', `/api/cases/${c.id}/experts/${w.ex.lawyer}`, { reason: '重复操作' })).statusCode).toBe(409);
    });
  });

  describe('declining and fallback (补位)', () => {
    it('after declining the expert no longer sees the case; the seat goes to the best candidate of the same kind', async () => {
      const c = await caseInHandling(w, { category: 'family', serviceMode: 'online' });
      expect((await propose(w.dispatcher, c.id, [w.ex.psy2])).statusCode).toBe(201);
      expect((await w.as.psy2.get(`/api/cases/${c.id}`)).statusCode).toBe(200);
      const res = await respond(w.as.psy2, c.id, w.ex.psy2, 'declined', '近期已排满，无法按时参与');
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual({ status: 'declined', team: null });
      expect((await w.as.psy2.get(`/api/cases/${c.id}`)).statusCode).toBe(403);
      expect(((await w.as.psy2.get('/api/cases')).json().items as { id: string }[]).some((x) => x.id === c.id)).toBe(false);

      const t = await team(w.dispatcher, c.id);
      const replacement = t.items.find((m) => m.proposedBy === 'fallback')!;
      // Another psychologist, although a judge and a lawyer are free too.
      expect(replacement).toMatchObject({ name: '苏婉清', status: 'proposed', replacesExpertId: w.ex.psy2, replacesName: '韩静怡' });
      expect(t.items.find((m) => m.expertId === w.ex.psy2)).toMatchObject({ status: 'declined', declineReason: '近期已排满，无法按时参与' });
      const types = (await getCase(w.dispatcher, c.id)).timeline.map((e) => e.type);
      expect(types.slice(-3)).toEqual(['expert_proposed', 'expert_declined', 'expert_replaced']);
      expect((await notificationsOf(w, w.ids.mediator)).filter((n) => n.case_id === c.id).map((n) => n.kind)).toContain('expert_replaced');
      expect((await notificationsOf(w, w.ids.dispatcher)).filter((n) => n.case_id === c.id).map((n) => n.kind)).toContain('expert_replaced');
      expect((await notificationsOf(w, w.userOf.psy)).filter((n) => n.case_id === c.id).map((n) => n.kind)).toEqual(['expert_invited']);
    });

    it('with fallback off nobody is invited in their place; staff are asked to choose', async () => {
      const put = await w.admin.request('PUT', '/api/policies/experts', { version: (await w.admin.get('/api/policies/experts')).json().version, value: { responseWorkingHours: 8, maxTeamPortal: 3, maxTeamStaff: 5, fallback: false } });
      expect(put.statusCode, put.body).toBe(200);
      try {
        const c = await caseInHandling(w, { category: 'family', serviceMode: 'online' });
        await propose(w.dispatcher, c.id, [w.ex.judge]);
        expect((await respond(w.as.judge, c.id, w.ex.judge, 'declined', '与一方当事人相识，需回避')).statusCode).toBe(200);
        expect((await rows(w, c.id)).map((r) => r.status)).toEqual(['declined']);
        expect((await notificationsOf(w, w.ids.mediator)).filter((n) => n.case_id === c.id).map((n) => n.kind)).toEqual(['case_assigned', 'expert_unmatched']);
      } finally {
        await w.admin.request('PUT', '/api/policies/experts', { version: put.json().version, value: { responseWorkingHours: 8, maxTeamPortal: 3, maxTeamStaff: 5, fallback: true } });
      }
    });

    it('a designated lead takes the lead when they accept, after someone else led for a while', async () => {
      const c = await caseInHandling(w, { category: 'neighbour', serviceMode: 'online' });
      expect((await propose(w.dispatcher, c.id, [w.ex.psy2, w.ex.judge], w.ex.judge)).statusCode).toBe(201);
      expect((await team(w.dispatcher, c.id)).items.find((m) => m.expertId === w.ex.judge)).toMatchObject({ designatedLead: true, lead: false });
      await respond(w.as.psy2, c.id, w.ex.psy2, 'accepted');
      expect(await leads(c.id)).toEqual([w.ex.psy2]);
      await respond(w.as.judge, c.id, w.ex.judge, 'accepted');
      expect(await leads(c.id)).toEqual([w.ex.judge]);
    });

    it('a concluded case takes no new experts and no answers', async () => {
      const c = await caseInHandling(w, { category: 'family', serviceMode: 'online' });
      await propose(w.dispatcher, c.id, [w.ex.lawyer]);
      await ok(w.mediator, c.id, { action: 'resolve', outcome: 'oral_agreement', note: '双方达成口头协议' });
      const res = await propose(w.dispatcher, c.id, [w.ex.psy]);
      expect(res.statusCode).toBe(409);
      expect(res.json().error.message).toBe('案件已办结或归档，不能再调整专家团队');
      expect((await respond(w.as.lawyer, c.id, w.ex.lawyer, 'accepted')).statusCode).toBe(409);
      expect((await team(w.dispatcher, c.id)).canManage).toBe(false);
    });
  });
});
