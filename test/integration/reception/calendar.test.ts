import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookOnPortal, configure, receptionWorld, type ReceptionWorld } from './world.js';

type Day = { date: string; theme: string | null; dayName: string | null; hostUnitName: string | null; slots: { slot: string; remaining: number; bookable: boolean; taken?: number }[] } & Record<string, unknown>;

/** The reception calendar: staff see places taken, the public only places left; holidays host no theme. */
describe('reception calendar: staff and public', () => {
  let w: ReceptionWorld;
  beforeAll(async () => {
    w = await receptionWorld();
    await configure(w);
    await bookOnPortal(w); // Tuesday 2026-12-01, 09:00-10:00
  });
  afterAll(() => w.t.close());

  it('shows staff each day with its theme, host and places taken and left', async () => {
    const res = await w.grid.get(`/api/reception/calendar?centerId=${w.d.center.id}&from=2026-11-30&to=2026-12-06`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { today: string; center: { name: string }; days: Day[] };
    expect(body.today).toBe('2026-11-30');
    expect(body.center.name).toBe('测试区综治中心');
    expect(body.days.map((d) => [d.date, d.theme])).toEqual([
      ['2026-11-30', 'labour'],
      ['2026-12-01', 'contract'],
      ['2026-12-02', 'property_rights'],
      ['2026-12-03', 'operations'],
      ['2026-12-04', 'rights_protection'],
      ['2026-12-05', null],
      ['2026-12-06', null],
    ]);
    const tuesday = body.days[1]!;
    expect(tuesday).toMatchObject({ hostUnitId: w.d.department.id, hostUnitName: '甲街道司法所' });
    expect(tuesday.slots[0]).toEqual({ slot: '09:00-10:00', capacity: 2, taken: 1, remaining: 1, bookable: true });
    expect(tuesday.slots[1]).toEqual({ slot: '10:00-11:00', capacity: 2, taken: 0, remaining: 2, bookable: true });
    // Today (09:00): the first slot has started, the later ones can still be booked.
    expect(body.days[0]!.slots.map((s) => [s.slot, s.bookable])).toEqual([
      ['09:00-10:00', false],
      ['10:00-11:00', true],
      ['14:30-15:30', true],
      ['15:30-16:30', true],
    ]);
  });

  it('shows the public the places left and the host, never who booked nor how many', async () => {
    const res = await w.t.app.inject({ method: 'GET', url: '/api/portal/reception/calendar?from=2026-12-01&to=2026-12-01' });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { centers: { center: { id: string }; days: Day[] }[] };
    expect(body.centers.map((c) => c.center.id)).toEqual([w.d.center.id]); // the other center holds no reception days
    const day = body.centers[0]!.days[0]!;
    expect(day).not.toHaveProperty('hostUnitId');
    expect(day.slots[0]).toEqual({ slot: '09:00-10:00', capacity: 2, remaining: 1, bookable: true });
    expect(res.body).not.toContain('赵丽娟');
    expect(res.body).not.toContain('13847201234');
    expect(res.body).not.toContain('稀土');
  });

  it('defaults the public calendar to four weeks from today', async () => {
    const res = await w.t.app.inject({ method: 'GET', url: '/api/portal/reception/calendar' });
    const body = res.json() as { from: string; to: string; centers: { days: Day[] }[] };
    expect([body.from, body.to, body.centers[0]!.days.length]).toEqual(['2026-11-30', '2026-12-27', 28]);
  });

  it('holds no theme on a holiday and keeps the make-up day on its weekday', async () => {
    // 元旦 2027-01-01 (Friday) is off; 2027-01-31 (Sunday) is a projected make-up working day.
    const res = await w.dispatcher.get(`/api/reception/calendar?centerId=${w.d.center.id}&from=2026-12-31&to=2027-01-01`);
    const [thu, fri] = (res.json() as { days: Day[] }).days;
    expect(thu).toMatchObject({ date: '2026-12-31', theme: 'operations' });
    expect(fri).toMatchObject({ date: '2027-01-01', theme: null, working: false, dayName: '元旦', slots: [] });
    const makeUp = await w.dispatcher.get(`/api/reception/calendar?centerId=${w.d.center.id}&from=2027-01-31&to=2027-01-31`);
    expect((makeUp.json() as { days: Day[] }).days[0]).toMatchObject({ working: true, makeUpDay: true, theme: null });
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (await w.t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, { summary?: string }>> };
    for (const path of ['/api/reception/themes/{centerId}', '/api/reception/calendar', '/api/reception/bookings/{id}/register', '/api/portal/reception/calendar', '/api/portal/reception/bookings', '/api/portal/reception/bookings/cancel']) {
      expect(doc.paths, path).toHaveProperty([path]);
    }
    expect(doc.paths['/api/portal/reception/bookings']!.post!.summary).toContain('企业预约主题接待日');
  });

  it('refuses an inverted or too long range and an unknown center, naming the field', async () => {
    const long = await w.dispatcher.get(`/api/reception/calendar?centerId=${w.d.center.id}&from=2026-12-01&to=2027-03-03`);
    expect(long.statusCode).toBe(400);
    expect(long.json().error.fields).toEqual({ to: '一次最多查询 92 天' });
    const inverted = await w.t.app.inject({ method: 'GET', url: '/api/portal/reception/calendar?from=2026-12-02&to=2026-12-01' });
    expect(inverted.statusCode).toBe(400);
    expect(inverted.json().error.fields).toHaveProperty('to');
    const badDate = await w.dispatcher.get(`/api/reception/calendar?centerId=${w.d.center.id}&from=2026-02-30&to=2026-03-01`);
    expect(badDate.json().error.fields).toHaveProperty('from');
    const notCenter = await w.dispatcher.get(`/api/reception/calendar?centerId=${w.d.department.id}&from=2026-12-01&to=2026-12-01`);
    expect(notCenter.statusCode).toBe(400);
    expect(notCenter.json().error.fields).toHaveProperty('centerId');
    // Staff calendar needs a session.
    expect((await w.t.app.inject({ method: 'GET', url: `/api/reception/calendar?centerId=${w.d.center.id}&from=2026-12-01&to=2026-12-01` })).statusCode).toBe(401);
  });
});
