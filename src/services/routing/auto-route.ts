import { nextStatus } from '../../domain/case/lifecycle.js';
import { renderExplanation, type RuleRouteRecord, type UnmatchedRecord } from '../../domain/routing/explanation.js';
import type { CaseRow } from '../../repositories/case-repository.js';
import { clockRules, type ClockRules, syncDeadlines } from '../cases/deadline-sync.js';
import type { CaseDeps } from '../cases/deps.js';
import { notifyAssignee } from '../cases/route-notice.js';
import { decideRoute } from './decide.js';
import type { CaseRoutingDeps } from './deps.js';
import type { CaseFactsInput } from './facts.js';

/** How automatic routing signs its timeline events. */
export const AUTO_ROUTER_NAME = '系统（自动分流）';

export function caseFactsOf(c: CaseRow, requesterKinds: readonly string[]): CaseFactsInput {
  return {
    centerId: c.center_id,
    category: c.category,
    subcategory: c.subcategory,
    channel: c.channel,
    streetId: c.street_id,
    communityId: c.community_id,
    gridId: c.grid_id,
    amountFen: c.amount_fen === null ? null : Number(c.amount_fen),
    peopleCount: c.people_count,
    urgency: c.urgency,
    requesterKinds,
  };
}

/**
 * Runs after a registration has committed: the rules of the case's center decide
 * the handler. A match routes the case in its own transaction (only if nobody acted
 * on it meanwhile); no match, a vanished target or any failure leaves it
 * `registered` in the dispatcher queue with a `routing_unmatched` event saying why
 * (a center that keeps no enabled rules routes by hand only, and gets no event).
 * Never throws: the registration stands whatever happens here.
 */
export async function autoRouteAfterRegistration(deps: CaseDeps, c: CaseRow): Promise<void> {
  if (!deps.routing) return;
  const d = deps as CaseRoutingDeps;
  const now = d.clock.now();
  try {
    const decision = await decideRoute(d, caseFactsOf(c, await d.routing.repo.applicantKinds(c.id)), now);
    if (decision.record.mode === 'rule') await applyRuleRoute(d, await clockRules(d), c.id, decision.record, now);
    // A center without enabled rules routes by hand only: nothing to explain.
    else if (decision.record.cause !== 'no_match' || decision.record.considered > 0) await recordUnmatched(d, c.id, decision.record, now);
  } catch (err) {
    // Identifiers only: the error may quote values of the case.
    const e = err as { name?: string; code?: string };
    d.routing.log.warn({ caseId: c.id, code: c.code, error: e?.name ?? 'Error', pgCode: e?.code }, 'automatic routing failed; the case waits in the dispatcher queue');
    await recordUnmatched(d, c.id, { mode: 'unmatched', cause: 'error', considered: 0 }, now).catch((again: { name?: string }) =>
      d.routing.log.error({ caseId: c.id, error: again?.name ?? 'Error' }, 'could not record the failed automatic routing'),
    );
  }
}

/** Routes the case as the rule decided, if it is still waiting for routing. */
async function applyRuleRoute(deps: CaseRoutingDeps, rules: ClockRules, caseId: string, r: RuleRouteRecord, now: Date): Promise<CaseRow | null> {
  return deps.db.transaction().execute(async (trx) => {
    const c = await deps.cases.forUpdate(trx, caseId);
    if (!c || c.status !== 'registered') return null;
    const to = nextStatus({ status: 'registered', paused: c.paused }, 'route');
    if (to === null) return null;
    const picked = r.pick.picked;
    const updated = await deps.cases.update(trx, c.id, { status: to, handling_unit_id: r.unitId, assignee_id: picked?.userId ?? null }, now);
    await deps.cases.appendEvent(trx, c.id, {
      type: 'routed',
      fromStatus: c.status,
      toStatus: to,
      actorId: null,
      actorName: AUTO_ROUTER_NAME,
      at: now,
      data: { ...r, userId: picked?.userId ?? null, userName: picked?.name ?? null, explanation: renderExplanation(r, 'zh-CN'), explanationEn: renderExplanation(r, 'en') },
    });
    await notifyAssignee(deps, trx, updated, null, now);
    await syncDeadlines(deps, rules, trx, updated, now);
    return updated;
  });
}

/** A non-status event: the case stays in the dispatcher queue, and the timeline says why. */
async function recordUnmatched(deps: CaseRoutingDeps, caseId: string, r: UnmatchedRecord, now: Date): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const c = await deps.cases.forUpdate(trx, caseId);
    if (!c || c.status !== 'registered') return;
    await deps.cases.appendEvent(trx, c.id, { type: 'routing_unmatched', actorId: null, actorName: AUTO_ROUTER_NAME, at: now, data: { ...r, explanation: renderExplanation(r, 'zh-CN'), explanationEn: renderExplanation(r, 'en') } });
  });
}
