import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { safeFilename } from '../../domain/attachment.js';
import { DOCUMENT_FIELDS, DOCUMENT_KIND_LABELS, DOCUMENT_KINDS, type DocumentKind } from '../../domain/documents/fields.js';
import { hasRole } from '../../domain/roles.js';
import { AppError, forbidden, notFound } from '../../errors.js';
import type { Actor } from '../actor.js';
import type { DocumentDeps } from './deps.js';
import { inspectTemplate, type TemplateProblem } from './docx-template.js';
import { buildShippedTemplate } from './shipped-templates.js';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const seeded = new WeakMap<Kysely<DB>, Promise<void>>();

/**
 * Stores the shipped template (version 1) of every kind that has none yet. Runs once per
 * database per process, lazily: a migration cannot build a .docx. Idempotent under
 * several instances: (kind, version) is unique and a lost race inserts nothing.
 */
export function ensureShippedTemplates(deps: DocumentDeps): Promise<void> {
  let done = seeded.get(deps.db);
  if (!done) {
    done = (async () => {
      const present = new Set((await deps.documents.templateKinds()).map((r) => r.kind));
      for (const kind of DOCUMENT_KINDS) {
        if (present.has(kind)) continue;
        const content = await buildShippedTemplate(kind);
        const sha256 = sha(content);
        await deps.db.transaction().execute(async (trx) => {
          await deps.documents.putBlob(trx, sha256, content);
          await deps.documents.addTemplate(trx, { kind, name: `${DOCUMENT_KIND_LABELS[kind]}（系统模板）.docx`, sha256, shipped: true, uploadedBy: null, at: deps.clock.now(), version: 1 });
        });
      }
    })();
    seeded.set(deps.db, done);
    done.catch(() => seeded.delete(deps.db));
  }
  return done;
}

function requireAdmin(actor: Actor) {
  if (!hasRole(actor.scope.grants, 'admin')) throw forbidden();
}

const iso = (d: Date | string) => new Date(d).toISOString();

/** Per kind: its versions (newest first) and which one is in use. */
export async function listTemplates(deps: DocumentDeps, actor: Actor) {
  requireAdmin(actor);
  await ensureShippedTemplates(deps);
  const rows = await deps.documents.templates();
  return DOCUMENT_KINDS.map((kind) => {
    const versions = rows.filter((r) => r.kind === kind);
    return {
      kind,
      label: DOCUMENT_KIND_LABELS[kind],
      activeId: versions.find((v) => v.active)?.id ?? null,
      versions: versions.map((v) => ({ id: v.id, version: v.version, name: v.name, shipped: v.shipped, active: v.active, uploadedAt: iso(v.uploaded_at), uploadedByName: v.uploaded_by_name ?? null })),
    };
  });
}

export async function templateFile(deps: DocumentDeps, actor: Actor, id: string) {
  requireAdmin(actor);
  const t = await deps.documents.template(id);
  if (!t) throw notFound();
  const blob = await deps.documents.blob(t.sha256);
  if (!blob) throw notFound();
  const name = t.name.toLowerCase().endsWith('.docx') ? t.name : `${t.name}.docx`;
  return { filename: name.replace(/\.docx$/i, `-v${t.version}.docx`), content: blob.content };
}

const PROBLEM_TEXT: Record<TemplateProblem['reason'], { 'zh-CN': string; en: string }> = {
  not_docx: { 'zh-CN': '不是有效的 Word 文档（.docx），请在 Word 或 WPS 中“另存为 .docx”后上传', en: 'Not a Word document (.docx); save it as .docx in Word or WPS and upload again' },
  syntax: { 'zh-CN': '占位符格式有误：', en: 'Malformed placeholders: ' },
  unknown_placeholders: { 'zh-CN': '该文书类型没有以下占位符：', en: 'Placeholders this kind does not know: ' },
};

/** A new template version for a kind from an upload; it becomes the active one. Bad files store nothing. */
export async function uploadTemplate(deps: DocumentDeps, actor: Actor, kind: DocumentKind, file: { filename: string; content: Buffer }) {
  requireAdmin(actor);
  const problem = inspectTemplate(kind, file.content);
  if (problem) {
    const details = 'details' in problem ? problem.details : [];
    const text = PROBLEM_TEXT[problem.reason];
    const list = details.map((d) => (problem.reason === 'unknown_placeholders' ? `{${d}}` : d)).join('；');
    throw new AppError(400, 'template_invalid', 'template_invalid', {}, { file: { 'zh-CN': text['zh-CN'] + list, en: text.en + list } }, { reason: problem.reason, details });
  }
  await ensureShippedTemplates(deps);
  const sha256 = sha(file.content);
  const row = await deps.db.transaction().execute(async (trx) => {
    await deps.documents.putBlob(trx, sha256, file.content);
    return deps.documents.addTemplate(trx, { kind, name: safeFilename(file.filename), sha256, shipped: false, uploadedBy: actor.userId, at: deps.clock.now() });
  });
  if (!row) throw new AppError(409, 'conflict', 'conflict');
  await deps.audit.record(actor, { action: 'document_template.upload', outcome: 'ok', targetType: 'document_template', targetId: row.id, detail: { kind, version: row.version } });
  return { id: row.id, kind, version: row.version, name: row.name, active: true };
}

/** Puts an older (or newer) version of a kind back in use. */
export async function activateTemplate(deps: DocumentDeps, actor: Actor, id: string) {
  requireAdmin(actor);
  const t = await deps.documents.template(id);
  if (!t) throw notFound();
  await deps.db.transaction().execute((trx) => deps.documents.activate(trx, id, t.kind));
  return { id, kind: t.kind, version: t.version, active: true };
}

/** The placeholder reference of a kind, as shown to whoever edits a template. */
export function templateFields(kind: DocumentKind) {
  return { kind, label: DOCUMENT_KIND_LABELS[kind], fields: DOCUMENT_FIELDS[kind].map((f) => ({ name: f.name, zh: f.zh, loop: f.loop?.map((c) => ({ name: c.name, zh: c.zh })) ?? null })) };
}
