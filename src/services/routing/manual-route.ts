import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { type ManualRouteRecord, renderExplanation } from '../../domain/routing/explanation.js';
import { invalid } from '../../errors.js';
import type { CaseRow } from '../../repositories/case-repository.js';
import { RoutingRepository } from '../../repositories/routing-repository.js';
import type { Actor } from '../actor.js';
import type { CaseDeps } from '../cases/deps.js';

/** The rule that routed the case, when its current routing is automatic. */
export async function ruleRoutingOf(deps: CaseDeps, trx: Kysely<DB>, c: CaseRow): Promise<{ ruleId: string; ruleName: string } | null> {
  if (c.status !== 'routed') return null;
  const repo = deps.routing?.repo ?? new RoutingRepository(trx);
  const last = await repo.lastRoutingEvent(c.id, trx);
  if (last?.type !== 'routed' || last.data.mode !== 'rule') return null;
  return { ruleId: String(last.data.ruleId ?? ''), ruleName: String(last.data.ruleName ?? '') };
}

/**
 * The timeline data of a manual route (人工分流). Re-routing a case that a rule routed
 * overrides the rule: that needs a reason, and the explanation records both.
 * Called inside the route transaction; throws (rolling it back) when the reason is missing.
 */
export async function manualRouteData(
  deps: CaseDeps,
  trx: Kysely<DB>,
  c: CaseRow,
  actor: Actor | null,
  target: { unit?: { id: string; name: string } | undefined; user?: { id: string; display_name: string } | undefined },
  reason: string | null,
): Promise<Record<string, unknown>> {
  const overrides = await ruleRoutingOf(deps, trx, c);
  if (overrides && !reason?.trim()) {
    throw invalid({ reason: { 'zh-CN': '该案件由规则自动分流，改派须填写理由', en: 'This case was routed by a rule: give a reason for overriding it' } });
  }
  const record: ManualRouteRecord = {
    mode: 'manual',
    actorName: actor?.displayName ?? '系统',
    unitName: target.unit?.name ?? null,
    userName: target.user?.display_name ?? null,
    reason: reason?.trim() || null,
    overrides,
  };
  return {
    ...record,
    unitId: target.unit?.id ?? null,
    userId: target.user?.id ?? null,
    override: c.status === 'routed',
    explanation: renderExplanation(record, 'zh-CN'),
    explanationEn: renderExplanation(record, 'en'),
  };
}
