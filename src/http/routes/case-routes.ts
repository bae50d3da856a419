import fastifyMultipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { annotateCase, listCases, lookupParties, revealParty, routeOptions } from '../../services/cases/case-queries.js';
import { actOnCase, CaseConflict } from '../../services/cases/case-actions.js';
import { renderCase, viewCase } from '../../services/cases/case-view.js';
import { addAttachment, readAttachment } from '../../services/cases/attachments.js';
import { renderDossier } from '../../services/cases/dossier.js';
import { exportCases } from '../../services/cases/case-export.js';
import { registerCase } from '../../services/cases/register-case.js';
import { requireActor } from '../auth.js';
import { actionBody, attachmentKind, caseGroupView, caseRoutingView, listQuery, registerBody } from './case-schemas.js';
import { requestLocale } from '../errors.js';

const caseView = z.looseObject({ id: z.string(), code: z.string(), status: z.string(), version: z.number(), parties: z.array(z.looseObject({})), deadlines: z.array(z.looseObject({})), routing: caseRoutingView, timeline: z.array(z.looseObject({})), ...caseGroupView });
const caseItem = z.looseObject({ id: z.string(), code: z.string(), title: z.string(), status: z.string() });
const idParams = z.object({ id: z.uuid() });
/** A limit for humans: '20 MB', or '512 KB' below a megabyte (not '0 MB'). */
const sizeLabel = (bytes: number) => (bytes >= 1048576 ? `${Math.round(bytes / 1048576)} MB` : `${Math.round(bytes / 1024)} KB`);

export function caseRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const deps = ctx.caseDeps;
  return async (app) => {
    await app.register(fastifyMultipart, { limits: { fileSize: ctx.config.attachments.maxBytes, files: 1, fields: 5 } });

    app.post('/api/cases', { schema: { tags: ['cases'], summary: '登记 / Register a case', body: registerBody, response: { 201: caseView } } }, async (req, reply) => {
      const actor = requireActor(req);
      const c = await registerCase(deps, actor, req.body);
      return reply.status(201).send(await renderCase(deps, actor, c, requestLocale(req)));
    });

    app.get('/api/cases', { schema: { tags: ['cases'], summary: '案件列表 / Cases the caller may see', querystring: listQuery, response: { 200: z.object({ items: z.array(caseItem), nextCursor: z.string().nullable() }) } } }, async (req) =>
      listCases(deps, requireActor(req), req.query),
    );

    app.get(
      '/api/cases/export',
      {
        schema: {
          tags: ['cases'],
          summary: '导出案件清单 / The filtered case list as .xlsx or .csv (formula injection escaped; at most 10,000 rows)',
          querystring: listQuery.omit({ limit: true, cursor: true }).extend({ format: z.enum(['xlsx', 'csv']).default('xlsx') }),
        },
      },
      async (req, reply) => {
        const { format, ...q } = req.query;
        const file = await exportCases(deps, requireActor(req), q, format);
        const type = format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
        return reply
          .header('content-type', type)
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(`案件清单.${format}`)}`)
          .send(file);
      },
    );

    app.get('/api/cases/route-options', { schema: { tags: ['cases'], summary: '分流对象 / Units and handlers a case can be routed to', querystring: z.object({ caseId: z.uuid().optional() }) } }, async (req) =>
      routeOptions(deps, requireActor(req), req.query.caseId),
    );

    app.get('/api/cases/:id', { schema: { tags: ['cases'], summary: '案件详情 / One case with parties, deadlines and timeline', params: idParams, response: { 200: caseView } } }, async (req) =>
      viewCase(deps, requireActor(req), req.params.id, requestLocale(req)),
    );

    app.post(
      '/api/cases/:id/actions',
      { schema: { tags: ['cases'], summary: '办理动作 / One lifecycle transition (409 when not allowed now, with the fresh case)', params: idParams, body: actionBody, response: { 200: caseView } } },
      async (req) => {
        const actor = requireActor(req);
        try {
          const c = await actOnCase(deps, actor, req.params.id, req.body);
          return renderCase(deps, actor, c, requestLocale(req));
        } catch (err) {
          if (err instanceof CaseConflict) {
            const fresh = await viewCase(deps, actor, req.params.id, requestLocale(req));
            throw new AppError(err.status, err.code, err.messageKey, err.params, err.fields, { ...err.extra, case: fresh });
          }
          throw err;
        }
      },
    );

    app.post(
      '/api/cases/:id/attachments',
      { schema: { tags: ['cases'], summary: '上传附件 / Upload an attachment (multipart: file, kind)', params: idParams, consumes: ['multipart/form-data'] } },
      async (req, reply) => {
        const actor = requireActor(req);
        if (!req.isMultipart()) throw new AppError(415, 'unsupported_media_type', 'unsupported_media_type');
        const part = await req.file();
        if (!part) throw new AppError(400, 'validation_failed', 'validation_failed', {}, { file: { 'zh-CN': '请选择文件', en: 'Choose a file' } });
        const content = await part.toBuffer().catch((err: { code?: string }) => {
          if (err.code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError(413, 'attachment_too_large', 'attachment_too_large', { limit: sizeLabel(ctx.config.attachments.maxBytes) });
          throw err;
        });
        const kindField = part.fields.kind as { value?: unknown } | undefined;
        const kind = attachmentKind.safeParse(kindField?.value ?? 'evidence');
        if (!kind.success) throw new AppError(400, 'validation_failed', 'validation_failed', {}, { kind: { 'zh-CN': '附件类别无效', en: 'Invalid attachment kind' } });
        return reply.status(201).send(await addAttachment(deps, actor, req.params.id, { filename: part.filename, content, kind: kind.data }));
      },
    );

    app.get(
      '/api/cases/:id/attachments/:attachmentId',
      { schema: { tags: ['cases'], summary: '下载附件 / Download an attachment', params: z.object({ id: z.uuid(), attachmentId: z.uuid() }) } },
      async (req, reply) => {
        const a = await readAttachment(deps, requireActor(req), req.params.id, req.params.attachmentId);
        return reply
          .header('content-type', a.content_type)
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(a.filename)}`)
          .header('x-content-type-options', 'nosniff')
          .send(a.content);
      },
    );

    app.post(
      '/api/cases/:id/annotations',
      { schema: { tags: ['cases'], summary: '添加批注 / Annotate (also on archived cases)', params: idParams, body: z.object({ text: z.string().trim().min(1).max(2000) }) } },
      async (req, reply) => reply.status(201).send(await annotateCase(deps, requireActor(req), req.params.id, req.body.text)),
    );

    app.post(
      '/api/cases/:id/parties/:partyId/reveal',
      {
        schema: {
          tags: ['cases'],
          summary: '查看完整个人信息 / Reveal a party’s full identifiers (audited, with a reason)',
          params: z.object({ id: z.uuid(), partyId: z.uuid() }),
          body: z.object({ reason: z.string().trim().min(2).max(200) }),
          response: { 200: z.object({ idNumber: z.string().nullable(), phone: z.string().nullable(), address: z.string().nullable() }) },
        },
      },
      async (req) => revealParty(deps, requireActor(req), req.params.id, req.params.partyId, req.body.reason),
    );

    app.get('/api/cases/:id/dossier.docx', { schema: { tags: ['cases'], summary: '导出卷宗 / The dossier as .docx', params: idParams } }, async (req, reply) => {
      const actor = requireActor(req);
      const c = await viewCase(deps, actor, req.params.id);
      const center = await ctx.repos.units.get(null, c.centerId);
      const doc = await renderDossier(c, center?.name ?? '');
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(`${c.code}-卷宗.docx`)}`)
        .send(doc);
    });

    app.post(
      '/api/parties/lookup',
      { config: { readOnly: true }, schema: { tags: ['cases'], summary: '当事人查询 / Look up the party register (POST: identifiers never in URLs)', body: z.object({ q: z.string().trim().min(1).max(60) }) } },
      async (req) => lookupParties(deps, requireActor(req), req.body.q),
    );
  };
}
