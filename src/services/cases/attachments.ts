import { createHash } from 'node:crypto';
import type { AttachmentKind } from '../../domain/attachment.js';
import { safeFilename, sniffContentType } from '../../domain/attachment.js';
import { mayReadAttachment } from '../../domain/documents/access.js';
import { AppError, notFound } from '../../errors.js';
import type { Actor } from '../actor.js';
import type { CaseDeps } from './deps.js';
import { visibleCase } from './visible-case.js';

/**
 * Stores an upload with its content hash (identical files are kept once). The size
 * limit was enforced while reading; the type is judged from the bytes. Refused
 * uploads store nothing.
 */
export async function addAttachment(deps: CaseDeps, actor: Actor, caseId: string, file: { filename: string; content: Buffer; kind: AttachmentKind }) {
  const c = await visibleCase(deps, actor, caseId, 'case.attach');
  if (c.status === 'archived') throw new AppError(409, 'archived', 'archived_readonly');
  const contentType = sniffContentType(file.content.subarray(0, 4096), file.filename);
  if (!contentType) throw new AppError(415, 'unsupported_attachment', 'attachment_type', { type: file.filename.split('.').pop() ?? '?' });
  const sha256 = createHash('sha256').update(file.content).digest('hex');
  const now = deps.clock.now();
  const filename = safeFilename(file.filename);
  const row = await deps.db.transaction().execute(async (trx) => {
    await trx.insertInto('attachment_blobs').values({ sha256, content: file.content }).onConflict((oc) => oc.column('sha256').doNothing()).execute();
    const a = await trx
      .insertInto('attachments')
      .values({ case_id: caseId, kind: file.kind, filename, content_type: contentType, size: file.content.length, sha256, uploaded_by: actor.userId, uploaded_at: now })
      .returningAll()
      .executeTakeFirstOrThrow();
    await deps.cases.appendEvent(trx, caseId, { type: 'attachment_added', actorId: actor.userId, actorName: actor.displayName, at: now, data: { kind: file.kind, filename, size: file.content.length } });
    return a;
  });
  return { id: row.id, kind: row.kind, filename: row.filename, contentType: row.content_type, size: row.size, sha256: row.sha256, uploadedAt: new Date(row.uploaded_at).toISOString(), uploadedByName: actor.displayName };
}

export async function readAttachment(deps: CaseDeps, actor: Actor, caseId: string, attachmentId: string) {
  const c = await visibleCase(deps, actor, caseId);
  const a = await deps.db
    .selectFrom('attachments as a')
    .innerJoin('attachment_blobs as b', 'b.sha256', 'a.sha256')
    .select(['a.kind', 'a.filename', 'a.content_type', 'b.content'])
    .where('a.id', '=', attachmentId)
    .where('a.case_id', '=', caseId)
    .executeTakeFirst();
  if (!a) throw notFound();
  // Files with full ID numbers only for those who work the case (masked everywhere else).
  if (!mayReadAttachment(actor.scope.grants, actor.userId, { assigneeId: c.assignee_id, handlingUnitId: c.handling_unit_id, centerId: c.center_id }, a.kind)) {
    await deps.audit.record(actor, { action: 'attachment.read', outcome: 'denied', targetType: 'case', targetId: caseId, detail: { attachmentId, kind: a.kind } });
    throw new AppError(403, 'forbidden', 'attachment_personal_data');
  }
  return a;
}
