import { type FollowupPolicy, followupPolicyProblems } from '../../domain/followup/schedule.js';
import { hasRole } from '../../domain/roles.js';
import { conflict, type FieldMessage, forbidden, invalid } from '../../errors.js';
import type { Actor } from '../actor.js';
import type { FollowupDeps } from './deps.js';
import { FOLLOWUP_POLICY_KEY, followupPolicy } from './policy.js';

const PROBLEM_TEXT: Record<string, { 'zh-CN': string; en: string }> = {
  intervalDays: { 'zh-CN': '间隔须满足：高风险 ≤ 中风险 ≤ 低风险', en: 'Intervals must run high ≤ medium ≤ low' },
  escalateAfterDays: { 'zh-CN': '三级督办天数须依次递增，且不超过 90 天', en: 'The three escalation days must increase, at most 90' },
};

function problemText(field: string): { 'zh-CN': string; en: string } {
  if (PROBLEM_TEXT[field]) return PROBLEM_TEXT[field];
  if (field.startsWith('intervalDays.')) return { 'zh-CN': '回访间隔须为 1–366 天', en: 'An interval is 1 to 366 days' };
  return { 'zh-CN': '连续稳定次数须为 1–24 次', en: 'A stable run is 1 to 24 visits' };
}

export function getFollowupPolicy(deps: FollowupDeps) {
  return followupPolicy(deps.policies);
}

/**
 * 回访规则 (admin): intervals per level, stable visits that end a plan, escalation days.
 * Send the version read (0 for the shipped default); a stale one is 409 with the current
 * policy. Problems are 400 naming `value.<field>`. Plans already open keep their due days;
 * the next visit of each is scheduled under the new rules.
 */
export async function putFollowupPolicy(deps: FollowupDeps, actor: Actor, version: number, value: FollowupPolicy) {
  if (!hasRole(actor.scope.grants, 'admin')) throw forbidden();
  const problems = followupPolicyProblems(value);
  if (problems.length) throw invalid(Object.fromEntries(problems.map((p): [string, FieldMessage] => [`value.${p}`, problemText(p)])));
  const next = await deps.policies.putPolicy(FOLLOWUP_POLICY_KEY, value, version, deps.clock.now(), actor.userId);
  if (next === null) throw conflict({ current: await followupPolicy(deps.policies) });
  return followupPolicy(deps.policies);
}
