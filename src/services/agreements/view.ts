import { shanghaiDate } from '../../domain/agreements/dates.js';
import { jcWindow } from '../../domain/agreements/judicial.js';
import type { AgreementDeps } from './guard.js';

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

/** The agreement of a case as the case page shows it (null when none was drafted), with its judicial confirmation. */
export async function agreementView(deps: AgreementDeps, caseId: string) {
  const a = await deps.agreements.byCase(caseId);
  const jc = await deps.agreements.judicial(caseId);
  const judicial = jc
    ? {
        id: jc.id,
        courtUnitId: jc.court_unit_id,
        courtName: jc.court_name,
        appliedOn: jc.applied_on,
        status: jc.status,
        acceptedOn: jc.accepted_on,
        rulingNumber: jc.ruling_number,
        ruledOn: jc.ruled_on,
        resultNote: jc.result_note,
        version: jc.version,
      }
    : null;
  if (!a) return { agreement: null, judicialConfirmation: judicial };
  const [terms, signatures] = await Promise.all([deps.agreements.terms(a.id), deps.agreements.signatures(a.id)]);
  const today = shanghaiDate(deps.clock.now());
  return {
    agreement: {
      id: a.id,
      caseId: a.case_id,
      sessionId: a.session_id,
      summary: a.summary,
      totalFen: Number(a.total_fen),
      status: a.status,
      concludedOn: a.concluded_on,
      enforceable: a.enforceable,
      version: a.version,
      updatedAt: iso(a.updated_at)!,
      terms: terms.map((t) => ({
        ordinal: t.ordinal,
        obligorPartyId: t.obligor_party_id,
        obligeePartyId: t.obligee_party_id,
        kind: t.kind,
        description: t.description,
        amountFen: t.amount_fen === null ? null : Number(t.amount_fen),
        dueOn: t.due_on,
        fulfilledAt: iso(t.fulfilled_at),
      })),
      signatures: signatures.map((s) => ({ partyId: s.party_id, name: s.name, status: s.status, signedAt: iso(s.signed_at), recordedByName: s.recorded_by_name })),
      // 司法确认申请期限: only for a signed agreement.
      jcWindow: a.status === 'signed' && a.concluded_on ? jcWindow(a.concluded_on, today) : null,
    },
    judicialConfirmation: judicial,
  };
}

export type AgreementView = Awaited<ReturnType<typeof agreementView>>;
