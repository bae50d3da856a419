import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, counts, getCase } from '../cases/helpers.js';
import { familyCase, type FollowupWorld, reloginAll, followupWorld, getPlan, HIGH_ANSWERS, LOW_ANSWERS, MEDIUM_ANSWERS, openVisit, type PlanJson, planOfCase, PNG_1x1, recordVisit, resolve, visitBody } from './helpers.js';

/** 登记回访: idempotent by clientId, photo, re-assessment, assistance, rebound; refusals that change nothing. */
describe('recording visits', () => {
  let w: FollowupWorld;
  let plan: PlanJson;
  let caseId: string;
  let resourceId: string;

  beforeAll(async () => {
    w = await followupWorld('2026-03-02T09:00:00+08:00');
    const c = await familyCase(w);
    caseId = c.id;
    await resolve(w, c, { riskAnswers: MEDIUM_ANSWERS });
    plan = await planOfCase(w.grid, c.id);
    const now = w.t.clock.now();
    const r = await w.t.database.db
      .insertInto('assistance_resources')
      .values({ center_id: w.d.center.id, kind: 'counselling', name: '婚姻家庭心理疏导', provider: '测试区心理咨询中心', created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    resourceId = r.id;
  });
  afterAll(() => w.t.close());

  const visitTables = ['followup_visits', 'risk_assessments', 'attachment_blobs', 'assistance_referrals', 'case_events', 'cases', 'followup_plans'] as const;

  it('refused input writes nothing: a checklist answer that does not exist, a photo that is not a picture or too large, an unknown resource', async () => {
    const v = openVisit(plan)!;
    const before = await counts(w.t, [...visitTables]);
    const badAnswers = await recordVisit(w.grid, v.id, visitBody({ riskAnswers: { ...LOW_ANSWERS, violence: 'maybe' }, photo: { contentType: 'image/png', base64: Buffer.from('%PDF-1.4 not a picture').toString('base64') } }));
    expect(badAnswers.statusCode, badAnswers.body).toBe(400);
    expect(Object.keys(badAnswers.json().error.fields).sort()).toEqual(['photo', 'riskAnswers.violence']);
    const big = Buffer.alloc(2 * 1024 * 1024 + 10);
    PNG_1x1.copy(big);
    const tooLarge = await recordVisit(w.grid, v.id, visitBody({ photo: { contentType: 'image/png', base64: big.toString('base64') } }));
    expect(tooLarge.statusCode, tooLarge.body).toBe(400);
    expect(tooLarge.json().error.fields.photo).toContain('2 MB');
    const unknownResource = await recordVisit(w.grid, v.id, visitBody({ assistance: [{ resourceId: '00000000-0000-4000-8000-000000000000', reason: '情绪低落' }] }));
    expect(unknownResource.statusCode, unknownResource.body).toBe(400);
    expect(Object.keys(unknownResource.json().error.fields)).toEqual(['assistance.0.resourceId']);
    expect(await counts(w.t, [...visitTables])).toEqual(before);
    expect(openVisit(await getPlan(w.grid, plan.id))!.id).toBe(v.id);
  });

  it('a visit with photo, re-assessment and a referral; the same clientId again is a replay that records nothing', async () => {
    const v = openVisit(plan)!;
    const body = visitBody({ stability: 'unstable', mode: 'phone', riskAnswers: LOW_ANSWERS, photo: { contentType: 'image/png', base64: PNG_1x1.toString('base64') }, assistance: [{ resourceId, reason: '女方情绪低落，建议心理疏导' }] });
    const first = await recordVisit(w.grid, v.id, body);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ replayed: false, visit: { id: v.id, status: 'done', mode: 'phone', stability: 'unstable', hasPhoto: true, levelBefore: 'medium', levelAfter: 'low' }, plan: { level: 'low' } });
    // Low from 03-02: 90 days after the visit.
    expect(first.json().plan.nextVisit).toMatchObject({ seq: 2, dueOn: '2026-05-31' });
    expect((await getCase(w.mediator, caseId)).riskLevel).toBe('low');

    const photo = await w.grid.get(`/api/followup/visits/${v.id}/photo`);
    expect(photo.statusCode).toBe(200);
    expect(photo.headers['content-type']).toBe('image/png');
    expect(photo.rawPayload.equals(PNG_1x1)).toBe(true);

    const after = await counts(w.t, [...visitTables]);
    const again = await recordVisit(w.grid, v.id, body);
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({ replayed: true, visit: { id: v.id, levelAfter: 'low' } });
    expect(await counts(w.t, [...visitTables])).toEqual(after);

    plan = await getPlan(w.grid, plan.id);
    expect(plan.referrals).toEqual([expect.objectContaining({ resourceId, visitId: v.id, status: 'referred' })]);
    const events = (await getCase(w.mediator, caseId)).timeline.filter((e) => e.type === 'followup_visit');
    expect(events).toHaveLength(1);
    expect(events[0]!.data).toMatchObject({ seq: 1, stability: 'unstable', level: 'low', levelBefore: 'medium', nextDueOn: '2026-05-31', referrals: 1 });
  });

  it('a second submission of a done visit (another clientId) is 409 visit_done; a clientId used for another visit is 409', async () => {
    const done = plan.visits.find((v) => v.status === 'done')!;
    const res = await recordVisit(w.unitHead, done.id, visitBody());
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().error.code).toBe('visit_done');
    const usedId = (await w.t.database.db.selectFrom('followup_visits').select('client_id').where('id', '=', done.id).executeTakeFirstOrThrow()).client_id!;
    const reused = await recordVisit(w.grid, openVisit(plan)!.id, visitBody({ clientId: usedId }));
    expect(reused.statusCode, reused.body).toBe(409);
    expect(reused.json().error.code).toBe('client_id_reused');
  });

  it('two copies of one submission at once (offline queue and a retry): one visit, one replay', async () => {
    const v = openVisit(plan)!;
    const body = visitBody({ stability: 'stable' });
    const before = await count(w.t, 'followup_visits');
    const [a, b] = await Promise.all([recordVisit(w.grid, v.id, body), recordVisit(w.grid, v.id, body)]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    expect([a.json().replayed, b.json().replayed].sort()).toEqual([false, true]);
    expect(a.json().visit.id).toBe(b.json().visit.id);
    // One visit done, one next visit created.
    expect(await count(w.t, 'followup_visits')).toBe(before + 1);
    plan = await getPlan(w.grid, plan.id);
    expect(plan.visits.filter((x) => x.status === 'done')).toHaveLength(2);
  });

  it('a rebound opens a new linked case with the same parties and puts the plan at high', async () => {
    const v = openVisit(plan)!;
    const res = await recordVisit(w.grid, v.id, visitBody({ stability: 'worsened', rebound: { description: '双方因探视子女再次发生激烈争吵，女方报警。' } }));
    expect(res.statusCode, res.body).toBe(200);
    const reboundId = res.json().visit.reboundCaseId as string;
    expect(reboundId).toBeTruthy();
    expect(res.json().plan).toMatchObject({ level: 'high', stableRun: 0 });
    expect(res.json().plan.nextVisit.dueOn).toBe('2026-03-17');
    const original = await getCase(w.dispatcher, caseId);
    const rebound = await getCase(w.dispatcher, reboundId);
    expect(rebound).toMatchObject({ category: 'family', description: '双方因探视子女再次发生激烈争吵，女方报警。' });
    expect(['registered', 'routed']).toContain(rebound.status);
    expect(rebound.parties.map((p) => p.partyId)).toEqual(original.parties.map((p) => p.partyId));
    const row = await w.t.database.db.selectFrom('cases').select(['linked_case_id', 'channel', 'grid_id']).where('id', '=', reboundId).executeTakeFirstOrThrow();
    expect(row).toEqual({ linked_case_id: caseId, channel: 'grid_report', grid_id: w.d.grid1.id });
  });

  it('scope: another grid’s worker may not see, record or fetch the photo (403); lists and today leave the plan out', async () => {
    const v = openVisit(plan)!;
    expect((await w.otherGrid.get(`/api/followup/plans/${plan.id}`)).statusCode).toBe(403);
    expect((await recordVisit(w.otherGrid, v.id, visitBody())).statusCode).toBe(403);
    const done = plan.visits.find((x) => x.hasPhoto)!;
    expect((await w.otherGrid.get(`/api/followup/visits/${done.id}/photo`)).statusCode).toBe(403);
    expect((await w.otherGrid.get('/api/followup/plans')).json().items).toEqual([]);
    expect((await w.grid.get('/api/followup/plans')).json().items.map((p: { id: string }) => p.id)).toEqual([plan.id]);
    expect((await w.grid.get('/api/followup/plans/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    const audit = await w.t.database.db.selectFrom('audit_log').select(['action', 'outcome']).where('target_id', '=', plan.id).where('outcome', '=', 'denied').execute();
    expect(audit.length).toBeGreaterThan(0);
  });

  it('level changes: a stale version is 409; ending is for the desk (the grid worker: 403); an ended plan refuses visits with 409 plan_ended', async () => {
    plan = await getPlan(w.grid, plan.id);
    const stale = await w.grid.post(`/api/followup/plans/${plan.id}/level`, { level: 'medium', reason: '复核', version: plan.version - 1 });
    expect(stale.statusCode).toBe(409);
    expect((await w.grid.post(`/api/followup/plans/${plan.id}/end`, { reason: '已稳定', version: plan.version })).statusCode).toBe(403);
    const ended = await w.director.post(`/api/followup/plans/${plan.id}/end`, { reason: '当事人已迁出本区', version: plan.version });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json()).toMatchObject({ status: 'ended', endReason: 'manual', canRecord: false });
    const v = ended.json().visits.find((x: { status: string }) => x.status === 'cancelled');
    const refused = await recordVisit(w.grid, v.id, visitBody());
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('plan_ended');
    const level = await w.grid.post(`/api/followup/plans/${plan.id}/level`, { level: 'low', reason: '复核', version: ended.json().version });
    expect(level.json().error.code).toBe('plan_ended');
  });

  it('lists filter by level, grid, status and overdue, page by cursor; today lists the grid’s due visits', async () => {
    const ids: string[] = [];
    for (const answers of [HIGH_ANSWERS, LOW_ANSWERS, MEDIUM_ANSWERS]) {
      const c = await familyCase(w);
      await resolve(w, c, { riskAnswers: answers });
      ids.push((await planOfCase(w.grid, c.id)).id);
    }
    const all = (await w.dispatcher.get('/api/followup/plans?status=active')).json();
    // Soonest due first: high 03-17, medium 04-01, low 05-31.
    expect(all.items.map((p: { id: string }) => p.id)).toEqual([ids[0], ids[2], ids[1]]);
    expect(all.items[0]).toMatchObject({ level: 'high', grid: { id: w.d.grid1.id }, nextVisit: { dueOn: '2026-03-17', overdueDays: 0 }, case: { code: expect.any(String) } });
    expect((await w.dispatcher.get('/api/followup/plans?level=low&status=active')).json().items.map((p: { id: string }) => p.id)).toEqual([ids[1]]);
    expect((await w.dispatcher.get(`/api/followup/plans?gridId=${w.d.grid2.id}`)).json().items).toEqual([]);
    expect((await w.dispatcher.get('/api/followup/plans?status=ended')).json().items.map((p: { id: string }) => p.id)).toEqual([plan.id]);
    const pages: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: string }[]; nextCursor: string | null } = (await w.dispatcher.get(`/api/followup/plans?limit=2${cursor ? `&cursor=${cursor}` : ''}`)).json();
      pages.push(...page.items.map((p) => p.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(pages).toEqual([ids[0], ids[2], ids[1], plan.id]);
    expect((await w.dispatcher.get('/api/followup/plans?cursor=bogus')).statusCode).toBe(400);

    w.t.clock.set(new Date('2026-04-03T09:00:00+08:00'));
    await reloginAll(w);
    const overdue = (await w.dispatcher.get('/api/followup/plans?overdue=true')).json().items;
    expect(overdue.map((p: { id: string; nextVisit: { overdueDays: number } }) => [p.id, p.nextVisit.overdueDays])).toEqual([
      [ids[0], 17],
      [ids[2], 2],
    ]);
    const today = (await w.grid.get('/api/followup/today')).json();
    expect(today.visits.map((v: { planId: string }) => v.planId)).toEqual([ids[0], ids[2]]);
    expect(today.screenings).toEqual([]);
    expect((await w.otherGrid.get('/api/followup/today')).json().visits).toEqual([]);
    expect((await w.dispatcher.get('/api/followup/today')).json().visits).toEqual([]);
  });
});
