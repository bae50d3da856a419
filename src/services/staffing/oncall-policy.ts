import { z } from 'zod';
import { DEFAULT_ONCALL_POLICY, MAX_RESPOND_HOURS, type OncallPolicy } from '../../domain/routing/oncall.js';
import { hasRole } from '../../domain/roles.js';
import { conflict, forbidden } from '../../errors.js';
import type { Actor } from '../actor.js';
import type { StaffingDeps } from './deps.js';

const KEY = 'oncall';

export const oncallPolicySchema = z.object({ respondWithinWorkingHours: z.number().int().min(1).max(MAX_RESPOND_HOURS) });

/** The stored on-call policy (rules as data), or the shipped default (4 working hours) with version 0. */
export async function oncallPolicy(deps: Pick<StaffingDeps, 'policies'>): Promise<{ version: number; value: OncallPolicy }> {
  const row = await deps.policies.policy(KEY);
  const parsed = row ? oncallPolicySchema.safeParse(row.value) : undefined;
  return { version: row?.version ?? 0, value: parsed?.success ? parsed.data : DEFAULT_ONCALL_POLICY };
}

/** Admin only; `version` is the one read (0 for the shipped default), else 409 with the current policy. */
export async function putOncallPolicy(deps: StaffingDeps, actor: Actor, version: number, value: OncallPolicy) {
  if (!hasRole(actor.scope.grants, 'admin')) throw forbidden();
  const next = await deps.policies.putPolicy(KEY, value, version, deps.clock.now(), actor.userId);
  if (next === null) throw conflict({ current: await oncallPolicy(deps) });
  return oncallPolicy(deps);
}
