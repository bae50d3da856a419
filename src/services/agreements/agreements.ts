import { shanghaiDate } from '../../domain/agreements/dates.js';
import { afterSignature, editable, signable, submittable, voidable } from '../../domain/agreements/signing.js';
import { type AgreementStatus, draftProblems, type TermInput } from '../../domain/agreements/terms.js';
import { invalid, notFound } from '../../errors.js';
import type { Actor } from '../actor.js';
import { checkVersion, lockCase, refuse, type AgreementDeps, writableCase } from './guard.js';

const DRAFTABLE_CASE = ['accepted', 'handling'];

export interface DraftBody {
  summary: string;
  totalFen: number;
  sessionId?: string | null;
  terms: TermInput[];
  version?: number;
}

const event = (actor: Actor, at: Date, type: string, data: Record<string, unknown> = {}, reason: string | null = null) => ({
  type,
  actorId: actor.userId,
  actorName: actor.displayName,
  at,
  reason,
  data,
});

/**
 * PUT the draft (调解协议草稿): creates it, edits a draft, or starts over from a void one.
 * Refused once out for signing; every field checked against the case's parties and today.
 */
export async function saveDraft(deps: AgreementDeps, actor: Actor, caseId: string, body: DraftBody) {
  await writableCase(deps, actor, caseId);
  const now = deps.clock.now();
  const today = shanghaiDate(now);
  return deps.db.transaction().execute(async (trx) => {
    const c = await lockCase(deps, trx, caseId);
    if (!DRAFTABLE_CASE.includes(c.status)) throw refuse('agreement_case_status', { status: `label:status.${c.status}` });
    const existing = await deps.agreements.forUpdate(trx, caseId);
    if (existing) {
      checkVersion(body.version, existing.version);
      if (!editable(existing.status as AgreementStatus)) throw refuse('agreement_locked');
    }
    const partyIds = await deps.agreements.caseParties(caseId, trx);
    const problems = draftProblems(body, { partyIds, today });
    if (body.sessionId) {
      if (!(await deps.agreements.sessionOfCase(trx, caseId, body.sessionId))) problems.sessionId = { 'zh-CN': '调解场次不属于本案', en: 'The session is not one of this case' };
    }
    if (Object.keys(problems).length) throw invalid(problems);

    const fields = { summary: body.summary, total_fen: body.totalFen, session_id: body.sessionId ?? null, status: 'draft' as const, concluded_on: null, enforceable: false };
    const a = existing ? await deps.agreements.update(trx, existing.id, fields, now) : await deps.agreements.insert(trx, { ...fields, case_id: caseId, created_at: now, updated_at: now });
    await deps.agreements.replaceTerms(trx, a.id, body.terms);
    if (existing) await deps.agreements.clearSignatures(trx, a.id);
    if (!existing || existing.status === 'void') {
      await deps.cases.appendEvent(trx, caseId, event(actor, now, 'agreement_drafted', { totalFen: body.totalFen, terms: body.terms.length }));
    }
    return a;
  });
}

/** 提交签署: one pending signature per applicant and respondent of the case. */
export async function submitForSigning(deps: AgreementDeps, actor: Actor, caseId: string, version?: number) {
  await writableCase(deps, actor, caseId);
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const c = await lockCase(deps, trx, caseId);
    const a = await deps.agreements.forUpdate(trx, caseId);
    if (!a) throw notFound('agreement_not_found');
    checkVersion(version, a.version);
    if (!submittable(a.status as AgreementStatus)) throw refuse('agreement_not_draft');
    if (!DRAFTABLE_CASE.includes(c.status)) throw refuse('agreement_case_status', { status: `label:status.${c.status}` });
    const signers = await deps.agreements.signingParties(caseId, trx);
    await deps.agreements.resetSignatures(trx, a.id, signers);
    const updated = await deps.agreements.update(trx, a.id, { status: 'signing' }, now);
    await deps.cases.appendEvent(trx, caseId, event(actor, now, 'agreement_submitted', { parties: signers.length }));
    return updated;
  });
}

/**
 * 登记签字 (recorded by the mediator at the session): every party signed → `signed`,
 * in effect from today (Asia/Shanghai); a refusal sends the agreement back to draft.
 */
export async function recordSignature(deps: AgreementDeps, actor: Actor, caseId: string, partyId: string, body: { status: 'signed' | 'refused'; reason?: string | null; version?: number }) {
  await writableCase(deps, actor, caseId);
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    await lockCase(deps, trx, caseId);
    const a = await deps.agreements.forUpdate(trx, caseId);
    if (!a) throw notFound('agreement_not_found');
    checkVersion(body.version, a.version);
    if (!signable(a.status as AgreementStatus)) throw refuse('agreement_not_signing');
    const sigs = await deps.agreements.signatures(a.id, trx);
    const mine = sigs.find((s) => s.party_id === partyId);
    if (!mine) throw invalid({ partyId: { 'zh-CN': '该当事人不是本协议的签署方', en: 'This party does not sign the agreement' } });
    if (body.status === 'refused' && !body.reason) throw invalid({ reason: { 'zh-CN': '请填写拒签原因', en: 'Give the reason for the refusal' } });
    const next = afterSignature(sigs.map((s) => ({ partyId: s.party_id, status: s.status })), partyId, body.status);
    await deps.agreements.setSignature(trx, a.id, partyId, body.status, now, actor.userId);
    const patch = next === 'signed' ? { status: next, concluded_on: shanghaiDate(now) } : { status: next };
    const updated = await deps.agreements.update(trx, a.id, patch, now);
    if (body.status === 'refused') {
      await deps.cases.appendEvent(trx, caseId, event(actor, now, 'agreement_refused', { partyId, partyName: mine.name }, body.reason ?? null));
    } else {
      await deps.cases.appendEvent(trx, caseId, event(actor, now, 'agreement_party_signed', { partyId, partyName: mine.name }));
      if (next === 'signed') await deps.cases.appendEvent(trx, caseId, event(actor, now, 'agreement_signed', { concludedOn: updated.concluded_on, totalFen: Number(updated.total_fen) }));
    }
    return updated;
  });
}

/** 作废: not once the court has it (applied, accepted or confirmed). */
export async function voidAgreement(deps: AgreementDeps, actor: Actor, caseId: string, body: { reason: string; version?: number }) {
  await writableCase(deps, actor, caseId);
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    await lockCase(deps, trx, caseId);
    const a = await deps.agreements.forUpdate(trx, caseId);
    if (!a) throw notFound('agreement_not_found');
    checkVersion(body.version, a.version);
    if (!voidable(a.status as AgreementStatus)) throw refuse('agreement_void');
    const jc = await deps.agreements.judicialForUpdate(trx, caseId);
    if (jc && ['applied', 'accepted', 'confirmed'].includes(jc.status)) throw refuse('agreement_jc_pending');
    const updated = await deps.agreements.update(trx, a.id, { status: 'void', enforceable: false }, now);
    await deps.cases.appendEvent(trx, caseId, event(actor, now, 'agreement_voided', {}, body.reason));
    return updated;
  });
}

/** 履行: a term of a signed agreement marked fulfilled (or not, to correct a mistake); follow-up checks these. */
export async function markTermFulfilled(deps: AgreementDeps, actor: Actor, caseId: string, ordinal: number, fulfilled: boolean) {
  await writableCase(deps, actor, caseId);
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    await lockCase(deps, trx, caseId);
    const a = await deps.agreements.forUpdate(trx, caseId);
    if (!a) throw notFound('agreement_not_found');
    if (a.status !== 'signed') throw refuse('agreement_not_signed');
    const term = (await deps.agreements.terms(a.id, trx)).find((t) => t.ordinal === ordinal);
    if (!term) throw notFound();
    if ((term.fulfilled_at !== null) === fulfilled) return a;
    await deps.agreements.markFulfilled(trx, a.id, ordinal, fulfilled ? now : null);
    const updated = await deps.agreements.update(trx, a.id, {}, now);
    await deps.cases.appendEvent(trx, caseId, event(actor, now, fulfilled ? 'agreement_term_fulfilled' : 'agreement_term_unfulfilled', { ordinal, description: term.description }));
    return updated;
  });
}
