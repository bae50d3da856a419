import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { familyCase, type FollowupWorld, followupWorld, clockTo, getPlan, HIGH_ANSWERS, openVisit, type PlanJson, planOfCase, recordVisit, resolve, visitBody } from './helpers.js';

/**
 * 分级回访 over half a year: the clock moves forward 180 days (2026-03-02 → 2026-08-29),
 * every visit is recorded on the day it falls due, and each next due day follows the
 * level: high every 15 days, medium every 30, low every 90 — with levels raised and
 * lowered at visits and once by the desk between visits, until a run of stable visits ends the plan.
 */
describe('a plan followed for 180 days', () => {
  let w: FollowupWorld;
  let plan: PlanJson;
  /** every due day the plan announced, in order */
  const announced: string[] = [];

  beforeAll(async () => {
    w = await followupWorld('2026-03-02T09:00:00+08:00');
  });
  afterAll(() => w.t.close());

  /** On the open visit's due day (10:00), the grid worker finds it in today's list and records it. */
  async function visitOnDueDay(expectedDue: string, body: Record<string, unknown>) {
    const before = await getPlan(w.grid, plan.id);
    const open = openVisit(before)!;
    expect(open.dueOn).toBe(expectedDue);
    await clockTo(w, `${expectedDue}T10:00:00`);
    const today = (await w.grid.get('/api/followup/today')).json();
    expect(today.day).toBe(expectedDue);
    expect(today.visits).toEqual([expect.objectContaining({ id: open.id, dueOn: expectedDue, overdueDays: 0 })]);
    const res = await recordVisit(w.grid, open.id, visitBody(body));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().visit).toMatchObject({ status: 'done', doneOn: expectedDue, onTime: true });
    plan = await getPlan(w.grid, plan.id);
    const next = openVisit(plan);
    if (next) announced.push(next.dueOn);
    return res.json();
  }

  it('resolved as high risk on 03-02: first visit 15 days out', async () => {
    const c = await familyCase(w);
    await resolve(w, c, { riskAnswers: HIGH_ANSWERS });
    plan = await planOfCase(w.grid, c.id);
    announced.push(openVisit(plan)!.dueOn);
    expect(announced).toEqual(['2026-03-17']);
  });

  it('high: unstable visits every 15 days', async () => {
    await visitOnDueDay('2026-03-17', { stability: 'unstable' });
    await visitOnDueDay('2026-04-01', { stability: 'unstable' });
    expect(plan).toMatchObject({ level: 'high', stableRun: 0 });
    expect(announced.at(-1)).toBe('2026-04-16');
  });

  it('lowered to medium at a visit: the next one 30 days later', async () => {
    const r = await visitOnDueDay('2026-04-16', { stability: 'stable', level: 'medium' });
    expect(r.plan).toMatchObject({ level: 'medium', stableRun: 1 });
    expect(announced.at(-1)).toBe('2026-05-16');
  });

  it('a worsened visit raises it to high: 15 days; the desk lowers it to medium between visits and the due day moves at once', async () => {
    const r = await visitOnDueDay('2026-05-16', { stability: 'worsened' });
    expect(r.plan).toMatchObject({ level: 'high', stableRun: 0 });
    expect(announced.at(-1)).toBe('2026-05-31');

    await clockTo(w, '2026-05-20T15:00:00');
    const res = await w.dispatcher.post(`/api/followup/plans/${plan.id}/level`, { level: 'medium', reason: '经调解员电话核实，双方已恢复正常来往', version: plan.version });
    expect(res.statusCode, res.body).toBe(200);
    plan = res.json();
    // Counted from the last visit (05-16), at the new level's interval.
    expect(openVisit(plan)!.dueOn).toBe('2026-06-15');
    // The 05-31 due day announced at the worsened visit no longer stands.
    announced.splice(announced.indexOf('2026-05-31'), 1, '2026-06-15');
    expect(plan.events.at(-1)).toMatchObject({ type: 'level_changed', reason: '经调解员电话核实，双方已恢复正常来往', data: { from: 'high', to: 'medium', dueOn: '2026-06-15', previousDueOn: '2026-05-31' } });
  });

  it('medium: stable visits every 30 days until the run of 3 stable visits ends the plan', async () => {
    await visitOnDueDay('2026-06-15', { stability: 'stable' });
    await visitOnDueDay('2026-07-15', { stability: 'stable' });
    expect(plan).toMatchObject({ level: 'medium', stableRun: 2, status: 'active' });
    const last = await visitOnDueDay('2026-08-14', { stability: 'stable' });
    expect(last.plan).toMatchObject({ status: 'ended', endReason: 'stable_run', stableRun: 3, nextVisit: null });
  });

  it('on day 180 (08-29): nothing is due, nothing was late, every visit came due exactly on schedule', async () => {
    await clockTo(w, '2026-08-29T09:00:00');
    expect((await w.grid.get('/api/followup/today')).json().visits).toEqual([]);
    plan = await getPlan(w.director, plan.id);
    expect(plan.status).toBe('ended');
    const done = plan.visits.filter((v) => v.status === 'done');
    expect(done.map((v) => v.dueOn)).toEqual(['2026-03-17', '2026-04-01', '2026-04-16', '2026-05-16', '2026-06-15', '2026-07-15', '2026-08-14']);
    expect(announced).toEqual(done.map((v) => v.dueOn));
    expect(done.every((v) => v.onTime && v.doneOn === v.dueOn && v.escalationLevel === 0)).toBe(true);
    // The interval between due days is the level in force after the previous visit (or the desk's change).
    expect(done.map((v) => v.levelBefore)).toEqual(['high', 'high', 'high', 'medium', 'medium', 'medium', 'medium']);
    expect(done.map((v) => v.levelAfter)).toEqual(['high', 'high', 'medium', 'high', 'medium', 'medium', 'medium']);
    const notes = (await w.grid.get('/api/notifications?limit=100')).json().items as { kind: string }[];
    expect(notes.filter((n) => n.kind === 'followup_overdue')).toEqual([]);
    const timeline = (await w.mediator.get(`/api/cases/${plan.caseId}`)).json().timeline as { type: string }[];
    expect(timeline.filter((e) => e.type === 'followup_visit')).toHaveLength(7);
  });
});
