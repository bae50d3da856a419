import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, getCase } from '../cases/helpers.js';
import { bookOnPortal, configure, receptionWorld, type ReceptionWorld, USCC_OTHER } from './world.js';

/** A booking's request enters the case engine once: the closed loop for enterprise requests (SPEC §3.6). */
describe('reception bookings: register as a case', () => {
  let w: ReceptionWorld;
  beforeAll(async () => {
    w = await receptionWorld();
    await configure(w);
  });
  afterAll(() => w.t.close());

  const idOf = async (code: string) => (await w.t.database.db.selectFrom('reception_bookings').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;

  it('registers the organisation’s request at the booking’s center and links the case', async () => {
    // Today is the labour day: registering at the reception marks the enterprise as come.
    const r = await bookOnPortal(w, { date: '2026-11-30', theme: 'labour', slot: '14:30-15:30', topic: '生产线员工对加班费计算方式有异议，希望调解' });
    const id = await idOf(r.code);
    const res = await w.dispatcher.post(`/api/reception/bookings/${id}/register`);
    expect(res.statusCode, res.body).toBe(201);
    const { caseId, caseCode, booking } = res.json();
    expect(caseCode).toMatch(/^KDL-2026-\d{6}$/);
    expect(booking).toMatchObject({ caseId, caseCode, status: 'attended' });

    const c = (await getCase(w.dispatcher, caseId)) as Awaited<ReturnType<typeof getCase>> & { channel: string; centerId: string; serviceMode: string; description: string };
    expect(c).toMatchObject({ channel: 'enterprise_station', centerId: w.d.center.id, category: 'labour', serviceMode: 'offline' });
    expect(c.description).toContain('生产线员工对加班费计算方式有异议');
    expect(c.description).toContain(r.code);
    expect(c.parties.map((p) => [p.role, p.kind, p.name, p.uscc])).toEqual([['applicant', 'organization', '包头稀土新材料有限公司', USCC_OTHER]]);
    expect(c.timeline[0]).toMatchObject({ type: 'registered' });

    const again = await w.dispatcher.post(`/api/reception/bookings/${id}/register`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ message: '该预约已登记为案件', caseId });
  });

  it('creates exactly one case when two registrations race', async () => {
    const r = await bookOnPortal(w, { date: '2026-12-01', slot: '10:00-11:00' });
    const id = await idOf(r.code);
    const before = await count(w.t, 'cases');
    const [a, b] = await Promise.all([w.dispatcher.post(`/api/reception/bookings/${id}/register`), w.director.post(`/api/reception/bookings/${id}/register`)]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
    expect(await count(w.t, 'cases')).toBe(before + 1);
    const row = await w.t.database.db.selectFrom('reception_bookings').select(['case_id', 'status']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.case_id).toBe([a, b].find((x) => x.statusCode === 201)!.json().caseId);
    // A future booking keeps its status: the enterprise has not come yet.
    expect(row.status).toBe('booked');
  });

  it('refuses callers outside the center and cancelled bookings, creating nothing', async () => {
    const r = await bookOnPortal(w, { date: '2026-12-02', theme: 'property_rights', slot: '09:00-10:00' });
    const id = await idOf(r.code);
    const before = await count(w.t, 'cases');
    expect((await w.otherDispatcher.post(`/api/reception/bookings/${id}/register`)).statusCode).toBe(403);
    expect((await w.grid.post(`/api/reception/bookings/${id}/register`)).statusCode).toBe(403);
    expect((await w.dispatcher.post(`/api/reception/bookings/${id}/status`, { status: 'cancelled' })).statusCode).toBe(200);
    const cancelled = await w.dispatcher.post(`/api/reception/bookings/${id}/register`);
    expect(cancelled.statusCode).toBe(409);
    expect(cancelled.json().error.message).toBe('已取消或未到场的预约不能登记为案件');
    expect((await w.dispatcher.post('/api/reception/bookings/00000000-0000-4000-8000-000000000000/register')).statusCode).toBe(404);
    expect(await count(w.t, 'cases')).toBe(before);
  });
});
