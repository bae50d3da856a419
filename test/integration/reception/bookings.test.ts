import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows, counts } from '../cases/helpers.js';
import { bookOnPortal, configure, portalBooking, portalPost, receptionWorld, type ReceptionWorld, USCC_OTHER, USCC_STATION, USCC_UNKNOWN, usccOf } from './world.js';

const BOOK = '/api/portal/reception/bookings';
const CANCEL = '/api/portal/reception/bookings/cancel';

/** Booking a slot: the checks, capacity under concurrency, cancelling, and what staff see. */
describe('reception bookings', () => {
  let w: ReceptionWorld;
  beforeAll(async () => {
    w = await receptionWorld();
    await configure(w);
  });
  afterAll(() => w.t.close());

  const booking = (code: string) => w.t.database.db.selectFrom('reception_bookings').selectAll().where('code', '=', code).executeTakeFirstOrThrow();
  const placesLeft = async (date: string, slot: string) => {
    const res = await w.t.app.inject({ method: 'GET', url: `/api/portal/reception/calendar?from=${date}&to=${date}` });
    return (res.json().centers[0].days[0].slots as { slot: string; remaining: number }[]).find((s) => s.slot === slot)!.remaining;
  };

  it('books a slot on the portal and answers the booking code; a registry enterprise is linked', async () => {
    const receipt = await bookOnPortal(w);
    expect(receipt).toEqual({
      code: 'JD-20261201-0001',
      status: 'booked',
      centerName: '测试区综治中心',
      theme: 'contract',
      date: '2026-12-01',
      slot: '09:00-10:00',
      hostUnitName: '甲街道司法所',
      organizationName: '包头稀土新材料有限公司',
    });
    expect(await booking(receipt.code)).toMatchObject({ enterprise_id: w.enterprises.other, uscc: USCC_OTHER, booked_by: null, contact_phone: '13847201234', status: 'booked' });
    // Codes count per reception day; a lower-case credit code is normalised; an unknown enterprise is not linked.
    const second = await bookOnPortal(w, { uscc: USCC_UNKNOWN.toLowerCase(), organizationName: '包头某物流有限公司', slot: '14:30-15:30' });
    expect(second.code).toBe('JD-20261201-0002');
    expect(await booking(second.code)).toMatchObject({ enterprise_id: null, uscc: USCC_UNKNOWN });
    const otherDay = await bookOnPortal(w, { date: '2026-12-07', theme: 'labour' });
    expect(otherDay.code).toBe('JD-20261207-0001');
    const audit = (await auditRows(w.t, 'POST /api/portal/reception/bookings'))[0];
    expect(audit).toMatchObject({ actor_id: null, outcome: 'ok' });
  });

  it('refuses bad bookings with the field named, writing nothing', async () => {
    const before = await counts(w.t, ['reception_bookings', 'reception_booking_sequences']);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ uscc: '91150200MA0N123456' }, 'uscc', '统一社会信用代码无效'],
      [{ contactPhone: '0472-5123456' }, 'contactPhone', '请输入 11 位手机号码'],
      [{ date: '2026-12-05', theme: null }, 'date', '该日没有主题接待（非接待日或节假日）'],
      [{ date: '2027-01-01', theme: null }, 'date', '该日没有主题接待（非接待日或节假日）'],
      [{ date: '2026-11-24', theme: 'contract' }, 'date', '不能预约已经过去的日期'],
      [{ date: '2027-02-01', theme: 'labour' }, 'date', '只能预约 60 天内的接待日'],
      [{ date: '2026-11-30', theme: 'labour', slot: '09:00-10:00' }, 'slot', '该时段已开始，请选择其他时段'],
      [{ slot: '11:00-12:00' }, 'slot', '该日没有这个接待时段'],
      [{ theme: 'labour' }, 'theme', '该日的接待主题为“合同履约”'],
      [{ date: '2026-02-30' }, 'date', '日期无效'],
      [{ topic: '咨询' }, 'topic', ''],
    ];
    for (const [over, field, message] of cases) {
      const res = await portalPost(w, BOOK, portalBooking(w, over));
      expect(res.statusCode, `${field}: ${res.body}`).toBe(400);
      expect(Object.keys(res.json().error.fields)).toEqual([field]);
      if (message) expect(res.json().error.fields[field]).toBe(message);
    }
    const en = await portalPost(w, BOOK, portalBooking(w, { uscc: '91150200MA0N123456' }), undefined, 'en');
    expect(en.json().error.fields.uscc).toBe('Invalid unified social credit code');
    expect(await counts(w.t, ['reception_bookings', 'reception_booking_sequences'])).toEqual(before);
  });

  it('answers 409 slot_full once the places are taken, and one place per enterprise and day', async () => {
    // 2026-12-02 (property rights), 10:00-11:00: two places.
    const slot = { date: '2026-12-02', theme: 'property_rights', slot: '10:00-11:00' };
    await bookOnPortal(w, { ...slot, uscc: usccOf('91150200MA0N00001'), organizationName: '甲公司' });
    const again = await portalPost(w, BOOK, portalBooking(w, { ...slot, uscc: usccOf('91150200MA0N00001'), organizationName: '甲公司', slot: '14:30-15:30' }));
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'already_booked', message: '该企业当天已有预约，如需改约请先取消原预约' });
    await bookOnPortal(w, { ...slot, uscc: usccOf('91150200MA0N00002'), organizationName: '乙公司' });
    const full = await portalPost(w, BOOK, portalBooking(w, { ...slot, uscc: usccOf('91150200MA0N00003'), organizationName: '丙公司' }));
    expect(full.statusCode).toBe(409);
    expect(full.json().error).toMatchObject({ code: 'slot_full', message: '该时段已约满，请选择其他时段' });
    expect(await placesLeft('2026-12-02', '10:00-11:00')).toBe(0);
  });

  it('gives the last place to exactly one of two concurrent bookings', async () => {
    const slot = { date: '2026-12-03', theme: 'operations', slot: '15:30-16:30' };
    await bookOnPortal(w, { ...slot, uscc: usccOf('91150200MA0N00011'), organizationName: '丁公司' });
    const [a, b] = await Promise.all([
      portalPost(w, BOOK, portalBooking(w, { ...slot, uscc: usccOf('91150200MA0N00012'), organizationName: '戊公司' })),
      portalPost(w, BOOK, portalBooking(w, { ...slot, uscc: usccOf('91150200MA0N00013'), organizationName: '己公司' })),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
    expect([a, b].find((r) => r.statusCode === 409)!.json().error.code).toBe('slot_full');
    // Five at once on an empty slot: exactly the two places are given.
    const five = await Promise.all(
      [21, 22, 23, 24, 25].map((n) => portalPost(w, BOOK, portalBooking(w, { ...slot, slot: '14:30-15:30', uscc: usccOf(`91150200MA0N000${n}`), organizationName: `公司${n}` }))),
    );
    expect(five.filter((r) => r.statusCode === 201)).toHaveLength(2);
    expect(five.filter((r) => r.statusCode === 409)).toHaveLength(3);
    const rows = await w.t.database.db.selectFrom('reception_bookings').select(['slot', 'code']).where('date', '=', '2026-12-03').where('status', '<>', 'cancelled').execute();
    expect(rows.filter((r) => r.slot === '15:30-16:30')).toHaveLength(2);
    expect(rows.filter((r) => r.slot === '14:30-15:30')).toHaveLength(2);
    expect(new Set(rows.map((r) => r.code)).size).toBe(4);
  });

  it('cancels with the code and the contact’s phone only; the place is free again', async () => {
    const slot = { date: '2026-12-04', theme: 'rights_protection', slot: '09:00-10:00' };
    const r = await bookOnPortal(w, slot);
    expect(await placesLeft(slot.date, slot.slot)).toBe(1);
    const wrong = await portalPost(w, CANCEL, { code: r.code, phone: '13900000000' });
    expect(wrong.statusCode).toBe(404);
    expect(wrong.json().error.message).toBe('未找到与该预约编号和手机号码相符的预约');
    const unknown = await portalPost(w, CANCEL, { code: 'JD-20261204-0099', phone: '13847201234' });
    expect([unknown.statusCode, unknown.json().error.message]).toEqual([404, wrong.json().error.message]);
    expect((await booking(r.code)).status).toBe('booked');

    const ok = await portalPost(w, CANCEL, { code: r.code.toLowerCase(), phone: '13847201234' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ code: r.code, status: 'cancelled' });
    expect(await placesLeft(slot.date, slot.slot)).toBe(2);
    const twice = await portalPost(w, CANCEL, { code: r.code, phone: '13847201234' });
    expect(twice.statusCode).toBe(409);
    // The same enterprise may book the day again once its booking is cancelled.
    await bookOnPortal(w, { ...slot, slot: '10:00-11:00' });
  });

  it('lists a day’s bookings to the center’s staff with phones masked; the full phone is an audited reveal', async () => {
    const res = await w.dispatcher.get(`/api/reception/bookings?centerId=${w.d.center.id}&date=2026-12-01`);
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as { id: string; code: string; contactPhone: string; organizationName: string; source: string; slot: string }[];
    expect(items.map((i) => [i.code, i.slot, i.contactPhone, i.source])).toEqual([
      ['JD-20261201-0001', '09:00-10:00', '138****1234', 'portal'],
      ['JD-20261201-0002', '14:30-15:30', '138****1234', 'portal'],
    ]);
    expect(res.body).not.toContain('13847201234');

    const reveal = await w.dispatcher.post(`/api/reception/bookings/${items[0]!.id}/reveal`, { reason: '回电确认接待时间' });
    expect(reveal.statusCode, reveal.body).toBe(200);
    expect(reveal.json()).toEqual({ contactPhone: '13847201234' });
    expect((await auditRows(w.t, 'reception_booking.reveal'))[0]).toMatchObject({ outcome: 'ok', target_id: items[0]!.id });
    expect((await w.liaison.post(`/api/reception/bookings/${items[0]!.id}/reveal`, { reason: '想看看' })).statusCode).toBe(403);

    expect((await w.grid.get(`/api/reception/bookings?centerId=${w.d.center.id}&date=2026-12-01`)).statusCode).toBe(403);
    // A center's staff read the district's tree: the other center's window sees the bookings but acts on none.
    const other = await w.otherDispatcher.get(`/api/reception/bookings?centerId=${w.d.center.id}&date=2026-12-01`);
    expect(other.statusCode).toBe(200);
    expect(other.json().items.map((i: { actions: string[] }) => i.actions)).toEqual([[], []]);
    expect(res.json().items[0].actions).toEqual(['cancelled', 'register', 'reveal']);
    expect((await w.otherDispatcher.post(`/api/reception/bookings/${items[0]!.id}/status`, { status: 'cancelled' })).statusCode).toBe(403);
    // The host department's liaison sees the bookings of the themes it hosts.
    expect((await w.host.get(`/api/reception/bookings?centerId=${w.d.center.id}&date=2026-12-01`)).json().items).toHaveLength(2);
  });

  it('lets an enterprise liaison book for the enterprises of their station only, and see just those', async () => {
    const forOwn = await w.liaison.post('/api/reception/bookings', {
      centerId: w.d.center.id,
      enterpriseId: w.enterprises.withStation,
      contactName: '钱志强',
      contactPhone: '13604721111',
      topic: '新员工社保转移接续办理流程咨询',
      date: '2026-12-07',
      slot: '10:00-11:00',
    });
    expect(forOwn.statusCode, forOwn.body).toBe(201);
    expect(await booking(forOwn.json().code)).toMatchObject({ organization_name: '包头美科硅能源有限公司', uscc: USCC_STATION, enterprise_id: w.enterprises.withStation });
    const forOther = await w.liaison.post('/api/reception/bookings', {
      centerId: w.d.center.id,
      uscc: USCC_OTHER,
      organizationName: '包头稀土新材料有限公司',
      contactName: '钱志强',
      contactPhone: '13604721111',
      topic: '代其他企业预约',
      date: '2026-12-07',
      slot: '14:30-15:30',
    });
    expect(forOther.statusCode).toBe(403);
    // Staff without a tie to the center cannot book at all.
    const grid = await w.grid.post('/api/reception/bookings', { centerId: w.d.center.id, enterpriseId: w.enterprises.other, contactName: '钱志强', contactPhone: '13604721111', topic: '网格员代为预约', date: '2026-12-07', slot: '14:30-15:30' });
    expect(grid.statusCode).toBe(403);
    const seen = await w.liaison.get(`/api/reception/bookings?centerId=${w.d.center.id}&date=2026-12-07`);
    expect(seen.json().items.map((i: { organizationName: string; bookedByName: string | null }) => [i.organizationName, i.bookedByName])).toEqual([['包头美科硅能源有限公司', '企业联络员']]);
    // The dispatcher sees both bookings of that day.
    expect((await w.dispatcher.get(`/api/reception/bookings?centerId=${w.d.center.id}&date=2026-12-07`)).json().items).toHaveLength(2);
    // A dispatcher booking names the enterprise by registry id or by name and code.
    const byStaff = await w.dispatcher.post('/api/reception/bookings', { centerId: w.d.center.id, organizationName: '包头某机械有限公司', contactName: '孙伟', contactPhone: '13604722222', topic: '电话预约：设备采购合同纠纷', date: '2026-12-08', slot: '09:00-10:00' });
    expect(byStaff.statusCode).toBe(400);
    expect(byStaff.json().error.fields).toEqual({ uscc: '请填写统一社会信用代码' });
  });

  it('records attendance from the reception day on, once', async () => {
    const today = await w.dispatcher.post('/api/reception/bookings', {
      centerId: w.d.center.id,
      enterpriseId: w.enterprises.other,
      contactName: '孙伟',
      contactPhone: '13604722222',
      topic: '电话预约：劳务派遣人员工伤费用承担',
      date: '2026-11-30',
      slot: '15:30-16:30',
    });
    expect(today.statusCode, today.body).toBe(201);
    const id = today.json().id as string;
    const dec7 = (await w.dispatcher.get(`/api/reception/bookings?centerId=${w.d.center.id}&date=2026-12-07`)).json().items as { id: string; organizationName: string }[];
    const future = dec7.find((i) => i.organizationName === '包头美科硅能源有限公司')!.id;
    const early = await w.dispatcher.post(`/api/reception/bookings/${future}/status`, { status: 'attended' });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toBe('接待日到来后才能登记是否到场');
    expect((await w.grid.post(`/api/reception/bookings/${id}/status`, { status: 'attended' })).statusCode).toBe(403);
    const attended = await w.host.post(`/api/reception/bookings/${id}/status`, { status: 'attended' });
    expect(attended.statusCode, attended.body).toBe(200);
    expect(attended.json()).toMatchObject({ status: 'attended', contactPhone: '136****2222', actions: ['register', 'reveal'] });
    const again = await w.dispatcher.post(`/api/reception/bookings/${id}/status`, { status: 'no_show' });
    expect(again.statusCode).toBe(409);
    // The enterprise liaison may cancel their own booking for the enterprise.
    const cancelled = await w.liaison.post(`/api/reception/bookings/${future}/status`, { status: 'cancelled' });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect((await w.liaison.post(`/api/reception/bookings/${future}/status`, { status: 'attended' })).statusCode).toBe(403);
  });
});
