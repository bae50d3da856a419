import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, bj, type CaseJson, type CaseWorld, caseWorld, getCase, iso, ok, register, relogin } from './helpers.js';

/** Clocks follow the rules as they are now, and a returned case's handling clock waits for routing. */
describe('deadlines after rule changes and returns', () => {
  let w: CaseWorld;
  beforeAll(async () => {
    w = await caseWorld({ now: '2026-03-02T09:00:00+08:00' }); // a Monday
  });
  afterAll(() => w.t.close());

  const handling = (c: CaseJson) => c.deadlines.find((d) => d.kind === 'handling')!;
  const handlingEscalations = (c: CaseJson) => c.timeline.filter((e) => e.type === 'escalated' && e.data.deadline === 'handling');

  async function jumpTo(local: string) {
    w.t.clock.set(bj(local));
    await relogin(w);
    const res = await w.admin.post('/api/dev/clock', { now: `${local}+08:00` });
    expect(res.statusCode, res.body).toBe(200);
  }

  it('a holiday added after acceptance moves the due time, and the escalation job follows it', async () => {
    const cat = await w.admin.post('/api/categories', { code: 'one_day', name: '一日办结类', nameEn: 'One-day', handlingDays: 1 });
    expect(cat.statusCode, cat.body).toBe(201);
    const c = await register(w.dispatcher, { category: 'one_day' });
    await ok(w.dispatcher, c.id, { action: 'route', unitId: w.d.department.id, userId: w.ids.mediator });
    await ok(w.mediator, c.id, { action: 'accept' });
    expect(handling(await getCase(w.mediator, c.id)).dueAt).toBe(iso('2026-03-03T17:30:00'));

    // The center declares Tuesday a holiday after the case was accepted.
    expect((await w.admin.request('PUT', '/api/calendar/2026-03-03', { kind: 'holiday', name: '临时休假' })).statusCode).toBe(204);
    await jumpTo('2026-03-04T10:00:00');
    const moved = await getCase(w.mediator, c.id);
    expect(handling(moved).dueAt).toBe(iso('2026-03-04T17:30:00'));
    expect(handlingEscalations(moved)).toEqual([]);

    await jumpTo('2026-03-05T09:00:00');
    const late = await getCase(w.mediator, c.id);
    expect(handlingEscalations(late).map((e) => e.data.level)).toEqual([1]);
  });

  it('returning an accepted case stops its handling clock until it is accepted again', async () => {
    await jumpTo('2026-03-09T09:00:00'); // Monday
    const c = await register(w.dispatcher);
    await ok(w.dispatcher, c.id, { action: 'route', unitId: w.d.department.id, userId: w.ids.mediator });
    const accepted = await ok(w.mediator, c.id, { action: 'accept' });
    const firstDue = handling(accepted).dueAt!;

    const returned = await ok(w.mediator, c.id, { action: 'return', reason: '不属于本所管辖' });
    expect(returned.status).toBe('registered');
    expect(handling(returned)).toMatchObject({ paused: true, dueAt: null });

    // A whole working day waiting for routing does not count against the handler.
    await jumpTo('2026-03-10T09:00:00');
    await ok(w.dispatcher, c.id, { action: 'route', unitId: w.d.department.id, userId: w.ids.colleague });
    const again = await ok(w.colleague, c.id, { action: 'accept' });
    expect(handling(again).paused).toBe(false);
    expect(new Date(handling(again).dueAt!).getTime()).toBeGreaterThan(new Date(firstDue).getTime());
    expect((await act(w.colleague, c.id, { action: 'start' })).statusCode).toBe(200);
  });
});
