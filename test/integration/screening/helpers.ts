import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { FAMILY_CHECKLIST_V1 } from '../../../src/domain/risk/family-checklist.js';
import type { Actor } from '../../../src/services/actor.js';
import { type Agent, createTestApp, login, type TestApp } from '../../support/app.js';
import { makeDistrict, makeUser, PASSWORD } from '../../support/factories.js';

export type District = Awaited<ReturnType<typeof makeDistrict>>;

/** Monday 2026-04-06, 09:00 in Beijing. */
export const NOW = '2026-04-06T09:00:00+08:00';
export const TODAY = '2026-04-06';

export interface ScreeningWorld {
  t: TestApp;
  d: District;
  admin: Agent;
  director: Agent;
  dispatcher: Agent;
  /** a mediator at the center: works the whole district from the desk */
  mediator: Agent;
  /** the grid worker of grid1 (the demo 'grid' account's kind of user) */
  grid: Agent;
  /** the building head (楼栋长) of grid1: the grid trio too */
  buildingHead: Agent;
  /** the grid worker of gridB, in the other street */
  gridB: Agent;
  /** a department liaison: no follow-up territory */
  liaison: Agent;
  ids: Record<'admin' | 'director' | 'dispatcher' | 'mediator' | 'grid' | 'buildingHead' | 'gridB' | 'liaison', string>;
}

/**
 * The small test district with registered households per grid (grid1 4, grid2 3,
 * gridB 5) and one user per role that screening involves.
 */
export async function screeningWorld(): Promise<ScreeningWorld> {
  const t = await createTestApp({ now: NOW, env: { CONCORD_SESSION_IDLE_MINUTES: '1440', CONCORD_SESSION_ABSOLUTE_HOURS: '168' } });
  const d = await makeDistrict(t.ctx);
  for (const [id, households] of [
    [d.grid1.id, 4],
    [d.grid2.id, 3],
    [d.gridB.id, 5],
  ] as const) {
    await t.database.db.updateTable('org_units').set({ households }).where('id', '=', id).execute();
  }
  const users = {
    admin: await makeUser(t.ctx, 'admin1', [{ role: 'admin', unitId: d.district.id }], { displayName: '管理员' }),
    director: await makeUser(t.ctx, 'director1', [{ role: 'director', unitId: d.center.id }], { displayName: '中心主任' }),
    dispatcher: await makeUser(t.ctx, 'dispatcher1', [{ role: 'dispatcher', unitId: d.center.id }], { displayName: '窗口受理员' }),
    mediator: await makeUser(t.ctx, 'mediator1', [{ role: 'mediator', unitId: d.center.id }], { displayName: '中心调解员' }),
    grid: await makeUser(t.ctx, 'grid1', [{ role: 'grid_worker', unitId: d.grid1.id }], { displayName: '网格员甲' }),
    buildingHead: await makeUser(t.ctx, 'bh1', [{ role: 'building_head', unitId: d.grid1.id }], { displayName: '楼栋长甲' }),
    gridB: await makeUser(t.ctx, 'gridb1', [{ role: 'grid_worker', unitId: d.gridB.id }], { displayName: '网格员乙' }),
    liaison: await makeUser(t.ctx, 'liaison1', [{ role: 'department_liaison', unitId: d.department.id }], { displayName: '司法所联络员' }),
  };
  const agent = (name: string) => login(t.app, name, PASSWORD);
  return {
    t,
    d,
    admin: await agent('admin1'),
    director: await agent('director1'),
    dispatcher: await agent('dispatcher1'),
    mediator: await agent('mediator1'),
    grid: await agent('grid1'),
    buildingHead: await agent('bh1'),
    gridB: await agent('gridb1'),
    liaison: await agent('liaison1'),
    ids: Object.fromEntries(Object.entries(users).map(([k, u]) => [k, u.id])) as ScreeningWorld['ids'],
  };
}

/** The caller behind an agent, as the services see it. */
export function actorOf(w: ScreeningWorld, agent: Agent): Promise<Actor> {
  return w.t.ctx.services.auth.authenticate(agent.cookie.replace(/^concord_session=/, ''));
}

/** Every item answered 'no': a low-risk household. */
export function lowAnswers(): Record<string, string> {
  return Object.fromEntries(FAMILY_CHECKLIST_V1.items.map((i) => [i.code, 'no']));
}
/** Long separation and a bitter property dispute: 24 points, medium. */
export const mediumAnswers = (): Record<string, string> => ({ ...lowAnswers(), separation: 'long', property: 'serious' });
/** Confirmed violence: high whatever the sum. */
export const highAnswers = (): Record<string, string> => ({ ...lowAnswers(), violence: 'confirmed' });

export interface CampaignJson {
  id: string;
  name: string;
  status: string;
  version: number;
  startsOn: string;
  endsOn: string;
  checklist: { id: string; code: string; version: number; items: { code: string }[] };
  totals: { grids: number; targetHouseholds: number; screened: number; flagged: number; coverage: number; overdueGrids: number; expectedProgress: number; ended: boolean };
  canManage: boolean;
  canRecord: boolean;
}

export async function openCampaign(agent: Agent, body: Record<string, unknown>): Promise<CampaignJson> {
  const res = await agent.post('/api/screening/campaigns', { name: '婚恋家庭矛盾纠纷专项排查', startsOn: '2026-04-01', endsOn: '2026-04-21', ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as CampaignJson;
}

export function screeningBody(gridId: string, over: Record<string, unknown> = {}) {
  return { clientId: randomUUID(), gridId, address: `景泰花园${Math.floor(Math.random() * 9) + 1}栋${randomUUID().slice(0, 4)}室`, headName: '张建军', answers: lowAnswers(), ...over };
}

export interface ScreeningResultJson {
  screening: { id: string; gridId: string; householdId: string | null; address: string; level: string; score: number };
  household: { id: string; level: string; address: string; headPhone: string | null; plan: { id: string; level: string | null; nextDueOn: string | null } | null; version: number } | null;
  reasons: { item: string }[];
  replayed: boolean;
}

export async function screen(agent: Agent, campaignId: string, body: Record<string, unknown>): Promise<ScreeningResultJson> {
  const res = await agent.post(`/api/screening/campaigns/${campaignId}/screenings`, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as ScreeningResultJson;
}
