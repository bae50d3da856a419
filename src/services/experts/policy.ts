import { z } from 'zod';
import { DEFAULT_EXPERT_POLICY, type ExpertPolicy } from '../../domain/experts/policy.js';
import { hasRole } from '../../domain/roles.js';
import { conflict, forbidden, invalid } from '../../errors.js';
import type { Actor } from '../actor.js';
import type { ExpertDeps } from './deps.js';

const POLICY_KEY = 'experts';

export const expertPolicySchema = z.object({
  responseWorkingHours: z.number().int().min(1).max(72),
  maxTeamPortal: z.number().int().min(1).max(5),
  maxTeamStaff: z.number().int().min(1).max(10),
  fallback: z.boolean(),
});

/** The matching settings as stored, or the shipped defaults (a stored value that no longer parses falls back to them too). */
export async function expertPolicy(d: ExpertDeps): Promise<{ value: ExpertPolicy; version: number }> {
  const row = await d.policies.policy(POLICY_KEY);
  const parsed = row ? expertPolicySchema.safeParse(row.value) : undefined;
  return { value: parsed?.success ? parsed.data : { ...DEFAULT_EXPERT_POLICY }, version: row?.version ?? 0 };
}

export async function putExpertPolicy(d: ExpertDeps, actor: Actor, version: number, value: ExpertPolicy) {
  if (!hasRole(actor.scope.grants, 'admin')) throw forbidden();
  if (value.maxTeamPortal > value.maxTeamStaff) {
    throw invalid({ 'value.maxTeamPortal': { 'zh-CN': '群众可选专家数不能多于团队人数上限', en: 'The portal pick cannot exceed the team size limit' } });
  }
  const next = await d.policies.putPolicy(POLICY_KEY, value, version, d.clock.now(), actor.userId);
  if (next === null) throw conflict({ current: await expertPolicy(d) });
  return expertPolicy(d);
}
