import { expect } from 'vitest';
import { type Agent, login } from '../../support/app.js';
import { makeUser, PASSWORD } from '../../support/factories.js';
import { type CaseWorld, caseInHandling, caseWorld } from '../cases/helpers.js';

export interface AssistanceWorld extends CaseWorld {
  /** the 妇联 under the center: provider of the counselling resource */
  women: { id: string; path: string };
  /** its liaison */
  liaison: Agent;
  liaisonId: string;
  /** the grid worker of the other street's grid (gridB): sees nothing of grid1 */
  otherGrid: Agent;
  /** a household profile in grid1 */
  householdId: string;
  /** a household profile in gridB */
  otherHouseholdId: string;
}

/** The case world plus a provider department with its liaison, a grid worker elsewhere and two household profiles. */
export async function assistanceWorld(): Promise<AssistanceWorld> {
  const w = await caseWorld();
  const now = w.t.clock.now();
  const women = await w.t.ctx.repos.units.insert(
    { parentId: w.d.center.id, kind: 'department', name: '测试区妇女联合会', code: '990001-BM002', centerId: w.d.center.id, departmentType: 'womens_federation', staffingTier: 'on_call' },
    now,
    w.d.center,
  );
  const liaison = await makeUser(w.t.ctx, 'women1', [{ role: 'department_liaison', unitId: women.id }], { displayName: '妇联联络员' });
  await makeUser(w.t.ctx, 'gridb1', [{ role: 'grid_worker', unitId: w.d.gridB.id }], { displayName: '乙网格员' });
  const household = async (gridId: string, address: string, head: string) =>
    (
      await w.t.database.db
        .insertInto('household_profiles')
        .values({ grid_id: gridId, address, head_name: head, members: '[]', risk_level: 'medium', created_at: now, updated_at: now })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  return {
    ...w,
    women: { id: women.id, path: women.path },
    liaison: await login(w.t.app, 'women1', PASSWORD),
    liaisonId: liaison.id,
    otherGrid: await login(w.t.app, 'gridb1', PASSWORD),
    householdId: await household(w.d.grid1.id, '甲街道幸福小区3栋2单元501', '赵国庆'),
    otherHouseholdId: await household(w.d.gridB.id, '乙街道和平里7号楼402', '钱秀兰'),
  };
}

export function resourceBody(over: Record<string, unknown> = {}) {
  return { kind: 'counselling', name: '婚姻家庭心理疏导', provider: '测试区妇女联合会', contactPhone: '0472-5123456', description: '为婚姻家庭矛盾当事人提供一对一心理疏导', ...over };
}

export async function createResource(agent: Agent, over: Record<string, unknown> = {}) {
  const res = await agent.post('/api/assistance/resources', resourceBody(over));
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; version: number; active: boolean; centerId: string | null; canEdit: boolean };
}

/** A case of grid1 being handled by the department's mediator. */
export function gridCase(w: AssistanceWorld) {
  return caseInHandling(w, { category: 'family', description: '夫妻因家务分担和子女教育长期争吵，女方要求离婚，双方矛盾激烈。', gridId: w.d.grid1.id });
}

export interface ReferralJson {
  id: string;
  status: string;
  version: number;
  outcome: string | null;
  closedAt: string | null;
  next: string[];
  caseId: string | null;
  householdId: string | null;
  household: { headName: string; address: string } | null;
  resource: { id: string; kind: string };
}
