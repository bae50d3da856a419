import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AssistanceRepository } from '../../../src/repositories/assistance-repository.js';
import { referToAssistance } from '../../../src/services/assistance/refer.js';
import { count } from '../cases/helpers.js';
import { type AssistanceWorld, assistanceWorld, createResource, gridCase, type ReferralJson } from './helpers.js';

describe('assistance referrals (转介帮扶)', () => {
  let w: AssistanceWorld;
  let resourceId: string;
  let caseId: string;
  let referral: ReferralJson;

  beforeAll(async () => {
    w = await assistanceWorld();
    resourceId = (await createResource(w.dispatcher, { providerUnitId: w.women.id })).id;
    caseId = (await gridCase(w)).id;
  });
  afterAll(() => w.t.close());

  const notificationsOf = (userId: string, kind: string) => w.t.database.db.selectFrom('notifications').selectAll().where('user_id', '=', userId).where('kind', '=', kind).execute();
  const setStatus = (agent: typeof w.grid, id: string, body: Record<string, unknown>) => agent.post(`/api/assistance/referrals/${id}/status`, body);

  it('refers a case: status referred, listed on the case, the provider’s liaison notified', async () => {
    const res = await w.mediator.post('/api/assistance/referrals', { resourceId, caseId, reason: '女方情绪低落，多次提到睡不着觉，建议心理疏导' });
    expect(res.statusCode, res.body).toBe(201);
    referral = res.json();
    expect(referral).toMatchObject({ status: 'referred', version: 1, caseId, householdId: null, outcome: null, closedAt: null, resource: { id: resourceId, kind: 'counselling' } });
    expect(referral.next).toEqual(['accepted', 'declined']);

    const onCase = await w.mediator.get(`/api/assistance/referrals?caseId=${caseId}`);
    expect(onCase.statusCode).toBe(200);
    expect(onCase.json().canRefer).toBe(true);
    expect(onCase.json().items.map((r: ReferralJson) => r.id)).toEqual([referral.id]);

    const notes = await notificationsOf(w.liaisonId, 'assistance_referred');
    expect(notes).toHaveLength(1);
    expect(notes[0]!.title).toContain('婚姻家庭心理疏导');
    expect(notes[0]!.case_id).toBeNull();
  });

  it('shows the referral to the grid trio of the case’s grid and to the provider’s liaison, not to a grid worker elsewhere', async () => {
    const mine = (await w.grid.get('/api/assistance/referrals')).json().items as ReferralJson[];
    expect(mine.map((r) => r.id)).toContain(referral.id);

    const liaison = (await w.liaison.get('/api/assistance/referrals')).json().items as ReferralJson[];
    expect(liaison.map((r) => r.id)).toContain(referral.id);
    // The liaison sees the referral, not the case itself.
    expect((await w.liaison.get(`/api/cases/${caseId}`)).statusCode).toBe(403);

    const other = await w.otherGrid.get('/api/assistance/referrals');
    expect(other.statusCode).toBe(200);
    expect(other.json().items).toEqual([]);
    expect((await w.otherGrid.get(`/api/assistance/referrals?caseId=${caseId}`)).statusCode).toBe(403);
    const step = await setStatus(w.otherGrid, referral.id, { status: 'accepted', version: 1 });
    expect(step.statusCode).toBe(403);
    const refer = await w.otherGrid.post('/api/assistance/referrals', { resourceId, caseId, reason: '试图越权转介' });
    expect(refer.statusCode).toBe(403);
  });

  it('walks the state machine over HTTP: 409 on a stale version or a step not allowed, 400 without an outcome', async () => {
    const accepted = await setStatus(w.liaison, referral.id, { status: 'accepted', version: 1 });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'accepted', version: 2, closedAt: null });
    expect(accepted.json().next).toEqual(['in_progress', 'completed']);

    const stale = await setStatus(w.mediator, referral.id, { status: 'in_progress', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('conflict');

    const back = await setStatus(w.mediator, referral.id, { status: 'declined', outcome: '不再需要', version: 2 });
    expect(back.statusCode).toBe(409);
    expect(back.json().error.code).toBe('invalid_transition');

    const noOutcome = await setStatus(w.liaison, referral.id, { status: 'completed', outcome: '  ', version: 2 });
    expect(noOutcome.statusCode).toBe(400);
    expect(noOutcome.json().error.fields).toHaveProperty('outcome');

    const started = await setStatus(w.grid, referral.id, { status: 'in_progress', version: 2 });
    expect(started.statusCode, started.body).toBe(200);
    expect(started.json()).toMatchObject({ status: 'in_progress', version: 3 });

    const done = await setStatus(w.liaison, referral.id, { status: 'completed', outcome: '完成 4 次心理疏导，当事人情绪平稳，已回归工作', version: 3 });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'completed', version: 4, outcome: '完成 4 次心理疏导，当事人情绪平稳，已回归工作', next: [] });
    expect(done.json().closedAt).toBe(w.t.clock.now().toISOString());

    const after = await setStatus(w.liaison, referral.id, { status: 'in_progress', version: 4 });
    expect(after.statusCode).toBe(409);
    expect(after.json().error.code).toBe('invalid_transition');
    expect((await w.t.database.db.selectFrom('assistance_referrals').select(['status', 'version']).where('id', '=', referral.id).executeTakeFirst())).toEqual({ status: 'completed', version: 4 });

    // The referrer (the mediator) is told of every step taken by someone else.
    const told = await notificationsOf(w.ids.mediator, 'assistance_status');
    expect(told.map((n) => n.title.split('：')[0]).sort()).toEqual(['转介帮扶已完成', '转介帮扶已接收', '转介帮扶帮扶中'].sort());
    expect(told[0]!.case_id).toBe(caseId);
  });

  it('declines straight from referred, with a reason', async () => {
    const r = (await w.dispatcher.post('/api/assistance/referrals', { resourceId, caseId, reason: '申请人希望参加家庭教育讲座' })).json() as ReferralJson;
    const missing = await setStatus(w.liaison, r.id, { status: 'declined', version: 1 });
    expect(missing.statusCode).toBe(400);
    const declined = await setStatus(w.liaison, r.id, { status: 'declined', outcome: '本会暂无该类讲座，建议转介家庭教育指导中心', version: 1 });
    expect(declined.json()).toMatchObject({ status: 'declined', next: [] });
    expect(declined.json().closedAt).not.toBeNull();
    const filtered = (await w.mediator.get(`/api/assistance/referrals?caseId=${caseId}&status=declined`)).json().items as ReferralJson[];
    expect(filtered.map((x) => x.id)).toEqual([r.id]);
    expect((await w.mediator.get('/api/assistance/referrals?status=bogus')).statusCode).toBe(400);
  });

  it('refers a household of the grid worker’s own grid, with its address masked; other grids are refused', async () => {
    const res = await w.grid.post('/api/assistance/referrals', { resourceId, householdId: w.householdId, reason: '排查发现夫妻长期分居，孩子厌学' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().household).toMatchObject({ headName: '赵国庆', address: '甲街道幸福小区****' });
    const listed = await w.grid.get(`/api/assistance/referrals?householdId=${w.householdId}`);
    expect(listed.json()).toMatchObject({ canRefer: true });
    expect(listed.json().items).toHaveLength(1);

    expect((await w.otherGrid.get(`/api/assistance/referrals?householdId=${w.householdId}`)).statusCode).toBe(403);
    expect((await w.otherGrid.get('/api/assistance/referrals')).json().items).toEqual([]);
    const before = await count(w.t, 'assistance_referrals');
    expect((await w.grid.post('/api/assistance/referrals', { resourceId, householdId: w.otherHouseholdId, reason: '不是我的网格' })).statusCode).toBe(403);
    expect((await w.liaison.post('/api/assistance/referrals', { resourceId, householdId: w.householdId, reason: '联络员不能转介' })).statusCode).toBe(403);
    expect(await count(w.t, 'assistance_referrals')).toBe(before);
  });

  it('refuses bad referrals with 400 naming the field, and writes nothing', async () => {
    const before = await count(w.t, 'assistance_referrals');
    const none = await w.mediator.post('/api/assistance/referrals', { resourceId, reason: '没有对象' });
    expect(none.statusCode).toBe(400);
    expect(none.json().error.fields).toHaveProperty('caseId');
    const noReason = await w.mediator.post('/api/assistance/referrals', { resourceId, caseId, reason: '  ' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.fields).toHaveProperty('reason');
    const unknown = await w.mediator.post('/api/assistance/referrals', { resourceId: '00000000-0000-4000-8000-000000000000', caseId, reason: '资源不存在' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields).toHaveProperty('resourceId');
    const badVisit = await w.mediator.post('/api/assistance/referrals', { resourceId, caseId, visitId: '00000000-0000-4000-8000-000000000000', reason: '回访不对' });
    expect(badVisit.statusCode).toBe(400);
    expect(badVisit.json().error.fields).toHaveProperty('visitId');
    expect(await count(w.t, 'assistance_referrals')).toBe(before);
  });

  it('referToAssistance refuses an inactive resource with 400 assistance.<i>.resourceId inside the caller’s transaction', async () => {
    const off = await createResource(w.dispatcher, { kind: 'employment', name: '创业指导', provider: '测试区人社局' });
    await w.dispatcher.patch(`/api/assistance/resources/${off.id}`, { version: 1, active: false });
    const repo = new AssistanceRepository(w.t.database.db);
    const before = await count(w.t, 'assistance_referrals');
    const attempt = w.t.database.db.transaction().execute((trx) =>
      referToAssistance(repo, trx, { resourceId: off.id, caseId, householdId: null, visitId: null, reason: '失业，需要就业帮扶', actorId: w.ids.mediator, now: w.t.clock.now(), index: 1 }),
    );
    await expect(attempt).rejects.toMatchObject({ status: 400, fields: { 'assistance.1.resourceId': expect.anything() } });
    expect(await count(w.t, 'assistance_referrals')).toBe(before);

    const viaHttp = await w.mediator.post('/api/assistance/referrals', { resourceId: off.id, caseId, reason: '失业，需要就业帮扶' });
    expect(viaHttp.statusCode).toBe(400);
    expect(viaHttp.json().error.fields.resourceId).toBe('帮扶资源不存在或已停用');

    // Active again: the same call inside a transaction writes the referral.
    await w.dispatcher.patch(`/api/assistance/resources/${off.id}`, { version: 2, active: true });
    const row = await w.t.database.db.transaction().execute((trx) =>
      referToAssistance(repo, trx, { resourceId: off.id, caseId, householdId: null, visitId: null, reason: '失业，需要就业帮扶', actorId: w.ids.mediator, now: w.t.clock.now() }),
    );
    expect(row).toMatchObject({ status: 'referred', case_id: caseId, referred_by: w.ids.mediator });
    expect(await count(w.t, 'assistance_referrals')).toBe(before + 1);
  });
});
