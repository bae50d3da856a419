import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, ok, register } from '../cases/helpers.js';
import { json, staffingWorld, type StaffingWorld } from './world.js';

/**
 * 值班表: replacing a unit's roster for a date range (validated, versioned), and who is
 * on duty today at a center by tier, roster and the working calendar (holidays and
 * 调休 make-up working days). Monday 2026-03-02 09:00 onwards.
 */
describe('duty rosters and today’s duty', () => {
  let w: StaffingWorld;
  const put = (agent: StaffingWorld['dispatcher'], unitId: string, body: unknown) => agent.request('PUT', `/api/duty/rosters/${unitId}`, body);
  const roster = (agent: StaffingWorld['dispatcher'], unitId: string, from: string, to: string) => agent.get(`/api/duty/rosters?unitId=${unitId}&from=${from}&to=${to}`);

  beforeAll(async () => {
    w = await staffingWorld({ now: '2026-03-02T09:00:00+08:00' });
  });
  afterAll(() => w.t.close());

  describe('GET /api/duty/rosters', () => {
    it('shows the handlers, the days with the tier’s duty, and version 0 before the first save', async () => {
      const r = await json(roster(w.dispatcher, w.d.department.id, '2026-03-02', '2026-03-08'));
      expect(r.version).toBe(0);
      expect(r.canManage).toBe(true);
      expect(r.unit).toMatchObject({ id: w.d.department.id, staffingTier: 'resident', centerId: w.d.center.id });
      expect(r.handlers.map((h: { userId: string }) => h.userId).sort()).toEqual([w.ids.mediator, w.ids.colleague, w.ids.lead].sort());
      expect(r.days.map((d: { unitOnDuty: boolean }) => d.unitOnDuty)).toEqual([true, true, true, true, true, false, false]);
      expect(r.shifts).toEqual([]);
    });

    it('marks holidays and make-up working days; a rotating unit sits only on its weekdays', async () => {
      // 2026-04-04..06 清明节 (Sat–Mon); Wednesday 04-08 is the court's day.
      const r = await json(roster(w.dispatcher, w.units.court.id, '2026-04-03', '2026-04-08'));
      expect(r.days).toEqual([
        { date: '2026-04-03', weekday: 5, workingDay: true, calendarKind: null, calendarName: null, unitOnDuty: false },
        { date: '2026-04-04', weekday: 6, workingDay: false, calendarKind: 'holiday', calendarName: '清明节', unitOnDuty: false },
        { date: '2026-04-05', weekday: 7, workingDay: false, calendarKind: 'holiday', calendarName: '清明节', unitOnDuty: false },
        { date: '2026-04-06', weekday: 1, workingDay: false, calendarKind: 'holiday', calendarName: '清明节', unitOnDuty: false },
        { date: '2026-04-07', weekday: 2, workingDay: true, calendarKind: null, calendarName: null, unitOnDuty: false },
        { date: '2026-04-08', weekday: 3, workingDay: true, calendarKind: null, calendarName: null, unitOnDuty: true },
      ]);
      // 2026-05-09 is a Saturday worked for 劳动节 (调休上班): a resident unit sits there.
      const may = await json(roster(w.dispatcher, w.d.department.id, '2026-05-09', '2026-05-10'));
      expect(may.days.map((d: { workingDay: boolean; calendarKind: string | null; unitOnDuty: boolean }) => [d.workingDay, d.calendarKind, d.unitOnDuty])).toEqual([
        [true, 'workday', true],
        [false, null, false],
      ]);
    });

    it('an on-call unit never sits at the center by its tier', async () => {
      const r = await json(roster(w.dispatcher, w.units.firm.id, '2026-03-02', '2026-03-06'));
      expect(r.days.every((d: { unitOnDuty: boolean }) => !d.unitOnDuty)).toBe(true);
      expect(r.handlers.map((h: { userId: string }) => h.userId)).toEqual([w.more.lawyer]);
    });

    it('a mediator reads their own unit’s roster without the right to edit; others are refused', async () => {
      expect((await json(roster(w.mediator, w.d.department.id, '2026-03-02', '2026-03-08'))).canManage).toBe(false);
      expect((await roster(w.grid, w.d.department.id, '2026-03-02', '2026-03-08')).statusCode).toBe(403);
      expect((await roster(w.dispatcher2, w.d.department.id, '2026-03-02', '2026-03-08')).statusCode).toBe(403);
      expect((await roster(w.dispatcher, w.d.grid1.id, '2026-03-02', '2026-03-08')).statusCode).toBe(404);
      const long = await roster(w.dispatcher, w.d.department.id, '2026-03-01', '2026-05-02');
      expect(long.statusCode).toBe(400);
      expect(long.json().error.fields.to).toContain('62');
    });
  });

  describe('PUT /api/duty/rosters/:unitId', () => {
    it('replaces the range and answers with the new version', async () => {
      const r = await json(
        put(w.dispatcher, w.d.department.id, {
          from: '2026-03-02',
          to: '2026-03-08',
          version: 0,
          shifts: [
            { userId: w.ids.colleague, date: '2026-03-02', note: '上午窗口' },
            { userId: w.ids.mediator, date: '2026-03-03' },
            { userId: w.ids.colleague, date: '2026-03-05' },
          ],
        }),
      );
      expect(r.version).toBe(1);
      expect(r.shifts).toEqual([
        { userId: w.ids.colleague, date: '2026-03-02', note: '上午窗口' },
        { userId: w.ids.mediator, date: '2026-03-03', note: null },
        { userId: w.ids.colleague, date: '2026-03-05', note: null },
      ]);
    });

    it('replaces only inside the range: the rest of the week stays', async () => {
      const r = await json(put(w.dispatcher, w.d.department.id, { from: '2026-03-03', to: '2026-03-04', version: 1, shifts: [{ userId: w.ids.lead, date: '2026-03-04' }] }));
      expect(r.version).toBe(2);
      const week = await json(roster(w.director, w.d.department.id, '2026-03-02', '2026-03-08'));
      expect(week.shifts.map((s: { userId: string; date: string }) => [s.date, s.userId])).toEqual([
        ['2026-03-02', w.ids.colleague],
        ['2026-03-04', w.ids.lead],
        ['2026-03-05', w.ids.colleague],
      ]);
    });

    it('a stale version is refused with 409 and the current version; nothing changes', async () => {
      const before = await count(w.t, 'duty_shifts');
      const res = await put(w.dispatcher, w.d.department.id, { from: '2026-03-02', to: '2026-03-08', version: 1, shifts: [] });
      expect(res.statusCode).toBe(409);
      expect(res.json().error).toMatchObject({ code: 'conflict', version: 2 });
      expect(res.json().error.message).toContain('值班表已被他人修改');
      expect(await count(w.t, 'duty_shifts')).toBe(before);
      // A first save that claims a version the unit never had is a conflict too.
      const first = await put(w.dispatcher, w.units.court.id, { from: '2026-03-02', to: '2026-03-08', version: 3, shifts: [] });
      expect(first.statusCode).toBe(409);
      expect(first.json().error.version).toBe(0);
    });

    it('two saves from the same version at once: exactly one wins, the other is told', async () => {
      const body = (userId: string) => ({ from: '2026-03-16', to: '2026-03-22', version: 0, shifts: [{ userId, date: '2026-03-16' }] });
      const [a, b] = await Promise.all([put(w.dispatcher, w.units.court.id, body(w.more.judge)), put(w.director, w.units.court.id, body(w.more.judge))]);
      expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
      expect((await json(roster(w.dispatcher, w.units.court.id, '2026-03-16', '2026-03-22'))).version).toBe(1);
    });

    it('names each faulty shift: a non-handler, a date outside the range, a double entry; nothing changes', async () => {
      const before = await count(w.t, 'duty_shifts');
      const res = await put(w.dispatcher, w.d.department.id, {
        from: '2026-03-09',
        to: '2026-03-15',
        shifts: [
          { userId: w.ids.mediator, date: '2026-03-09' },
          { userId: w.ids.grid, date: '2026-03-10' },
          { userId: w.ids.mediator, date: '2026-03-16' },
          { userId: w.ids.mediator, date: '2026-03-09' },
          { userId: w.ids.centerMediator, date: '2026-03-11' },
        ],
      });
      expect(res.statusCode).toBe(400);
      const fields = res.json().error.fields;
      expect(Object.keys(fields).sort()).toEqual(['shifts.1.userId', 'shifts.2.date', 'shifts.3.date', 'shifts.4.userId']);
      expect(fields['shifts.1.userId']).toContain('不是本单位的承办人员');
      expect(await count(w.t, 'duty_shifts')).toBe(before);
    });

    it('refuses a range over 62 days or ending before it starts, and a malformed date, in English too', async () => {
      const long = await put(w.dispatcher, w.d.department.id, { from: '2026-03-01', to: '2026-05-02', shifts: [] });
      expect(long.statusCode).toBe(400);
      expect(Object.keys(long.json().error.fields)).toEqual(['to']);
      const backwards = await w.dispatcher.request('PUT', `/api/duty/rosters/${w.d.department.id}`, { from: '2026-03-10', to: '2026-03-09', shifts: [] }, { 'accept-language': 'en' });
      expect(backwards.statusCode).toBe(400);
      expect(backwards.json().error.fields.to).toBe('The end date is before the start date');
      const bad = await put(w.dispatcher, w.d.department.id, { from: '2026-02-30', to: '2026-03-09', shifts: [] });
      expect(bad.statusCode).toBe(400);
      expect(Object.keys(bad.json().error.fields)).toEqual(['from']);
    });

    it('only admin, director or a dispatcher of the unit’s center may save', async () => {
      const body = { from: '2026-03-09', to: '2026-03-15', shifts: [] };
      expect((await put(w.mediator, w.d.department.id, body)).statusCode).toBe(403);
      expect((await put(w.lawyer, w.units.firm.id, body)).statusCode).toBe(403);
      expect((await put(w.dispatcher2, w.d.department.id, body)).statusCode).toBe(403);
      expect((await put(w.director, w.d.department.id, body)).statusCode).toBe(200);
      expect((await put(w.admin, w.d.center.id, { ...body, shifts: [{ userId: w.ids.centerMediator, date: '2026-03-09' }] })).statusCode).toBe(200);
      expect((await put(w.dispatcher2, w.units.center2.id, { ...body, shifts: [{ userId: w.more.mediator2c, date: '2026-03-09' }] })).statusCode).toBe(200);
    });
  });

  describe('GET /api/duty/today', () => {
    type Unit = { id: string; tierOnDuty: boolean; byRoster: boolean; onDuty: boolean; oncall: boolean; people: { userId: string; load: number; rostered: boolean }[]; members: { userId: string }[] };
    const today = async (agent = w.dispatcher) => json<{ date: string; workingDay: boolean; calendarName: string | null; units: Unit[] }>(agent.get('/api/duty/today'));
    const unit = (r: { units: Unit[] }, id: string) => r.units.find((u) => u.id === id)!;

    it('Monday 03-02: the roster names who is on duty in the department; the center by the calendar; the court and the firms not', async () => {
      const r = await today();
      expect(r).toMatchObject({ date: '2026-03-02', workingDay: true, calendarName: null });
      const dept = unit(r, w.d.department.id);
      expect(dept).toMatchObject({ tierOnDuty: true, byRoster: true, onDuty: true });
      expect(dept.people.map((p) => p.userId)).toEqual([w.ids.colleague]);
      expect(dept.members).toHaveLength(3);
      expect(unit(r, w.units.court.id)).toMatchObject({ tierOnDuty: false, onDuty: false, people: [] });
      expect(unit(r, w.units.firm.id)).toMatchObject({ oncall: true, tierOnDuty: false, onDuty: false, people: [] });
      expect(unit(r, w.units.firm.id).members.map((m) => m.userId)).toEqual([w.more.lawyer]);
      expect(r.units.some((u) => u.id === w.units.center2.id)).toBe(false);
    });

    it('without a roster every handler of a sitting unit is on duty, least loaded first', async () => {
      await json(put(w.dispatcher, w.d.department.id, { from: '2026-03-02', to: '2026-03-02', shifts: [] }));
      const c = await register(w.dispatcher);
      await ok(w.dispatcher, c.id, { action: 'route', unitId: w.d.department.id, userId: w.ids.colleague });
      const dept = unit(await today(), w.d.department.id);
      expect(dept).toMatchObject({ byRoster: false, onDuty: true });
      expect(dept.people.at(-1)).toMatchObject({ userId: w.ids.colleague, load: 1, rostered: false });
      expect(dept.people.slice(0, 2).map((p) => p.load)).toEqual([0, 0]);
    });

    it('Wednesday 03-04 the rotating court sits at the center', async () => {
      await w.jumpTo('2026-03-04T09:00:00');
      const r = await today();
      expect(unit(r, w.units.court.id)).toMatchObject({ tierOnDuty: true, onDuty: true });
      expect(unit(r, w.units.court.id).people.map((p) => p.userId)).toEqual([w.more.judge]);
    });

    it('on a public holiday nobody is on duty unless rostered (清明节 Monday 04-06)', async () => {
      await json(put(w.dispatcher, w.d.center.id, { from: '2026-04-06', to: '2026-04-06', shifts: [{ userId: w.ids.centerMediator, date: '2026-04-06', note: '节日值班' }] }));
      await w.jumpTo('2026-04-06T10:00:00');
      const r = await today();
      expect(r).toMatchObject({ date: '2026-04-06', workingDay: false, calendarName: '清明节' });
      expect(unit(r, w.d.department.id)).toMatchObject({ tierOnDuty: false, onDuty: false, people: [] });
      expect(unit(r, w.d.center.id)).toMatchObject({ tierOnDuty: false, byRoster: true, onDuty: true });
      expect(unit(r, w.d.center.id).people.map((p) => p.userId)).toEqual([w.ids.centerMediator]);
    });

    it('on a 调休 Saturday (05-09) the resident units work', async () => {
      await w.jumpTo('2026-05-09T10:00:00');
      const r = await today();
      expect(r).toMatchObject({ date: '2026-05-09', workingDay: true, calendarName: '劳动节调休上班' });
      expect(unit(r, w.d.department.id)).toMatchObject({ tierOnDuty: true, byRoster: false, onDuty: true });
      expect(unit(r, w.d.department.id).people).toHaveLength(3);
      expect(unit(r, w.units.court.id).onDuty).toBe(false);
    });

    it('is scoped to the centers the caller works at', async () => {
      expect((await w.dispatcher.get(`/api/duty/today?centerId=${w.units.center2.id}`)).statusCode).toBe(403);
      expect((await w.grid.get(`/api/duty/today?centerId=${w.d.center.id}`)).statusCode).toBe(403);
      expect((await json(w.mediator.get('/api/duty/today'))).units.length).toBeGreaterThan(0);
      expect((await json(w.dispatcher2.get('/api/duty/today'))).center.id).toBe(w.units.center2.id);
      const centers = await json(w.director.get('/api/duty/centers'));
      expect(centers.items.map((c: { id: string; canManage: boolean }) => [c.id, c.canManage])).toEqual([[w.d.center.id, true]]);
      expect((await json(w.admin.get('/api/duty/centers'))).items).toHaveLength(2);
    });
  });
});
