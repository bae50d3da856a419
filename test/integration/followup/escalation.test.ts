import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFollowupEscalations } from '../../../src/services/followup/escalate-job.js';
import { followupDeps } from '../../../src/services/followup/deps.js';
import type { Agent } from '../../support/app.js';
import { bj } from '../cases/helpers.js';
import { clockTo, familyCase, type FollowupWorld, followupWorld, getPlan, HIGH_ANSWERS, openVisit, planOfCase, recordVisit, resolve, visitBody } from './helpers.js';

/**
 * 回访逾期督办: an open visit past its due day climbs three steps (1 day late: the grid
 * trio; 5: the community's lead; 10: the center's directors), each step once per visit.
 */
describe('overdue visits escalate, each step once', () => {
  let w: FollowupWorld;
  let planId: string;
  let caseId: string;

  beforeAll(async () => {
    w = await followupWorld('2026-03-02T09:00:00+08:00');
    const c = await familyCase(w);
    caseId = c.id;
    await resolve(w, c, { riskAnswers: HIGH_ANSWERS });
    planId = (await planOfCase(w.grid, c.id)).id;
  });
  afterAll(() => w.t.close());

  const overdueNotes = async (agent: Agent) =>
    ((await agent.get('/api/notifications?limit=100')).json().items as { kind: string; title: string; body: string; caseId: string | null }[]).filter((n) => n.kind === 'followup_overdue');

  it('on the due day and the day itself: nothing', async () => {
    await clockTo(w, '2026-03-17T18:00:00');
    expect(await overdueNotes(w.grid)).toEqual([]);
  });

  it('one day late: the grid trio of the grid are told (not another grid, not the community)', async () => {
    const jobs = await clockTo(w, '2026-03-18T08:00:00');
    expect(jobs).toContain('followup.escalate');
    const [note] = await overdueNotes(w.grid);
    expect(note).toMatchObject({ caseId, title: expect.stringContaining('第 1 次回访'), body: expect.stringContaining('已逾期 1 天') });
    expect(await overdueNotes(w.unitHead)).toHaveLength(1);
    expect(await overdueNotes(w.otherGrid)).toEqual([]);
    expect(await overdueNotes(w.communityLead)).toEqual([]);
    expect(await overdueNotes(w.director)).toEqual([]);
    const visit = openVisit(await getPlan(w.grid, planId))!;
    expect(visit).toMatchObject({ escalationLevel: 1, overdueDays: 1 });
  });

  it('running the job again (and two at once) takes no step twice', async () => {
    const deps = followupDeps(w.t.ctx.caseDeps);
    const now = w.t.clock.now();
    expect(await runFollowupEscalations(deps, now)).toBe(0);
    expect(await Promise.all([runFollowupEscalations(deps, now), runFollowupEscalations(deps, now)])).toEqual([0, 0]);
    expect(await overdueNotes(w.grid)).toHaveLength(1);
  });

  it('five days late: the community lead; ten: the center director — each once', async () => {
    await clockTo(w, '2026-03-22T09:00:00');
    expect(await overdueNotes(w.communityLead)).toHaveLength(1);
    expect(await overdueNotes(w.director)).toEqual([]);
    await clockTo(w, '2026-03-27T09:00:00');
    const [toDirector] = await overdueNotes(w.director);
    expect(toDirector).toMatchObject({ body: expect.stringContaining('第 3 级督办') });
    await clockTo(w, '2026-04-20T09:00:00');
    expect(await overdueNotes(w.grid)).toHaveLength(1);
    expect(await overdueNotes(w.communityLead)).toHaveLength(1);
    expect(await overdueNotes(w.director)).toHaveLength(1);
    const plan = await getPlan(w.director, planId);
    expect(plan.events.filter((e) => e.type === 'escalated').map((e) => e.data.step)).toEqual([1, 2, 3]);
    const timeline = (await w.director.get(`/api/cases/${caseId}`)).json().timeline as { type: string }[];
    expect(timeline.filter((e) => e.type === 'followup_overdue')).toHaveLength(3);
  });

  it('a late visit is recorded as late; the next one counts from the day it was made', async () => {
    const open = openVisit(await getPlan(w.grid, planId))!;
    const res = await recordVisit(w.grid, open.id, visitBody({ stability: 'unstable' }));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().visit).toMatchObject({ onTime: false, doneOn: '2026-04-20', escalationLevel: 3 });
    expect(res.json().plan.nextVisit).toMatchObject({ dueOn: '2026-05-05', escalationLevel: 0 });
  });

  it('a job that ran late takes the missed steps in order, at once', async () => {
    const c = await familyCase(w);
    await resolve(w, c, { riskAnswers: HIGH_ANSWERS });
    const plan = await planOfCase(w.grid, c.id);
    expect(openVisit(plan)!.dueOn).toBe('2026-05-05');
    const deps = followupDeps(w.t.ctx.caseDeps);
    // Both plans' visits are due 05-05; 12 days later nobody ran the job yet.
    w.t.clock.set(bj('2026-05-17T09:00:00'));
    expect(await runFollowupEscalations(deps, w.t.clock.now())).toBe(6);
    const steps = await w.t.database.db.selectFrom('followup_visits').select(['escalation_level']).where('status', '=', 'due').execute();
    expect(steps.map((s) => s.escalation_level)).toEqual([3, 3]);
  });
});
