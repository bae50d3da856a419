import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { addDays, shanghaiDate } from '../domain/agreements/dates.js';

const DAY_MS = 86_400_000;

/**
 * 调解协议 demo (issue #5): the written agreements behind the generated cases resolved with
 * outcome `agreement` in the last 45 days — the payment of the disputed amount (or, without an
 * amount, the obligation to act), signed by both sides on the day the case was concluded —
 * and their judicial confirmation as the case records it (applied, confirmed or rejected),
 * with the center's court. Deterministic: everything follows the generated cases and `now`.
 */
export async function seedDemoAgreements(trx: Kysely<DB>, now: Date): Promise<void> {
  const today = shanghaiDate(now);
  const cases = await trx
    .selectFrom('cases')
    .select(['id', 'code', 'center_id', 'title', 'amount_fen', 'concluded_at', 'judicial_confirmation', 'assignee_id'])
    .where('outcome', '=', 'agreement')
    .where('status', 'in', ['resolved', 'archived'])
    .where('is_group', '=', false)
    .where('concluded_at', '>=', new Date(now.getTime() - 45 * DAY_MS))
    .where('concluded_at', '<=', now)
    .orderBy('code')
    .execute();
  if (cases.length === 0) return;
  const parties = await trx
    .selectFrom('case_parties')
    .select(['case_id', 'party_id', 'role'])
    .where(
      'case_id',
      'in',
      cases.map((c) => c.id),
    )
    .orderBy('ordinal')
    .execute();
  const courts = await trx.selectFrom('org_units').select(['id', 'center_id']).where('department_type', '=', 'court').orderBy('code').execute();
  let ruling = 0;

  for (const c of cases) {
    const own = parties.filter((p) => p.case_id === c.id);
    const applicant = own.find((p) => p.role === 'applicant');
    const respondent = own.find((p) => p.role === 'respondent');
    if (!applicant || !respondent) continue;
    const concludedAt = new Date(c.concluded_at!);
    const concludedOn = shanghaiDate(concludedAt);
    const amount = Number(c.amount_fen ?? 0);
    const jc = c.judicial_confirmation as 'applied' | 'confirmed' | 'rejected' | null;
    const court = courts.find((u) => u.center_id === c.center_id) ?? courts[0];
    const a = await trx
      .insertInto('agreements')
      .values({
        case_id: c.id,
        summary: amount > 0 ? `${c.title}：被申请人向申请人支付款项，双方就本纠纷再无其他争议。` : `${c.title}：双方按协议约定履行，就本纠纷再无其他争议。`,
        total_fen: amount,
        status: 'signed',
        concluded_on: concludedOn,
        enforceable: jc === 'confirmed',
        created_at: concludedAt,
        updated_at: concludedAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const due = addDays(concludedOn, 30);
    await trx
      .insertInto('agreement_terms')
      .values(
        amount > 0
          ? { agreement_id: a.id, ordinal: 1, obligor_party_id: respondent.party_id, obligee_party_id: applicant.party_id, kind: 'payment', description: '一次性支付协议款项', amount_fen: amount, due_on: due, fulfilled_at: due <= today ? concludedAt : null }
          : { agreement_id: a.id, ordinal: 1, obligor_party_id: respondent.party_id, obligee_party_id: applicant.party_id, kind: 'action', description: '按协议约定完成整改并告知申请人', amount_fen: null, due_on: due, fulfilled_at: null },
      )
      .execute();
    await trx
      .insertInto('agreement_signatures')
      .values([applicant, respondent].map((p) => ({ agreement_id: a.id, party_id: p.party_id, status: 'signed' as const, signed_at: concludedAt, recorded_by: c.assignee_id })))
      .execute();
    if (jc && court) {
      const appliedOn = [addDays(concludedOn, 3), today].sort()[0]!;
      const acceptedOn = [addDays(appliedOn, 2), today].sort()[0]!;
      const ruled = jc !== 'applied';
      await trx
        .insertInto('judicial_confirmations')
        .values({
          case_id: c.id,
          agreement_id: a.id,
          court_unit_id: court.id,
          applied_on: appliedOn,
          status: ruled ? jc : 'accepted',
          accepted_on: acceptedOn,
          ruling_number: ruled ? `（${acceptedOn.slice(0, 4)}）内0203民特${++ruling}号` : null,
          ruled_on: ruled ? [addDays(acceptedOn, 5), today].sort()[0]! : null,
          result_note: jc === 'rejected' ? '协议部分内容需当事人补充说明，裁定驳回申请' : null,
          created_by: c.assignee_id,
          created_at: concludedAt,
        })
        .execute();
    }
  }
}
