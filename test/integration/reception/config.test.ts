import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configure, receptionWorld, type ReceptionWorld, SLOTS, week } from './world.js';

/** Configuration of the five themes of a center (admin or the center's director). */
describe('reception themes: configuration', () => {
  let w: ReceptionWorld;
  beforeAll(async () => {
    w = await receptionWorld();
  });
  afterAll(() => w.t.close());

  const put = (agent = w.director, body: unknown = week(w), centerId = w.d.center.id) => agent.request('PUT', `/api/reception/themes/${centerId}`, body);
  const rows = () => w.t.database.db.selectFrom('reception_themes').selectAll().orderBy('weekday').execute();

  it('lists the five themes unconfigured (version 0) with the departments that can host them', async () => {
    const res = await w.dispatcher.get(`/api/reception/themes?centerId=${w.d.center.id}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.themes.map((t: { theme: string; version: number; weekday: number | null }) => [t.theme, t.version, t.weekday])).toEqual([
      ['labour', 0, null],
      ['contract', 0, null],
      ['property_rights', 0, null],
      ['operations', 0, null],
      ['rights_protection', 0, null],
    ]);
    expect(body.hostOptions).toEqual([{ id: w.d.department.id, name: '甲街道司法所', departmentType: 'judicial_office' }]);
    expect(body).toMatchObject({ canConfigure: false, canManage: true });
  });

  it('refuses a configuration with the field named, changing nothing', async () => {
    const sameDay = week(w);
    sameDay.themes[2]!.weekday = 1;
    const dup = await put(w.director, sameDay);
    expect(dup.statusCode).toBe(400);
    expect(dup.json().error.fields).toEqual({ 'themes.2.weekday': '周一已安排“劳动用工”，同一天只能安排一个主题' });

    const weekend = week(w);
    weekend.themes[4]!.weekday = 6;
    const sat = await w.director.request('PUT', `/api/reception/themes/${w.d.center.id}`, weekend, { 'accept-language': 'en' });
    expect(sat.statusCode).toBe(400);
    expect(sat.json().error.fields).toEqual({ 'themes.4.weekday': 'A reception day must be Monday to Friday' });

    const slots = week(w);
    slots.themes[0]!.slots = ['09:00-10:00', '09:30-10:30', '18:00-19:00', '9点'];
    const bad = await put(w.director, slots);
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['themes.0.slots.1', 'themes.0.slots.2', 'themes.0.slots.3']);

    const foreignHost = week(w);
    foreignHost.themes[1]!.hostUnitId = w.other.department.id;
    const host = await put(w.director, foreignHost);
    expect(host.statusCode).toBe(400);
    expect(host.json().error.fields).toEqual({ 'themes.1.hostUnitId': '承办单位须为本中心入驻的部门' });

    const four = week(w);
    four.themes.pop();
    const missing = await put(w.director, four);
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields.themes).toContain('维权服务');

    expect(await rows()).toEqual([]);
  });

  it('lets only an admin or the center’s director configure', async () => {
    expect((await put(w.dispatcher)).statusCode).toBe(403);
    expect((await put(w.host)).statusCode).toBe(403);
    // The other center's staff cannot configure this center, nor a director of theirs.
    expect((await put(w.otherDispatcher)).statusCode).toBe(403);
    expect(await rows()).toEqual([]);
    expect((await put(w.director, week(w), w.d.department.id)).statusCode).toBe(404);
  });

  it('saves all five themes at once and bumps each version', async () => {
    const saved = await configure(w);
    expect(saved.themes.map((t) => [t.theme, t.weekday, t.version])).toEqual([
      ['labour', 1, 1],
      ['contract', 2, 1],
      ['property_rights', 3, 1],
      ['operations', 4, 1],
      ['rights_protection', 5, 1],
    ]);
    const stored = await rows();
    expect(stored).toHaveLength(5);
    expect(stored[0]).toMatchObject({ theme: 'labour', weekday: 1, host_unit_id: w.d.department.id, slots: SLOTS, capacity: 2, note: '人社工作站坐班' });

    // Swapping two weekdays is one consistent change.
    const swap = week(w, { versions: [1, 1, 1, 1, 1] });
    swap.themes[0]!.weekday = 2;
    swap.themes[1]!.weekday = 1;
    swap.themes[1]!.slots = ['14:30-15:30', '09:00-10:00'];
    const res = await put(w.admin, swap);
    expect(res.statusCode, res.body).toBe(200);
    const labour = res.json().themes.find((t: { theme: string }) => t.theme === 'labour');
    expect(labour).toMatchObject({ weekday: 2, version: 2, hostUnitName: '甲街道司法所' });
    expect(res.json().themes.find((t: { theme: string }) => t.theme === 'contract').slots).toEqual(['09:00-10:00', '14:30-15:30']);
  });

  it('answers 409 with the current configuration when a theme changed since it was read, writing nothing', async () => {
    const before = await rows();
    // Versions read before the swap above: every theme is at 2 now.
    const stale = week(w, { versions: [1, 1, 1, 1, 1], capacity: 5 });
    const res = await put(w.director, stale);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('conflict');
    expect(res.json().error.current.themes[0]).toMatchObject({ theme: 'labour', version: 2 });
    expect(await rows()).toEqual(before);
    // A theme "not configured yet" (version 0) that exists meanwhile is a conflict too.
    expect((await put(w.director, week(w))).statusCode).toBe(409);
    // With the current versions the change goes through.
    const ok = await put(w.director, week(w, { versions: [2, 2, 2, 2, 2], capacity: 5 }));
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().themes.map((t: { capacity: number; version: number }) => [t.capacity, t.version])).toEqual(Array(5).fill([5, 3]));
  });
});
