import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAMILY_CHECKLIST_V1 } from '../../../src/domain/risk/family-checklist.js';
import { counts, getCase } from '../cases/helpers.js';
import { familyCase, type FollowupWorld, followupWorld, HIGH_ANSWERS, LOW_ANSWERS, openVisit, planOfCase, resolve } from './helpers.js';

/** 风险清单 versions, 风险评估 of a case, and the follow-up rules (回访规则) as data. */
describe('checklists, assessments and the follow-up policy', () => {
  let w: FollowupWorld;
  /** the case assessed high under version 1 in the first test */
  let assessedUnderV1: string;
  beforeAll(async () => {
    w = await followupWorld('2026-03-02T09:00:00+08:00');
  });
  afterAll(() => w.t.close());

  const v2 = () => ({
    code: 'family',
    name: '婚恋家庭矛盾风险清单（2026 修订）',
    nameEn: 'Family-conflict risk checklist (2026)',
    thresholds: { medium: 15, high: 40 },
    // The threats item reworded: assessments made under version 1 keep its wording.
    items: [
      ...FAMILY_CHECKLIST_V1.items.map((it) => (it.code === 'threats' ? { ...it, label: { zh: '扬言报复或自伤（修订）', en: 'Threats (revised)' } } : it)),
      { code: 'elder_care', label: { zh: '赡养老人争议', en: 'Elder-care dispute' }, answers: [{ code: 'no', label: { zh: '无', en: 'No' }, weight: 0 }, { code: 'yes', label: { zh: '有', en: 'Yes' }, weight: 8 }] },
    ],
  });

  it('a fresh install has version 1 active, as the domain describes it (the migration keeps a frozen copy)', async () => {
    const active = (await w.grid.get('/api/risk/checklists/active')).json();
    expect(active).toMatchObject({ code: 'family', version: 1, active: true, thresholds: FAMILY_CHECKLIST_V1.thresholds, items: FAMILY_CHECKLIST_V1.items });
  });

  it('assessing a case: its handler and the grid trio may, another grid may not; bad answers are 400 naming answers.<item> and write nothing', async () => {
    const c = await familyCase(w);
    assessedUnderV1 = c.id;
    await resolve(w, c, { riskAnswers: LOW_ANSWERS });
    const before = await counts(w.t, ['risk_assessments', 'case_events']);
    const bad = await w.mediator.post(`/api/cases/${c.id}/risk-assessments`, { answers: { ...LOW_ANSWERS, custody: 'perhaps', separation: undefined } });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['answers.custody', 'answers.separation']);
    expect(await counts(w.t, ['risk_assessments', 'case_events'])).toEqual(before);
    expect((await w.otherGrid.post(`/api/cases/${c.id}/risk-assessments`, { answers: HIGH_ANSWERS })).statusCode).toBe(403);
    // A center mediator sees the case but does not handle it.
    expect((await w.centerMediator.post(`/api/cases/${c.id}/risk-assessments`, { answers: HIGH_ANSWERS })).statusCode).toBe(403);

    // Re-assessed high by the grid worker: the case, the plan and its open visit follow at once.
    const res = await w.grid.post(`/api/cases/${c.id}/risk-assessments`, { answers: HIGH_ANSWERS });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ level: 'high', version: 1, context: 'manual' });
    const plan = await planOfCase(w.grid, c.id);
    expect(plan.level).toBe('high');
    expect(openVisit(plan)!.dueOn).toBe('2026-03-17');
    const kase = await getCase(w.mediator, c.id);
    expect(kase.riskLevel).toBe('high');
    expect(kase.timeline.at(-1)).toMatchObject({ type: 'risk_assessed', data: { level: 'high', from: 'low' } });
  });

  it('publishing a new version (admin): validated naming the fields, active at once, the old one kept', async () => {
    expect((await w.director.post('/api/risk/checklists', v2())).statusCode).toBe(403);
    const broken = v2();
    broken.thresholds = { medium: 30, high: 30 };
    broken.items[1] = { ...broken.items[1]!, answers: [broken.items[1]!.answers[0]!] };
    broken.items[2] = { ...broken.items[2]!, code: broken.items[0]!.code };
    const bad = await w.admin.post('/api/risk/checklists', broken);
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['items.1.answers', 'items.2.code', 'thresholds']);

    const ok = await w.admin.post('/api/risk/checklists', v2());
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ code: 'family', version: 2, active: true });
    const all = (await w.grid.get('/api/risk/checklists?code=family')).json().items as { version: number; active: boolean }[];
    expect(all.map((c) => [c.version, c.active])).toEqual([
      [2, true],
      [1, false],
    ]);
    expect((await w.grid.get('/api/risk/checklists/active')).json().version).toBe(2);
  });

  it('concurrent publishes get one version number each', async () => {
    const res = await Promise.all([w.admin.post('/api/risk/checklists', v2()), w.admin.post('/api/risk/checklists', v2())]);
    expect(res.map((r) => r.statusCode)).toEqual([201, 201]);
    expect(res.map((r) => r.json().version).sort()).toEqual([3, 4]);
    const active = (await w.grid.get('/api/risk/checklists?code=family')).json().items.filter((c: { active: boolean }) => c.active);
    expect(active).toHaveLength(1);
  });

  it('assessments use the active version; older assessments keep theirs', async () => {
    const c = await familyCase(w);
    const old = await w.mediator.post(`/api/cases/${c.id}/risk-assessments`, { answers: LOW_ANSWERS });
    // v4 has an item more: answers without it are incomplete.
    expect(old.statusCode).toBe(400);
    expect(Object.keys(old.json().error.fields)).toEqual(['answers.elder_care']);
    const res = await w.mediator.post(`/api/cases/${c.id}/risk-assessments`, { answers: { ...LOW_ANSWERS, elder_care: 'yes', addiction: 'yes' } });
    expect(res.json()).toMatchObject({ version: 4, score: 18, level: 'medium' });
    const listed = (await w.mediator.get(`/api/cases/${c.id}/risk-assessments`)).json().items;
    expect(listed[0]).toMatchObject({ version: 4, reasons: [expect.objectContaining({ item: 'addiction' }), expect.objectContaining({ item: 'elder_care', itemLabel: { zh: '赡养老人争议', en: 'Elder-care dispute' } })] });
    // Reasons are labelled from the version assessed with, not from the active one that reworded them.
    const v1 = (await w.mediator.get(`/api/cases/${assessedUnderV1}/risk-assessments`)).json().items.find((a: { version: number; level: string }) => a.version === 1 && a.level === 'high');
    expect(v1.reasons[0]).toMatchObject({ item: 'threats', itemLabel: { zh: '扬言报复、自伤或伤人' }, answerLabel: { zh: '有' } });
  });

  it('the OpenAPI document describes the follow-up and risk endpoints', async () => {
    const res = await w.grid.get('/api/openapi.json');
    expect(res.statusCode).toBe(200);
    const paths = Object.keys(res.json().paths);
    for (const p of ['/api/risk/checklists', '/api/risk/checklists/active', '/api/cases/{id}/risk-assessments', '/api/followup/plans', '/api/followup/plans/{id}', '/api/followup/plans/{id}/level', '/api/followup/plans/{id}/end', '/api/followup/visits/{id}/record', '/api/followup/visits/{id}/photo', '/api/followup/today', '/api/rules/followup-policy']) {
      expect(paths).toContain(p);
    }
  });

  it('the follow-up policy: shipped default, admin only, 400 naming the field, 409 on a stale version; new plans follow it', async () => {
    const get = (await w.grid.get('/api/rules/followup-policy')).json();
    expect(get).toEqual({ version: 0, value: { intervalDays: { high: 15, medium: 30, low: 90 }, stableVisitsToEnd: { high: 4, medium: 3, low: 2 }, escalateAfterDays: [1, 5, 10] } });
    const value = { ...get.value, intervalDays: { high: 14, medium: 30, low: 60 } };
    expect((await w.director.request('PUT', '/api/rules/followup-policy', { version: 0, value })).statusCode).toBe(403);
    const bad = await w.admin.request('PUT', '/api/rules/followup-policy', { version: 0, value: { ...value, intervalDays: { high: 40, medium: 30, low: 0 }, escalateAfterDays: [3, 2, 1] } });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['value.escalateAfterDays', 'value.intervalDays', 'value.intervalDays.low']);
    const saved = await w.admin.request('PUT', '/api/rules/followup-policy', { version: 0, value });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toEqual({ version: 1, value });
    const stale = await w.admin.request('PUT', '/api/rules/followup-policy', { version: 0, value });
    expect(stale.statusCode).toBe(409);

    const c = await familyCase(w);
    const riskAnswers = { ...HIGH_ANSWERS, elder_care: 'no' };
    const resolved = await resolve(w, c, { riskAnswers });
    expect(resolved.timeline.find((e) => e.type === 'followup_planned')!.data).toMatchObject({ level: 'high', firstDueOn: '2026-03-16', intervalDays: 14 });
  });
});
