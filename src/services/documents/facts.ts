import type { DocumentKind } from '../../domain/documents/fields.js';
import type { AgreementFacts, CaseFacts, JudicialFacts, SessionFacts } from '../../domain/documents/template-data.js';
import type { CaseRow } from '../../repositories/case-repository.js';
import type { DocumentDeps } from './deps.js';

const MODE_PLACE = { center: '调解室', circuit: '巡回调解点', enterprise_station: '企业调解站', online: '线上视频调解' } as const;

/** The case part of every document: parties with full identifiers, names of units and people. */
export async function caseFacts(deps: DocumentDeps, c: CaseRow): Promise<CaseFacts> {
  const [parties, category, center, unit, mediator] = await Promise.all([
    deps.documents.parties(c.id),
    deps.documents.categoryName(c.category),
    deps.documents.unitName(c.center_id),
    deps.documents.unitName(c.handling_unit_id),
    deps.documents.userName(c.assignee_id),
  ]);
  return {
    code: c.code,
    title: c.title,
    categoryName: category,
    description: c.description,
    address: c.address,
    amountFen: c.amount_fen === null ? null : Number(c.amount_fen),
    riskLevel: c.risk_level,
    registeredAt: new Date(c.registered_at),
    concludedAt: c.concluded_at ? new Date(c.concluded_at) : null,
    centerName: center ?? '',
    handlingUnitName: unit ?? null,
    mediatorName: mediator ?? null,
    parties: parties.map((p) => ({ role: p.role as CaseFacts['parties'][number]['role'], kind: p.kind as 'person' | 'organization', name: p.name, idNumber: p.id_number, uscc: p.uscc, phone: p.phone, address: p.address })),
  };
}

/** The sessions minutes can be written from; the chosen one or the latest held (else latest). */
export async function sessionFacts(deps: DocumentDeps, caseId: string, sessionId?: string): Promise<{ id: string; facts: SessionFacts } | undefined> {
  const sessions = await deps.documents.sessions(caseId);
  const s = sessionId ? sessions.find((x) => x.id === sessionId) : (sessions.find((x) => x.status === 'held') ?? sessions[0]);
  if (!s) return undefined;
  const people = await deps.documents.participants(s.id);
  const place = s.mode === 'online' ? `${MODE_PLACE.online}${s.online_url ? `（${s.online_url}）` : ''}` : [s.unit_name, s.room_name, s.place].filter(Boolean).join(' ') || MODE_PLACE[s.mode];
  return {
    id: s.id,
    facts: {
      mode: s.mode,
      startsAt: new Date(s.starts_at),
      endsAt: new Date(s.ends_at),
      place,
      minutes: s.minutes,
      recorderName: s.recorder_name ?? null,
      outcome: s.outcome,
      participants: people.map((p) => ({ kind: p.kind, name: p.user_name ?? p.expert_name ?? p.party_name ?? '', role: p.role, attendance: p.attendance })),
    },
  };
}

export async function agreementFacts(deps: DocumentDeps, caseId: string): Promise<AgreementFacts | undefined> {
  const a = await deps.documents.agreement(caseId);
  if (!a) return undefined;
  return {
    summary: a.summary,
    totalFen: Number(a.total_fen),
    concludedOn: a.concluded_on,
    terms: a.terms.map((t) => ({
      ordinal: t.ordinal,
      kind: t.kind,
      description: t.description,
      amountFen: t.amount_fen === null ? null : Number(t.amount_fen),
      dueOn: t.due_on,
      obligorName: t.obligor_name ?? null,
      obligeeName: t.obligee_name ?? null,
      fulfilled: t.fulfilled_at !== null,
    })),
    signatures: a.signatures.map((s) => ({ name: s.name, status: s.status, signedAt: s.signed_at ? new Date(s.signed_at) : null })),
  };
}

export async function judicialFacts(deps: DocumentDeps, caseId: string): Promise<JudicialFacts | undefined> {
  const j = await deps.documents.judicial(caseId);
  return j ? { courtName: j.court_name, appliedOn: j.applied_on } : undefined;
}

/** What each kind still lacks on a case, for the buttons of the case page (null: it can be generated). */
export async function missingFacts(deps: DocumentDeps, caseId: string): Promise<Record<DocumentKind, 'no_session' | 'no_agreement' | 'no_judicial_confirmation' | null>> {
  const [sessions, agreement, judicial] = await Promise.all([deps.documents.sessions(caseId), deps.documents.agreement(caseId), deps.documents.judicial(caseId)]);
  return {
    application: null,
    minutes: sessions.length ? null : 'no_session',
    agreement: agreement ? null : 'no_agreement',
    follow_up_record: null,
    judicial_confirmation_application: !agreement ? 'no_agreement' : judicial ? null : 'no_judicial_confirmation',
  };
}
