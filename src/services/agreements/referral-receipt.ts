import { invalid } from '../../errors.js';
import type { Actor } from '../actor.js';
import { lockCase, refuse, type AgreementDeps, writableCase } from './guard.js';

/** 转办回执: the destination's receipt number and when it received the referred case. */
export async function recordReferralReceipt(deps: AgreementDeps, actor: Actor, caseId: string, body: { receiptNo: string; receivedAt: string; version?: number }) {
  await writableCase(deps, actor, caseId);
  const now = deps.clock.now();
  const receivedAt = new Date(body.receivedAt);
  if (receivedAt > now) throw invalid({ receivedAt: { 'zh-CN': '接收时间不能晚于现在', en: 'The receipt time cannot be in the future' } });
  return deps.db.transaction().execute(async (trx) => {
    const c = await lockCase(deps, trx, caseId);
    if (c.status !== 'referred') throw refuse('case_not_referred');
    if (body.version !== undefined && body.version !== c.version) throw refuse('conflict');
    if (c.concluded_at && receivedAt < new Date(c.concluded_at)) throw invalid({ receivedAt: { 'zh-CN': '接收时间不能早于转办时间', en: 'The receipt time cannot be before the referral' } });
    const updated = await deps.cases.update(trx, caseId, { referral_receipt_no: body.receiptNo, referral_received_at: receivedAt }, now);
    await deps.cases.appendEvent(trx, caseId, { type: 'referral_receipt', actorId: actor.userId, actorName: actor.displayName, at: now, reason: null, data: { receiptNo: body.receiptNo, receivedAt: receivedAt.toISOString() } });
    return updated;
  });
}
