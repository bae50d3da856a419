import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { invalid } from '../../errors.js';
import type { AssistanceReferralRow, AssistanceRepository } from '../../repositories/assistance-repository.js';

export const REASON_MAX = 1000;

export interface ReferInput {
  resourceId: string;
  caseId?: string | null;
  householdId?: string | null;
  /** the follow-up visit at which the referral was made */
  visitId?: string | null;
  reason: string;
  actorId: string;
  now: Date;
  /** position in the caller's `assistance` list: field errors then read `assistance.<index>.resourceId` */
  index?: number;
}

/**
 * Refers a case or a household to an assistance resource (转介帮扶), inside the caller's
 * transaction (every query on `trx`): the resource must exist and be in use, else 400
 * naming the field. The provider unit's liaisons are told in the same transaction.
 * Who may refer, and whether the caller sees the case or household, is the caller's check.
 */
export async function referToAssistance(repo: AssistanceRepository, trx: Kysely<DB>, input: ReferInput): Promise<AssistanceReferralRow> {
  const field = (name: string) => (input.index === undefined ? name : `assistance.${input.index}.${name}`);
  if (!input.caseId && !input.householdId) {
    throw invalid({ [field('caseId')]: { 'zh-CN': '请指明转介的案件或家庭', en: 'Name the case or the household referred' } });
  }
  const reason = input.reason.trim();
  if (!reason || reason.length > REASON_MAX) {
    throw invalid({ [field('reason')]: { 'zh-CN': `请填写转介原因（不超过 ${REASON_MAX} 字）`, en: `Give the reason for the referral (at most ${REASON_MAX} characters)` } });
  }
  const resource = await repo.resource(trx, input.resourceId);
  if (!resource || !resource.active) {
    throw invalid({ [field('resourceId')]: { 'zh-CN': '帮扶资源不存在或已停用', en: 'The assistance resource does not exist or is no longer in use' } });
  }
  const row = await repo.insertReferral(trx, {
    resource_id: resource.id,
    case_id: input.caseId ?? null,
    household_id: input.householdId ?? null,
    visit_id: input.visitId ?? null,
    reason,
    referred_by: input.actorId,
    referred_at: input.now,
    updated_at: input.now,
  });
  if (resource.provider_unit_id) {
    const liaisons = (await repo.liaisons(trx, resource.provider_unit_id)).filter((id) => id !== input.actorId);
    const subject = input.caseId ? `案件 ${(await repo.caseBrief(trx, input.caseId))?.code ?? ''}` : '重点家庭';
    // No case link: the provider's liaison may not see the case; the referral list shows them what they need.
    await repo.notifications.notify(trx, liaisons, {
      caseId: null,
      kind: 'assistance_referred',
      title: `转介帮扶：${resource.name}`,
      body: `${subject}转介至${resource.provider}，请在“回访排查—帮扶资源—转介记录”中答复。转介原因：${reason}`,
      at: input.now,
    });
  }
  return row;
}
