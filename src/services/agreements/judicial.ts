import { isValidDate, shanghaiDate } from '../../domain/agreements/dates.js';
import { canAccept, canReapply, canRule, canWithdraw, jcWindow } from '../../domain/agreements/judicial.js';
import { AppError, invalid, notFound } from '../../errors.js';
import type { Actor } from '../actor.js';
import { checkVersion, lockCase, refuse, type AgreementDeps, writableCase } from './guard.js';

const event = (actor: Actor, at: Date, type: string, data: Record<string, unknown>, reason: string | null = null) => ({ type, actorId: actor.userId, actorName: actor.displayName, at, reason, data });

function checkDate(field: string, value: string, today: string, notBefore?: { date: string; zh: string; en: string }) {
  if (!isValidDate(value)) throw invalid({ [field]: { 'zh-CN': '日期无效', en: 'Invalid date' } });
  if (value > today) throw invalid({ [field]: { 'zh-CN': '日期不能晚于今天', en: 'The date cannot be in the future' } });
  if (notBefore && value < notBefore.date) throw invalid({ [field]: { 'zh-CN': `日期不能早于${notBefore.zh}（${notBefore.date}）`, en: `The date cannot be before ${notBefore.en} (${notBefore.date})` } });
}

/**
 * 申请司法确认 to a court, within 30 days of the agreement taking effect (《人民调解法》第三十三条).
 * After the window: 409 `jc_window_closed`, nothing written.
 */
export async function applyForConfirmation(deps: AgreementDeps, actor: Actor, caseId: string, body: { courtUnitId: string; appliedOn?: string | null }) {
  await writableCase(deps, actor, caseId);
  const now = deps.clock.now();
  const today = shanghaiDate(now);
  const appliedOn = body.appliedOn ?? today;
  const court = await deps.agreements.court(body.courtUnitId);
  if (!court) throw invalid({ courtUnitId: { 'zh-CN': '请选择人民法院（受理法院须为法院类机构）', en: 'Choose a court (the unit must be a court)' } });
  return deps.db.transaction().execute(async (trx) => {
    await lockCase(deps, trx, caseId);
    const a = await deps.agreements.forUpdate(trx, caseId);
    if (!a) throw notFound('agreement_not_found');
    if (a.status !== 'signed' || !a.concluded_on) throw refuse('agreement_not_signed');
    checkDate('appliedOn', appliedOn, today, { date: a.concluded_on, zh: '协议生效日', en: 'the day the agreement took effect' });
    const window = jcWindow(a.concluded_on, appliedOn);
    if (!window.open) throw new AppError(409, 'jc_window_closed', 'jc_window_closed', { lastDay: window.lastDay }, undefined, { lastDay: window.lastDay });
    const existing = await deps.agreements.judicialForUpdate(trx, caseId);
    if (existing && !canReapply(existing.status)) throw refuse('jc_already_applied');
    const fields = { agreement_id: a.id, court_unit_id: court.id, applied_on: appliedOn, status: 'applied' as const, accepted_on: null, ruling_number: null, ruled_on: null, result_note: null };
    const jc = existing
      ? await deps.agreements.updateJudicial(trx, existing.id, fields)
      : await deps.agreements.insertJudicial(trx, { ...fields, case_id: caseId, created_by: actor.userId, created_at: now });
    await deps.cases.update(trx, caseId, { judicial_confirmation: 'applied' }, now);
    await deps.cases.appendEvent(trx, caseId, event(actor, now, 'jc_applied', { courtName: court.name, appliedOn, lastDay: window.lastDay }));
    return jc;
  });
}

/** 法院受理. */
export async function recordAcceptance(deps: AgreementDeps, actor: Actor, caseId: string, body: { acceptedOn: string; version?: number }) {
  await writableCase(deps, actor, caseId);
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    await lockCase(deps, trx, caseId);
    const jc = await deps.agreements.judicialForUpdate(trx, caseId);
    if (!jc) throw refuse('jc_not_applied');
    checkVersion(body.version, jc.version);
    if (!canAccept(jc.status)) throw refuse('jc_status');
    checkDate('acceptedOn', body.acceptedOn, shanghaiDate(now), { date: jc.applied_on, zh: '申请日', en: 'the application date' });
    const updated = await deps.agreements.updateJudicial(trx, jc.id, { status: 'accepted', accepted_on: body.acceptedOn });
    await deps.cases.appendEvent(trx, caseId, event(actor, now, 'jc_accepted', { acceptedOn: body.acceptedOn }));
    return updated;
  });
}

/**
 * 法院裁定: confirmed → the agreement is enforceable (强制执行效力); rejected → the parties
 * may change it or go to court. Either way the case records the result (archive rule).
 */
export async function recordRuling(deps: AgreementDeps, actor: Actor, caseId: string, body: { rulingNumber: string; ruledOn: string; result: 'confirmed' | 'rejected'; note?: string | null; version?: number }) {
  await writableCase(deps, actor, caseId);
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    await lockCase(deps, trx, caseId);
    const jc = await deps.agreements.judicialForUpdate(trx, caseId);
    if (!jc) throw refuse('jc_not_applied');
    checkVersion(body.version, jc.version);
    if (!canRule(jc.status)) throw refuse('jc_status');
    checkDate('ruledOn', body.ruledOn, shanghaiDate(now), { date: jc.accepted_on ?? jc.applied_on, zh: jc.accepted_on ? '受理日' : '申请日', en: jc.accepted_on ? 'the acceptance date' : 'the application date' });
    const updated = await deps.agreements.updateJudicial(trx, jc.id, { status: body.result, ruling_number: body.rulingNumber, ruled_on: body.ruledOn, result_note: body.note ?? null });
    await deps.agreements.setEnforceable(trx, jc.agreement_id, body.result === 'confirmed', now);
    await deps.cases.update(trx, caseId, { judicial_confirmation: body.result }, now);
    await deps.cases.appendEvent(trx, caseId, event(actor, now, 'jc_ruled', { result: body.result, rulingNumber: body.rulingNumber, ruledOn: body.ruledOn }, body.note ?? null));
    return updated;
  });
}

/**
 * 撤回司法确认申请: the parties withdraw an application the court has not ruled on. The
 * case no longer waits for a ruling (archiving does not ask for one); a new application
 * may follow while the 30-day window is open.
 */
export async function withdrawConfirmation(deps: AgreementDeps, actor: Actor, caseId: string, body: { reason: string; version?: number }) {
  await writableCase(deps, actor, caseId);
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    await lockCase(deps, trx, caseId);
    const jc = await deps.agreements.judicialForUpdate(trx, caseId);
    if (!jc) throw refuse('jc_not_applied');
    checkVersion(body.version, jc.version);
    if (!canWithdraw(jc.status)) throw refuse('jc_status');
    const updated = await deps.agreements.updateJudicial(trx, jc.id, { status: 'withdrawn', result_note: body.reason });
    await deps.cases.update(trx, caseId, { judicial_confirmation: null }, now);
    await deps.cases.appendEvent(trx, caseId, event(actor, now, 'jc_withdrawn', { appliedOn: jc.applied_on }, body.reason));
    return updated;
  });
}
