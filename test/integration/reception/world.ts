import { expect } from 'vitest';
import { usccCheckChar } from '../../../src/domain/identity.js';
import { type Agent, createTestApp, login, type TestApp } from '../../support/app.js';
import { makeDistrict, makeUser, PASSWORD } from '../../support/factories.js';

export const usccOf = (first17: string) => first17 + usccCheckChar(first17);
/** Two enterprises of the registry: one with a station (its liaison books for it), one without. */
export const USCC_STATION = usccOf('91150200MA0N12345');
export const USCC_OTHER = usccOf('91150200MA0N54321');
/** An enterprise that is not in the registry. */
export const USCC_UNKNOWN = usccOf('91150200MA0N99999');

/** Monday 2026-11-30, 09:00 in Beijing. Tuesday 2026-12-01 is the contract day. */
export const NOW = '2026-11-30T09:00:00+08:00';
export const SLOTS = ['09:00-10:00', '10:00-11:00', '14:30-15:30', '15:30-16:30'];

export interface ReceptionWorld {
  t: TestApp;
  d: Awaited<ReturnType<typeof makeDistrict>>;
  /** a second center with its own department */
  other: { center: { id: string }; department: { id: string } };
  station: { id: string };
  enterprises: { withStation: string; other: string };
  admin: Agent;
  director: Agent;
  dispatcher: Agent;
  /** dispatcher of the other center: manages none of the first center's reception days */
  otherDispatcher: Agent;
  /** liaison of the department that hosts the labour theme */
  host: Agent;
  /** liaison of the enterprise station */
  liaison: Agent;
  grid: Agent;
}

export async function receptionWorld(): Promise<ReceptionWorld> {
  const t = await createTestApp({ now: NOW });
  const d = await makeDistrict(t.ctx);
  const units = t.ctx.repos.units;
  const now = t.ctx.clock.now();
  const otherCenter = await units.insert({ parentId: d.district.id, kind: 'center', name: '开发区综治中心', code: '990001-ZZ02' }, now, d.district);
  const otherDepartment = await units.insert(
    { parentId: otherCenter.id, kind: 'department', name: '开发区法庭', code: '990001-BM002', centerId: otherCenter.id, departmentType: 'court', staffingTier: 'rotating', rosterWeekdays: [3] },
    now,
    otherCenter,
  );
  const station = await units.insert({ parentId: d.center.id, kind: 'enterprise_station', name: '美科驻企综治工作站', code: '990001-TJ01', centerId: d.center.id }, now, d.center);
  const db = t.database.db;
  const withStation = await db.insertInto('enterprises').values({ name: '包头美科硅能源有限公司', uscc: USCC_STATION, park: '开发区', station_id: station.id, created_at: now }).returning('id').executeTakeFirstOrThrow();
  const other = await db.insertInto('enterprises').values({ name: '包头稀土新材料有限公司', uscc: USCC_OTHER, park: '开发区', station_id: null, created_at: now }).returning('id').executeTakeFirstOrThrow();

  await makeUser(t.ctx, 'admin1', [{ role: 'admin', unitId: d.district.id }]);
  await makeUser(t.ctx, 'director1', [{ role: 'director', unitId: d.center.id }]);
  await makeUser(t.ctx, 'dispatcher1', [{ role: 'dispatcher', unitId: d.center.id }], { displayName: '窗口登记员' });
  await makeUser(t.ctx, 'dispatcher2', [{ role: 'dispatcher', unitId: otherCenter.id }]);
  await makeUser(t.ctx, 'host1', [{ role: 'department_liaison', unitId: d.department.id }]);
  await makeUser(t.ctx, 'liaison1', [{ role: 'enterprise_liaison', unitId: station.id }], { displayName: '企业联络员' });
  await makeUser(t.ctx, 'grid1', [{ role: 'grid_worker', unitId: d.grid1.id }]);
  const agent = (name: string) => login(t.app, name, PASSWORD);
  return {
    t,
    d,
    other: { center: otherCenter, department: otherDepartment },
    station,
    enterprises: { withStation: withStation.id, other: other.id },
    admin: await agent('admin1'),
    director: await agent('director1'),
    dispatcher: await agent('dispatcher1'),
    otherDispatcher: await agent('dispatcher2'),
    host: await agent('host1'),
    liaison: await agent('liaison1'),
    grid: await agent('grid1'),
  };
}

/** The five themes Monday–Friday; labour is hosted by the district's department, the others too unless `hosts` says otherwise. */
export function week(w: ReceptionWorld, over: { capacity?: number; versions?: number[] } = {}) {
  const themes = ['labour', 'contract', 'property_rights', 'operations', 'rights_protection'] as const;
  return {
    themes: themes.map((theme, i) => ({
      theme,
      weekday: i + 1,
      hostUnitId: w.d.department.id,
      slots: SLOTS,
      capacity: over.capacity ?? 2,
      note: theme === 'labour' ? '人社工作站坐班' : null,
      version: over.versions?.[i] ?? 0,
    })),
  };
}

export async function configure(w: ReceptionWorld, over: { capacity?: number } = {}) {
  const res = await w.director.request('PUT', `/api/reception/themes/${w.d.center.id}`, week(w, over));
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { themes: { theme: string; version: number; weekday: number }[] };
}

let ipSeq = 1;
/** Each portal caller posts from its own address: the limit is per address and the test clock stands still. */
export const freshIp = () => `203.0.113.${ipSeq++ % 250}`;

export function portalBooking(w: ReceptionWorld, over: Record<string, unknown> = {}) {
  return {
    centerId: w.d.center.id,
    organizationName: '包头稀土新材料有限公司',
    uscc: USCC_OTHER,
    contactName: '赵丽娟',
    contactPhone: '13847201234',
    topic: '供应商延迟交货，合同违约金如何主张',
    date: '2026-12-01',
    slot: '09:00-10:00',
    theme: 'contract',
    ...over,
  };
}

export function portalPost(w: ReceptionWorld, url: string, payload: unknown, ip = freshIp(), lang = 'zh-CN') {
  return w.t.app.inject({ method: 'POST', url, payload: payload as object, remoteAddress: ip, headers: { 'accept-language': lang } });
}

export async function bookOnPortal(w: ReceptionWorld, over: Record<string, unknown> = {}) {
  const res = await portalPost(w, '/api/portal/reception/bookings', portalBooking(w, over));
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { code: string; status: string; date: string; slot: string; theme: string; centerName: string; hostUnitName: string | null };
}
