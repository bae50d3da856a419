import { createHash } from 'node:crypto';
import { DOCUMENT_KIND_LABELS, DOCUMENT_KINDS, type DocumentKind } from '../../domain/documents/fields.js';
import { documentData, type DocumentFacts } from '../../domain/documents/template-data.js';
import { handlesCase } from '../../domain/documents/access.js';
import { AppError, forbidden } from '../../errors.js';
import type { CaseRow } from '../../repositories/case-repository.js';
import type { Actor } from '../actor.js';
import { visibleCase } from '../cases/visible-case.js';
import type { DocumentDeps } from './deps.js';
import { renderTemplate } from './docx-template.js';
import { agreementFacts, caseFacts, judicialFacts, missingFacts, sessionFacts } from './facts.js';
import { ensureShippedTemplates } from './templates.js';

/** The agreement file is what archiving looks for; the minutes have their own kind too. */
const ATTACHMENT_KIND: Record<DocumentKind, string> = {
  application: 'application',
  minutes: 'minutes',
  agreement: 'agreement',
  follow_up_record: 'follow_up_record',
  judicial_confirmation_application: 'judicial_confirmation_application',
};

/**
 * Who may produce documents of a case: its handler (assignee, or handling staff of its
 * unit), handling staff of its center, and the center's dispatchers, directors, admins.
 * The case must also be within the caller's scope (checked by visibleCase).
 */
export function mayGenerate(actor: Actor, c: CaseRow): boolean {
  return handlesCase(actor.scope.grants, actor.userId, { assigneeId: c.assignee_id, handlingUnitId: c.handling_unit_id, centerId: c.center_id });
}

const MISSING = {
  no_session: () => new AppError(409, 'no_session', 'document_no_session'),
  no_agreement: () => new AppError(409, 'no_agreement', 'document_no_agreement'),
  no_judicial_confirmation: () => new AppError(409, 'no_judicial_confirmation', 'document_no_judicial'),
};

/** Renders the active template of `kind` from the case and stores it as the next version. */
export async function generateDocument(deps: DocumentDeps, actor: Actor, caseId: string, input: { kind: DocumentKind; sessionId?: string }) {
  const c = await visibleCase(deps, actor, caseId, 'document.generate');
  if (!mayGenerate(actor, c)) {
    await deps.audit.record(actor, { action: 'document.generate', outcome: 'denied', targetType: 'case', targetId: caseId });
    throw forbidden();
  }
  if (c.status === 'archived') throw new AppError(409, 'archived', 'archived_readonly');
  await ensureShippedTemplates(deps);

  // every read before the transaction: PGlite has one connection
  const facts: Omit<DocumentFacts, 'version' | 'now'> = { case: await caseFacts(deps, c) };
  let sessionId: string | null = null;
  if (input.kind === 'minutes') {
    const s = await sessionFacts(deps, caseId, input.sessionId);
    if (!s) throw MISSING.no_session();
    facts.session = s.facts;
    sessionId = s.id;
  }
  if (input.kind === 'agreement' || input.kind === 'judicial_confirmation_application' || input.kind === 'follow_up_record') {
    facts.agreement = await agreementFacts(deps, caseId);
    if (!facts.agreement && input.kind !== 'follow_up_record') throw MISSING.no_agreement();
  }
  if (input.kind === 'judicial_confirmation_application') {
    facts.judicial = await judicialFacts(deps, caseId);
    if (!facts.judicial) throw MISSING.no_judicial_confirmation();
  }
  const template = await deps.documents.activeTemplate(input.kind);
  if (!template) throw new Error(`no active template for ${input.kind}`);

  const now = deps.clock.now();
  const doc = await deps.db.transaction().execute(async (trx) => {
    const locked = await deps.cases.forUpdate(trx, caseId);
    if (!locked || locked.status === 'archived') throw new AppError(409, 'archived', 'archived_readonly');
    const version = await deps.documents.nextVersion(trx, caseId, input.kind);
    const content = renderTemplate(Buffer.from(template.content), documentData(input.kind, { ...facts, version, now }));
    const row = await deps.documents.addCaseDocument(trx, {
      caseId,
      kind: input.kind,
      version,
      attachmentKind: ATTACHMENT_KIND[input.kind],
      filename: `${c.code}-${DOCUMENT_KIND_LABELS[input.kind]}-第${version}版.docx`,
      content,
      sha256: createHash('sha256').update(content).digest('hex'),
      templateId: template.id,
      sessionId,
      by: actor.userId,
      at: now,
    });
    await deps.cases.appendEvent(trx, caseId, {
      type: 'document_generated',
      actorId: actor.userId,
      actorName: actor.displayName,
      at: now,
      data: { kind: input.kind, version: row.version, attachmentId: row.attachment_id, filename: row.filename, templateVersion: template.version },
    });
    return row;
  });
  // the hook audits the request; this row names what was produced (never its content)
  await deps.audit.record(actor, { action: 'document.generate', outcome: 'ok', targetType: 'case', targetId: caseId, detail: { kind: input.kind, version: doc.version, templateVersion: template.version } });
  return { id: doc.id, kind: input.kind, version: doc.version, attachmentId: doc.attachment_id, filename: doc.filename, templateVersion: template.version, sessionId, generatedAt: now.toISOString(), generatedByName: actor.displayName };
}

/** The documents of a case (every version) and, per kind, whether it can be generated now. */
export async function listDocuments(deps: DocumentDeps, actor: Actor, caseId: string) {
  const c = await visibleCase(deps, actor, caseId);
  const [rows, missing, sessions] = await Promise.all([deps.documents.caseDocuments(caseId), missingFacts(deps, caseId), deps.documents.sessions(caseId)]);
  const allowed = mayGenerate(actor, c);
  return {
    kinds: DOCUMENT_KINDS.map((kind) => ({
      kind,
      label: DOCUMENT_KIND_LABELS[kind],
      blockedBy: !allowed ? ('forbidden' as const) : c.status === 'archived' ? ('archived' as const) : missing[kind],
    })),
    sessions: sessions.map((s) => ({ id: s.id, startsAt: new Date(s.starts_at).toISOString(), status: s.status, mode: s.mode })),
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      version: r.version,
      attachmentId: r.attachment_id,
      filename: r.filename,
      size: r.size,
      templateVersion: r.template_version ?? null,
      sessionId: r.session_id,
      generatedAt: new Date(r.generated_at).toISOString(),
      generatedByName: r.generated_by_name ?? null,
    })),
  };
}
