import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, counts, getCase, ok } from '../cases/helpers.js';
import { familyCase, type FollowupWorld, followupWorld, HIGH_ANSWERS, LOW_ANSWERS, MEDIUM_ANSWERS, planOfCase, resolve } from './helpers.js';

/** 化解 opens the follow-up plan (分级回访) in the same transaction. Monday 2026-03-02, Beijing. */
describe('resolution opens the follow-up plan', () => {
  let w: FollowupWorld;
  beforeAll(async () => {
    w = await followupWorld();
  });
  afterAll(() => w.t.close());

  it('a fresh install has the family checklist v1 active', async () => {
    const res = await w.grid.get('/api/risk/checklists/active?code=family');
    expect(res.statusCode, res.body).toBe(200);
    const list = res.json();
    expect(list).toMatchObject({ code: 'family', version: 1, active: true, thresholds: { medium: 20, high: 45 } });
    expect(list.items.map((i: { code: string }) => i.code)).toContain('violence');
  });

  it('resolving with risk answers stores the assessment, sets the level and plans the first visit 15 days out (high)', async () => {
    const c = await familyCase(w);
    const resolved = await resolve(w, c, { riskAnswers: HIGH_ANSWERS });
    expect(resolved.status).toBe('resolved');
    expect(resolved.riskLevel).toBe('high');
    const planned = resolved.timeline.find((e) => e.type === 'followup_planned')!;
    expect(planned.data).toMatchObject({ level: 'high', firstDueOn: '2026-03-17' });
    expect(resolved.timeline.findIndex((e) => e.type === 'resolved')).toBeLessThan(resolved.timeline.indexOf(planned));
    const plan = await planOfCase(w.grid, c.id);
    expect(plan).toMatchObject({ level: 'high', status: 'active', stableRun: 0 });
    expect(plan.visits).toEqual([expect.objectContaining({ seq: 1, dueOn: '2026-03-17', status: 'due', levelBefore: 'high' })]);
    const assessments = (await w.mediator.get(`/api/cases/${c.id}/risk-assessments`)).json().items;
    expect(assessments).toEqual([expect.objectContaining({ context: 'resolution', level: 'high', version: 1 })]);
    expect(assessments[0].reasons[0]).toMatchObject({ item: 'threats', answer: 'yes' });
  });

  it('without answers: the latest assessment, else the case risk level, else low (medium → 30 days)', async () => {
    const c = await familyCase(w);
    const assessed = await w.mediator.post(`/api/cases/${c.id}/risk-assessments`, { answers: MEDIUM_ANSWERS });
    expect(assessed.statusCode, assessed.body).toBe(201);
    expect(assessed.json()).toMatchObject({ level: 'medium', score: 24, version: 1 });
    const fresh = await getCase(w.mediator, c.id);
    expect(fresh.riskLevel).toBe('medium');
    await resolve(w, fresh);
    expect(openDay(await planOfCase(w.mediator, c.id))).toBe('2026-04-01');

    const plain = await familyCase(w);
    await w.t.database.db.updateTable('cases').set({ risk_level: null }).where('id', '=', plain.id).execute();
    await resolve(w, await getCase(w.mediator, plain.id));
    const low = await planOfCase(w.mediator, plain.id);
    expect(low.level).toBe('low');
    expect(openDay(low)).toBe('2026-05-31');
  });

  it('bad risk answers: 400 naming riskAnswers.<item>, nothing written', async () => {
    const c = await familyCase(w);
    const before = await counts(w.t, ['followup_plans', 'followup_visits', 'risk_assessments', 'case_events']);
    const res = await act(w.mediator, c.id, { action: 'resolve', outcome: 'agreement', note: '和解', riskAnswers: { ...LOW_ANSWERS, violence: 'sometimes', unknown_item: 'yes', threats: undefined } });
    expect(res.statusCode, res.body).toBe(400);
    expect(Object.keys(res.json().error.fields).sort()).toEqual(['riskAnswers.threats', 'riskAnswers.unknown_item', 'riskAnswers.violence']);
    expect(await counts(w.t, ['followup_plans', 'followup_visits', 'risk_assessments', 'case_events'])).toEqual(before);
    expect((await getCase(w.mediator, c.id)).status).toBe('handling');
  });

  it('a case reopened and resolved again keeps its one active plan; its level follows new answers', async () => {
    const c = await familyCase(w);
    const first = await resolve(w, c, { riskAnswers: LOW_ANSWERS });
    const plan = await planOfCase(w.mediator, c.id);
    const reopened = await ok(w.mediator, c.id, { action: 'feedback', satisfaction: 'dissatisfied', solved: false, version: first.version });
    expect(reopened.status).toBe('handling');
    const again = await resolve(w, reopened, { riskAnswers: MEDIUM_ANSWERS });
    expect(again.timeline.filter((e) => e.type === 'followup_planned')).toHaveLength(1);
    const res = await w.mediator.get(`/api/cases/${c.id}/followup`);
    expect(res.json().plans).toHaveLength(1);
    const same = res.json().plans[0];
    expect(same).toMatchObject({ id: plan.id, level: 'medium' });
    expect(openDay(same)).toBe('2026-04-01');
    expect(same.events).toEqual([expect.objectContaining({ type: 'level_changed', data: expect.objectContaining({ from: 'low', to: 'medium', source: 'resolution' }) })]);
  });

  it('withdrawn and referred cases get no plan', async () => {
    const withdrawn = await familyCase(w);
    await ok(w.mediator, withdrawn.id, { action: 'withdraw', reason: '申请人撤回' });
    const referred = await familyCase(w);
    await ok(w.mediator, referred.id, { action: 'refer', destination: 'litigation', reason: '调解不成，引导诉讼' });
    for (const id of [withdrawn.id, referred.id]) {
      const res = await w.mediator.get(`/api/cases/${id}/followup`);
      expect(res.json().plans).toEqual([]);
    }
  });
});

const openDay = (p: { visits: { status: string; dueOn: string }[] }) => p.visits.find((v) => v.status === 'due')?.dueOn;
