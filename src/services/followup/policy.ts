import { z } from 'zod';
import { DEFAULT_FOLLOWUP_POLICY, type FollowupPolicy, followupPolicyProblems } from '../../domain/followup/schedule.js';

export const FOLLOWUP_POLICY_KEY = 'followup';

const perLevel = z.object({ high: z.number().int(), medium: z.number().int(), low: z.number().int() });
export const followupPolicySchema = z
  .object({ intervalDays: perLevel, stableVisitsToEnd: perLevel, escalateAfterDays: z.tuple([z.number().int(), z.number().int(), z.number().int()]) })
  .refine((p) => followupPolicyProblems(p).length === 0, { message: 'invalid follow-up policy' });

interface PolicySource {
  policy(key: string): Promise<{ value: unknown; version: number } | undefined>;
}

/** The stored follow-up policy (rules as data), or the shipped default (15 / 30 / 90 days) with version 0. */
export async function followupPolicy(policies: PolicySource): Promise<{ version: number; value: FollowupPolicy }> {
  const row = await policies.policy(FOLLOWUP_POLICY_KEY);
  const parsed = row ? followupPolicySchema.safeParse(row.value) : undefined;
  return { version: row?.version ?? 0, value: parsed?.success ? parsed.data : DEFAULT_FOLLOWUP_POLICY };
}
