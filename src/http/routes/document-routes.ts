import fastifyMultipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { DOCUMENT_KINDS } from '../../domain/documents/fields.js';
import { AppError } from '../../errors.js';
import { DocumentRepository } from '../../repositories/document-repository.js';
import type { DocumentDeps } from '../../services/documents/deps.js';
import { generateDocument, listDocuments } from '../../services/documents/generate.js';
import { activateTemplate, listTemplates, templateFields, templateFile, uploadTemplate } from '../../services/documents/templates.js';
import { requireActor } from '../auth.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const kind = z.enum(DOCUMENT_KINDS);
const idParams = z.object({ id: z.uuid() });
const templateVersion = z.object({ id: z.string(), version: z.number().int(), name: z.string(), shipped: z.boolean(), active: z.boolean(), uploadedAt: z.string(), uploadedByName: z.string().nullable() });
const blockedBy = z.enum(['forbidden', 'archived', 'no_session', 'no_agreement', 'no_judicial_confirmation']).nullable();
const documentItem = z.object({
  id: z.string(),
  kind: z.string(),
  version: z.number().int(),
  attachmentId: z.string(),
  filename: z.string(),
  size: z.number().int(),
  templateVersion: z.number().int().nullable(),
  sessionId: z.string().nullable(),
  generatedAt: z.string(),
  generatedByName: z.string().nullable(),
});
const field = z.object({ name: z.string(), zh: z.string() });

/** 文书: standard documents of people's mediation from versioned .docx templates. */
export function documentRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const deps: DocumentDeps = { ...ctx.caseDeps, documents: new DocumentRepository(ctx.database.db) };
  return async (app) => {
    await app.register(fastifyMultipart, { limits: { fileSize: ctx.config.attachments.maxBytes, files: 1, fields: 5 } });

    app.get(
      '/api/document-templates',
      {
        schema: {
          tags: ['documents'],
          summary: '文书模板 / Document templates per kind: versions and the one in use (admin)',
          response: { 200: z.object({ items: z.array(z.object({ kind, label: z.string(), activeId: z.string().nullable(), versions: z.array(templateVersion) })) }) },
        },
      },
      async (req) => ({ items: await listTemplates(deps, requireActor(req)) }),
    );

    app.get(
      '/api/document-templates/fields',
      {
        schema: {
          tags: ['documents'],
          summary: '模板占位符说明 / The placeholders a template of a kind may use',
          querystring: z.object({ kind }),
          response: { 200: z.object({ kind, label: z.string(), fields: z.array(field.extend({ loop: z.array(field).nullable() })) }) },
        },
      },
      async (req) => {
        requireActor(req);
        return templateFields(req.query.kind);
      },
    );

    app.get('/api/document-templates/:id/file', { schema: { tags: ['documents'], summary: '下载模板 / Download a template version (.docx)', params: idParams } }, async (req, reply) => {
      const f = await templateFile(deps, requireActor(req), req.params.id);
      return reply
        .header('content-type', DOCX)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(f.filename)}`)
        .header('x-content-type-options', 'nosniff')
        .send(f.content);
    });

    app.post(
      '/api/document-templates/:kind',
      { schema: { tags: ['documents'], summary: '上传模板新版本 / Upload a new template version (multipart: file); it becomes active', params: z.object({ kind }), consumes: ['multipart/form-data'] } },
      async (req, reply) => {
        const actor = requireActor(req);
        if (!req.isMultipart()) throw new AppError(415, 'unsupported_media_type', 'unsupported_media_type');
        const part = await req.file();
        if (!part) throw new AppError(400, 'validation_failed', 'validation_failed', {}, { file: { 'zh-CN': '请选择 .docx 模板文件', en: 'Choose a .docx template file' } });
        const content = await part.toBuffer().catch((err: { code?: string }) => {
          if (err.code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError(413, 'attachment_too_large', 'attachment_too_large', { limit: `${Math.round(ctx.config.attachments.maxBytes / 1048576)} MB` });
          throw err;
        });
        return reply.status(201).send(await uploadTemplate(deps, actor, req.params.kind, { filename: part.filename, content }));
      },
    );

    app.post(
      '/api/document-templates/:id/activate',
      { schema: { tags: ['documents'], summary: '启用模板版本 / Put a template version back in use (roll back)', params: idParams, response: { 200: z.object({ id: z.string(), kind, version: z.number().int(), active: z.boolean() }) } } },
      async (req) => activateTemplate(deps, requireActor(req), req.params.id),
    );

    app.get(
      '/api/cases/:id/documents',
      {
        schema: {
          tags: ['documents'],
          summary: '案件文书 / Generated documents of a case (every version) and which kinds can be generated',
          params: idParams,
          response: {
            200: z.object({
              kinds: z.array(z.object({ kind, label: z.string(), blockedBy })),
              sessions: z.array(z.object({ id: z.string(), startsAt: z.string(), status: z.string(), mode: z.string() })),
              items: z.array(documentItem),
            }),
          },
        },
      },
      async (req) => listDocuments(deps, requireActor(req), req.params.id),
    );

    app.post(
      '/api/cases/:id/documents',
      {
        schema: {
          tags: ['documents'],
          summary: '生成文书 / Generate a document from the active template (stored as the next version; 409 when its data is missing or the case is archived)',
          params: idParams,
          body: z.object({ kind, sessionId: z.uuid().optional() }),
          response: { 201: documentItem.omit({ size: true }).extend({ templateVersion: z.number().int() }) },
        },
      },
      async (req, reply) => reply.status(201).send(await generateDocument(deps, requireActor(req), req.params.id, req.body)),
    );
  };
}
