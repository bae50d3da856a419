import type { Updateable } from 'kysely';
import type { CaseTable } from '../../db/schema.js';
import { type CaseAction, type CaseStatus, CONCLUDED, decide, feedbackReopens, nextStatus, type Outcome, type ReferralDestination, type Satisfaction } from '../../domain/case/lifecycle.js';
import { type ArchiveRules, archiveGaps } from '../../domain/case/policy.js';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError, forbidden, invalid, notFound } from '../../errors.js';
import type { CaseRow } from '../../repositories/case-repository.js';
import type { Actor } from '../actor.js';
import { callerFacts } from './caller.js';
import type { CaseDeps } from './deps.js';
import { visibleCase } from './visible-case.js';
import { clockRules, syncDeadlines } from './deadline-sync.js';
import { notifyAssignee } from './route-notice.js';
import { manualRouteData } from '../routing/manual-route.js';
import { prepareResolvePlan } from '../followup/plan-on-resolve.js';

export type ActionInput =
  | { action: 'route'; version?: number; unitId?: string | null; userId?: string | null; reason?: string | null }
  | { action: 'accept' | 'start' | 'resume' | 'archive'; version?: number }
  | { action: 'return' | 'pause' | 'withdraw' | 'reopen'; version?: number; reason: string }
  | { action: 'resolve'; version?: number; outcome: Outcome; note: string; riskAnswers?: Record<string, string> }
  | { action: 'refer'; version?: number; destination: ReferralDestination; note?: string | null; unitId?: string | null; reason: string }
  | { action: 'feedback'; version?: number; satisfaction: Satisfaction; solved?: boolean; note?: string | null; source?: 'phone' | 'staff' | 'portal' };

const EVENT_OF: Record<CaseAction, string> = {
  route: 'routed',
  accept: 'accepted',
  return: 'returned',
  start: 'started',
  pause: 'paused',
  resume: 'resumed',
  resolve: 'resolved',
  refer: 'referred',
  withdraw: 'withdrawn',
  feedback: 'feedback',
  archive: 'archived',
  reopen: 'reopened',
};

/** An action refused because of the case's state: 409 with the fresh case for the caller to redraw. */
export class CaseConflict extends AppError {}

/**
 * One transition of the case lifecycle (SPEC §5), atomic: lock the row, check the
 * version the caller saw, ask the state machine, apply, write one timeline event,
 * re-evaluate the clocks. A party's "not solved" or a dissatisfied rating reopens
 * the case in the same transaction, as a second event.
 */
export async function actOnCase(deps: CaseDeps, actor: Actor | null, caseId: string, input: ActionInput) {
  const now = deps.clock.now();
  // The public portal (no actor) may only give feedback.
  if (!actor && input.action !== 'feedback') throw forbidden();
  // Outside the transaction: is the case there, and may the caller see it?
  if (actor) await visibleCase(deps, actor, caseId);
  const routeTarget = input.action === 'route' ? await checkRouteTarget(deps, input) : null;
  if (input.action === 'refer' && input.unitId && !(await deps.units.get(null, input.unitId))) throw invalid({ unitId: { 'zh-CN': '转办单位不存在', en: 'Unknown destination unit' } });
  const rules = await clockRules(deps);
  // 化解 opens the follow-up plan; its risk answers are checked here, before anything is written.
  const followup = actor && input.action === 'resolve' ? await prepareResolvePlan(deps, actor, input.riskAnswers) : null;

  return deps.db.transaction().execute(async (trx) => {
    const c = await deps.cases.forUpdate(trx, caseId);
    if (!c) throw notFound();
    if (input.version !== undefined && input.version !== c.version) throw new CaseConflict(409, 'conflict', 'conflict', {}, undefined, { caseId });
    const facts = {
      status: c.status as CaseStatus,
      paused: c.paused,
      assigneeId: c.assignee_id,
      handlingUnitId: c.handling_unit_id,
      hasFeedback: c.satisfaction !== null,
    };
    const to = nextStatus(facts, input.action);
    if (to === null) throw new CaseConflict(409, 'invalid_transition', 'invalid_transition', { action: `label:action.${input.action}`, status: `label:status.${c.status}` }, undefined, { caseId });
    if (actor && !decide(facts, input.action, callerFacts(actor)).ok) throw forbidden();

    const patch: Updateable<CaseTable> = { status: to };
    const data: Record<string, unknown> = {};
    let reason: string | null = 'reason' in input ? input.reason ?? null : null;

    switch (input.action) {
      case 'route': {
        patch.handling_unit_id = routeTarget!.unit?.id ?? null;
        patch.assignee_id = routeTarget!.user?.id ?? null;
        // Overriding a rule's routing needs a reason (400 otherwise); the explanation records it.
        Object.assign(data, await manualRouteData(deps, trx, c, actor, routeTarget!, reason));
        break;
      }
      case 'accept':
        if (!c.accepted_at) patch.accepted_at = now;
        if (!c.assignee_id && actor) patch.assignee_id = actor.userId;
        break;
      case 'return':
        patch.assignee_id = null;
        patch.handling_unit_id = null;
        break;
      case 'pause':
        patch.paused = true;
        patch.pause_reason = input.reason;
        break;
      case 'resume':
        patch.paused = false;
        patch.pause_reason = null;
        break;
      case 'resolve':
        patch.outcome = input.outcome;
        patch.outcome_note = input.note;
        patch.concluded_at = now;
        patch.satisfaction = null;
        Object.assign(data, { outcome: input.outcome, note: input.note });
        break;
      case 'refer':
        patch.referral_destination = input.destination;
        patch.referral_note = input.note ?? null;
        // The destination unit (a court, a bureau), checked before the transaction; the receipt comes later.
        patch.referral_unit_id = input.unitId ?? null;
        patch.concluded_at = now;
        patch.satisfaction = null;
        Object.assign(data, { destination: input.destination, note: input.note ?? null });
        break;
      case 'withdraw':
        patch.concluded_at = now;
        patch.paused = false;
        break;
      case 'feedback':
        patch.satisfaction = input.satisfaction;
        Object.assign(data, { satisfaction: input.satisfaction, solved: input.solved ?? true, note: input.note ?? null, source: input.source ?? (actor ? 'staff' : 'portal') });
        break;
      case 'archive': {
        const gaps = await gapsOf(deps, c, rules.policy.value.archiveRules, trx);
        if (gaps.length) throw new CaseConflict(409, 'archive_incomplete', 'archive_incomplete', {}, undefined, { caseId, gaps });
        patch.archived_at = now;
        break;
      }
      case 'reopen':
        patch.satisfaction = null;
        data.trigger = 'manual';
        break;
    }

    let updated = await deps.cases.update(trx, c.id, patch, now);
    await deps.cases.appendEvent(trx, c.id, {
      type: EVENT_OF[input.action],
      fromStatus: input.action === 'feedback' || input.action === 'pause' || input.action === 'resume' ? null : c.status,
      toStatus: input.action === 'feedback' || input.action === 'pause' || input.action === 'resume' ? null : to,
      actorId: actor?.userId ?? null,
      actorName: actor?.displayName ?? '当事人（网上评价）',
      at: now,
      reason,
      data,
    });
    if (followup) updated = await followup(trx, updated, now);

    if (input.action === 'feedback' && feedbackReopens(input.satisfaction, input.solved)) {
      reason = input.satisfaction === 'dissatisfied' ? '当事人评价不满意，重新处置' : '当事人反映问题未解决，重新处置';
      updated = await deps.cases.update(trx, c.id, { status: 'handling', satisfaction: null }, now);
      await deps.cases.appendEvent(trx, c.id, { type: 'reopened', fromStatus: c.status, toStatus: 'handling', actorId: null, actorName: '系统', at: now, reason, data: { trigger: 'feedback' } });
      const handler = updated.assignee_id ? [updated.assignee_id] : [];
      await deps.notifications.notify(trx, handler, { caseId: c.id, kind: 'case_reopened', title: `案件 ${c.code} 已重新处置`, body: reason, at: now });
    }
    if (input.action === 'route') await notifyAssignee(deps, trx, updated, actor?.userId ?? null, now);
    await syncDeadlines(deps, rules, trx, updated, now);
    return updated;
  });
}

async function checkRouteTarget(deps: CaseDeps, input: Extract<ActionInput, { action: 'route' }>) {
  if (!input.unitId && !input.userId) throw invalid({ unitId: { 'zh-CN': '请选择承办单位或承办人', en: 'Choose a handling unit or a handler' } });
  const unit = input.unitId ? await deps.units.get(null, input.unitId) : undefined;
  if (input.unitId && (!unit || !['center', 'station', 'enterprise_station', 'department'].includes(unit.kind))) {
    throw invalid({ unitId: { 'zh-CN': '承办单位不存在', en: 'Unknown handling unit' } });
  }
  const user = input.userId ? await deps.users.byId(input.userId) : undefined;
  if (input.userId && (!user || !user.active)) throw invalid({ userId: { 'zh-CN': '承办人不存在或已停用', en: 'Unknown or disabled handler' } });
  return { unit, user };
}

/** What archiving would still need (empty when complete). */
export async function gapsOf(deps: CaseDeps, c: CaseRow, rules: ArchiveRules, db: Kysely<DB> = deps.db) {
  if (!CONCLUDED.includes(c.status as CaseStatus)) return [];
  const agreement = await db.selectFrom('attachments').select('id').where('case_id', '=', c.id).where('kind', '=', 'agreement').executeTakeFirst();
  return archiveGaps(rules, {
    status: c.status,
    outcome: c.outcome,
    hasFeedback: c.satisfaction !== null,
    hasAgreementDocument: agreement !== undefined,
    judicialConfirmation: c.judicial_confirmation as 'applied' | null,
  });
}
