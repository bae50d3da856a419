import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDistrict } from '../../../src/demo/district.js';
import { seedDemo } from '../../../src/demo/seed.js';
import { createTestApp, login, type TestApp } from '../../support/app.js';

/**
 * The demo's reception days, seeded just before the 2027 Spring Festival (春节 02-05..12, make-up
 * day Saturday 02-13): the bookings must still land on reception days, within the places.
 */
describe('demo reception days', () => {
  const NOW = '2027-02-03T10:00:00+08:00';
  let t: TestApp;
  let ids: Map<string, string>;

  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    ids = await seedDemo(t.database.db, generateDistrict(), t.clock.now());
  });
  afterAll(() => t.close());

  it('gives the development-zone center its five themes, each with a department of the center as host', async () => {
    const rows = await t.database.db
      .selectFrom('reception_themes as r')
      .innerJoin('org_units as u', 'u.id', 'r.host_unit_id')
      .select(['r.theme', 'r.weekday', 'r.slots', 'r.capacity', 'u.name', 'u.center_id as u_center', 'r.center_id'])
      .orderBy('r.weekday')
      .execute();
    expect(rows.map((r) => [r.weekday, r.theme])).toEqual([
      [1, 'labour'],
      [2, 'contract'],
      [3, 'property_rights'],
      [4, 'operations'],
      [5, 'rights_protection'],
    ]);
    const devzone = ids.get('center-devzone');
    // Themes of the development-zone center, hosted by its own departments.
    expect(rows.every((r) => r.center_id === devzone && r.u_center === devzone && r.capacity === 2)).toBe(true);
    expect(rows.map((r) => r.name)).toEqual(['昆都仑区人社局驻开发区工作站', expect.stringContaining('律师事务所'), '昆都仑区人民法院开发区法庭', '开发区市场监管所', '开发区司法所']);
    expect(rows[0]!.slots).toEqual(['09:00-10:00', '10:00-11:00', '14:30-15:30', '15:30-16:30']);
  });

  it('books demo enterprises on reception days of the coming weeks, never over a slot’s places', async () => {
    const admin = await login(t.app, 'admin', 'Concord-2026');
    const cal = await admin.get(`/api/reception/calendar?centerId=${ids.get('center-devzone')}&from=2027-01-20&to=2027-03-15`);
    expect(cal.statusCode, cal.body).toBe(200);
    const days = cal.json().days as { date: string; theme: string | null; slots: { slot: string; taken: number; capacity: number }[] }[];
    const bookings = await t.database.db.selectFrom('reception_bookings').selectAll().orderBy('date').execute();
    const upcoming = bookings.filter((b) => b.date > '2027-02-03');
    expect(upcoming.length).toBeGreaterThanOrEqual(10);
    expect(bookings.filter((b) => b.date < '2027-02-03').map((b) => b.status).sort()).toEqual(['attended', 'attended', 'no_show']);
    for (const b of bookings) {
      const day = days.find((d) => d.date === b.date)!;
      expect(day.theme, b.date).toBe(b.theme);
      expect(day.slots.map((s) => s.slot)).toContain(b.slot);
    }
    expect(days.flatMap((d) => d.slots).every((s) => s.taken <= s.capacity)).toBe(true);
    // Every booking sits on its theme's day (checked above), so none in the Spring Festival holidays.
    expect(bookings.filter((b) => b.date >= '2027-02-05' && b.date <= '2027-02-12')).toEqual([]);
    expect(new Set(bookings.map((b) => b.code)).size).toBe(bookings.length);
    // Codes continue from the seeded numbers.
    const first = upcoming[0]!;
    const seq = await t.database.db.selectFrom('reception_booking_sequences').select('last').where('day', '=', first.date).executeTakeFirstOrThrow();
    expect(seq.last).toBe(bookings.filter((b) => b.date === first.date).length);
  });
});
