import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { FAMILY_NO_RISK_ANSWERS } from '../../../src/domain/risk/family-checklist.js';
import { type Agent, login } from '../../support/app.js';
import { makeUser, PASSWORD } from '../../support/factories.js';
import { bj, type CaseJson, type CaseWorld, caseInHandling, caseWorld, ok, relogin } from '../cases/helpers.js';

/** Answers of the shipped family checklist that score low (every item 'no'). */
export const LOW_ANSWERS = FAMILY_NO_RISK_ANSWERS;
/** 12 + 12 = 24 points: medium (medium from 20). */
export const MEDIUM_ANSWERS = { ...LOW_ANSWERS, separation: 'long', property: 'serious' };
/** A threat sets the floor at high whatever the sum. */
export const HIGH_ANSWERS = { ...LOW_ANSWERS, threats: 'yes' };

export interface FollowupWorld extends CaseWorld {
  /** 单元长 of grid1: grid trio with the grid worker */
  unitHead: Agent;
  /** the grid worker of grid2 (same community, another grid) */
  otherGrid: Agent;
  /** the lead of grid1's community (second escalation step) */
  communityLead: Agent;
  more: Record<'unitHead' | 'otherGrid' | 'communityLead', string>;
}

export async function followupWorld(now = '2026-03-02T09:00:00+08:00'): Promise<FollowupWorld> {
  const w = await caseWorld({ now });
  const ctx = w.t.ctx;
  const unitHead = await makeUser(ctx, 'unithead1', [{ role: 'unit_head', unitId: w.d.grid1.id }], { displayName: '单元长' });
  const otherGrid = await makeUser(ctx, 'grid2', [{ role: 'grid_worker', unitId: w.d.grid2.id }], { displayName: '二网格网格员' });
  const communityLead = await makeUser(ctx, 'commlead', [{ role: 'grid_worker', unitId: w.d.communityA.id }], { displayName: '社区网格长' });
  await w.t.database.db.updateTable('org_units').set({ lead_user_id: communityLead.id }).where('id', '=', w.d.communityA.id).execute();
  return {
    ...w,
    unitHead: await login(w.t.app, 'unithead1', PASSWORD),
    otherGrid: await login(w.t.app, 'grid2', PASSWORD),
    communityLead: await login(w.t.app, 'commlead', PASSWORD),
    more: { unitHead: unitHead.id, otherGrid: otherGrid.id, communityLead: communityLead.id },
  };
}

/** Signs everyone in again after a clock jump past the session lifetime. */
export async function reloginAll(w: FollowupWorld): Promise<void> {
  await relogin(w);
  for (const [key, username] of [
    ['unitHead', 'unithead1'],
    ['otherGrid', 'grid2'],
    ['communityLead', 'commlead'],
  ] as const) {
    const fresh = await login(w.t.app, username, PASSWORD);
    w[key].cookie = fresh.cookie;
    w[key].csrfToken = fresh.csrfToken;
  }
}

/** Moves the clock (sessions re-made) and runs the due jobs through the dev clock. */
export async function clockTo(w: FollowupWorld, local: string): Promise<string[]> {
  w.t.clock.set(bj(local));
  await reloginAll(w);
  const res = await w.admin.post('/api/dev/clock', { now: `${local}+08:00` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().jobsRun as string[];
}

/** A family case of grid1 in handling with the department's mediator. */
export function familyCase(w: CaseWorld): Promise<CaseJson> {
  return caseInHandling(w, { category: 'family', gridId: w.d.grid1.id, description: '夫妻因家务琐事多次争吵，女方回娘家居住，双方就子女抚养产生分歧。' });
}

export function resolve(w: CaseWorld, c: CaseJson, extra: Record<string, unknown> = {}) {
  return ok(w.mediator, c.id, { action: 'resolve', outcome: 'agreement', note: '双方达成和解协议', version: c.version, ...extra });
}

export interface PlanJson {
  id: string;
  caseId: string | null;
  level: string;
  status: string;
  stableRun: number;
  version: number;
  endReason: string | null;
  visits: { id: string; seq: number; dueOn: string; status: string; overdueDays: number; onTime: boolean | null; doneOn: string | null; levelBefore: string; levelAfter: string | null; stability: string | null; hasPhoto: boolean; escalationLevel: number; reboundCaseId: string | null }[];
  events: { type: string; reason: string | null; data: Record<string, unknown> }[];
  referrals: { id: string; resourceId: string; visitId: string | null; status: string }[];
  canRecord: boolean;
  canEnd: boolean;
}

export async function planOfCase(agent: Agent, caseId: string): Promise<PlanJson> {
  const res = await agent.get(`/api/cases/${caseId}/followup`);
  expect(res.statusCode, res.body).toBe(200);
  const plans = res.json().plans as PlanJson[];
  expect(plans.length).toBeGreaterThan(0);
  return plans[0]!;
}

export async function getPlan(agent: Agent, planId: string): Promise<PlanJson> {
  const res = await agent.get(`/api/followup/plans/${planId}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as PlanJson;
}

export const openVisit = (p: PlanJson) => p.visits.find((v) => v.status === 'due');

export function visitBody(over: Record<string, unknown> = {}) {
  return { clientId: randomUUID(), mode: 'in_person', stability: 'stable', notes: '入户回访，双方关系平稳，未再发生争吵。', ...over };
}

export function recordVisit(agent: Agent, visitId: string, body: Record<string, unknown>) {
  return agent.post(`/api/followup/visits/${visitId}/record`, body);
}

/** A tiny valid PNG (1×1). */
export const PNG_1x1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
