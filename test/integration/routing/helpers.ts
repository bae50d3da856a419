import { expect } from 'vitest';
import type { Agent } from '../../support/app.js';
import { login } from '../../support/app.js';
import { makeUser, PASSWORD } from '../../support/factories.js';
import { type CaseJson, type CaseWorld, caseWorld } from '../cases/helpers.js';

export interface CaseRoutingJson {
  mode: 'rule' | 'manual' | 'unmatched' | null;
  ruleId: string | null;
  ruleName: string | null;
  explanation: string;
  at: string;
}
export type RoutedCase = CaseJson & { routing: CaseRoutingJson | null };

export interface RoutingWorld extends CaseWorld {
  /** 人社局驻中心工作站: rotating, at the center on Wednesdays */
  hr: { id: string };
  /** a mediation station in community A */
  station: { id: string };
  hrLiaison: Agent;
  more: Record<'hrLiaison' | 'stationMediator' | 'stationMediator2', string>;
}

/** The small test district plus a rotating department and a station, with their handlers. Monday 2026-03-02 09:00 by default. */
export async function routingWorld(opts: { now?: string } = {}): Promise<RoutingWorld> {
  const w = await caseWorld(opts);
  const ctx = w.t.ctx;
  const now = ctx.clock.now();
  const hr = await ctx.repos.units.insert(
    { parentId: w.d.center.id, kind: 'department', name: '人社局驻中心工作站', code: '990001-BM002', centerId: w.d.center.id, departmentType: 'human_resources', staffingTier: 'rotating', rosterWeekdays: [3] },
    now,
    w.d.center,
  );
  const station = await ctx.repos.units.insert({ parentId: w.d.communityA.id, kind: 'station', name: '甲一调解工作站', code: '990001-TJ01', centerId: w.d.center.id }, now, w.d.communityA);
  const hrLiaison = await makeUser(ctx, 'hr1', [{ role: 'department_liaison', unitId: hr.id }], { displayName: '人社联络员' });
  const sm1 = await makeUser(ctx, 'station1', [{ role: 'mediator', unitId: station.id }], { displayName: '驻站调解员甲' });
  const sm2 = await makeUser(ctx, 'station2', [{ role: 'mediator', unitId: station.id }], { displayName: '驻站调解员乙' });
  return {
    ...w,
    hr: { id: hr.id },
    station: { id: station.id },
    hrLiaison: await login(w.t.app, 'hr1', PASSWORD),
    more: { hrLiaison: hrLiaison.id, stationMediator: sm1.id, stationMediator2: sm2.id },
  };
}

export interface RuleJson {
  id: string;
  name: string;
  position: number;
  enabled: boolean;
  version: number;
  centerId: string | null;
  conditions: Record<string, unknown>;
  target: { unitId: string; assign: string; userIds: string[] };
  targetUnitName: string | null;
  editable: boolean;
}

export async function addRule(agent: Agent, body: Record<string, unknown>): Promise<RuleJson> {
  const res = await agent.post('/api/routing/rules', body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as RuleJson;
}

export async function clearRules(w: CaseWorld): Promise<void> {
  await w.t.database.db.deleteFrom('routing_rules').execute();
  await w.t.database.db.deleteFrom('reception_themes').execute();
  await w.t.database.db.deleteFrom('duty_shifts').execute();
}

export async function routed(agent: Agent, id: string, lang = 'zh-CN'): Promise<RoutedCase> {
  const res = await agent.request('GET', `/api/cases/${id}`, undefined, { 'accept-language': lang });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as RoutedCase;
}

export const autoEvent = (c: CaseJson) => c.timeline.find((e) => e.type === 'routed' || e.type === 'routing_unmatched');
