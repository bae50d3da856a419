import fastifyMultipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import type { HouseholdFilter } from '../../repositories/household-repository.js';
import { importHouseholds } from '../../services/households/import.js';
import { listNotices, noticeDeliveries, sendNotices } from '../../services/households/notices.js';
import { applyAgreement, patchHousehold, recordStep, type Selection } from '../../services/households/progress.js';
import { householdSummary, listHouseholds } from '../../services/households/queries.js';
import { householdTemplate } from '../../services/households/sheet.js';
import { requireActor } from '../auth.js';
import { batchView, deliveryView, householdListQuery, householdView, noticeBody, progressBody, summaryView } from './household-schemas.js';

const idParams = z.object({ id: z.uuid() });
/** A household list of 5,000 rows is well below 5 MB even as .xlsx with styles. */
const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const selectionOf = (b: { householdIds?: string[]; all?: true; filter?: HouseholdFilter }): Selection =>
  b.all ? { all: true, filter: b.filter } : { householdIds: b.householdIds ?? [] };

/** 涉众户 of group cases: import, list, progress, one agreement for all, batch notices and their delivery. */
export function householdRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const deps = ctx.caseDeps;
  return async (app) => {
    await app.register(fastifyMultipart, { limits: { fileSize: IMPORT_MAX_BYTES, files: 1, fields: 2 } });

    app.get('/api/households/template.xlsx', { schema: { tags: ['households'], summary: '涉众户名单模板 / The household list template (.xlsx)' } }, async (req, reply) => {
      requireActor(req);
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent('涉众户名单模板.xlsx')}`)
        .send(await householdTemplate());
    });

    app.post(
      '/api/cases/:id/households/import',
      {
        schema: {
          tags: ['households'],
          summary: '导入涉众户 / Import households from .xlsx or .csv (UTF-8 or GBK): all rows or none; 400 with a report of every bad row',
          params: idParams,
          consumes: ['multipart/form-data'],
          response: { 201: z.object({ imported: z.number(), total: z.number() }) },
        },
      },
      async (req, reply) => {
        const actor = requireActor(req);
        if (!req.isMultipart()) throw new AppError(415, 'unsupported_media_type', 'unsupported_media_type');
        const part = await req.file();
        if (!part) throw new AppError(400, 'validation_failed', 'validation_failed', {}, { file: { 'zh-CN': '请选择文件', en: 'Choose a file' } });
        const content = await part.toBuffer().catch((err: { code?: string }) => {
          if (err.code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError(413, 'attachment_too_large', 'attachment_too_large', { limit: '5 MB' });
          throw err;
        });
        return reply.status(201).send(await importHouseholds(deps, actor, req.params.id, { filename: part.filename, content }));
      },
    );

    app.get(
      '/api/cases/:id/households',
      {
        schema: {
          tags: ['households'],
          summary: '涉众户列表 / Households of a group case by step or search (ID numbers, phones, addresses masked)',
          params: idParams,
          querystring: householdListQuery,
          response: { 200: z.object({ items: z.array(householdView), nextCursor: z.string().nullable() }) },
        },
      },
      async (req) => listHouseholds(deps, requireActor(req), req.params.id, req.query),
    );

    app.get(
      '/api/cases/:id/households/summary',
      { schema: { tags: ['households'], summary: '涉众户进度 / Counts per step and the money claimed, agreed and paid', params: idParams, response: { 200: summaryView } } },
      async (req) => householdSummary(deps, requireActor(req), req.params.id),
    );

    app.post(
      '/api/cases/:id/households/progress',
      {
        schema: {
          tags: ['households'],
          summary: '批量登记进度 / Record a step for chosen households: all or none (409 lists those not ready; a payment above the agreed amount is 400)',
          params: idParams,
          body: progressBody,
          response: { 200: z.object({ step: z.string(), selected: z.number(), changed: z.number() }) },
        },
      },
      async (req) => recordStep(deps, requireActor(req), req.params.id, { ...selectionOf(req.body), step: req.body.step, amountFen: req.body.amountFen }),
    );

    app.post(
      '/api/cases/:id/households/apply-agreement',
      {
        schema: {
          tags: ['households'],
          summary: '统一协议 / One agreement for all: every household not yet signed agrees to its claim or a ratio of it',
          params: idParams,
          body: z.object({ mode: z.enum(['claim', 'ratio']), ratio: z.number().gt(0).max(1).optional() }),
          response: { 200: z.object({ applied: z.number(), skippedSigned: z.number(), agreedFen: z.number() }) },
        },
      },
      async (req) => applyAgreement(deps, requireActor(req), req.params.id, req.body),
    );

    app.patch(
      '/api/households/:id',
      {
        schema: {
          tags: ['households'],
          summary: '修改涉众户 / Representative flag and note of a household (send the version read; 409 when changed meanwhile)',
          params: idParams,
          body: z.object({ version: z.number().int().min(1), representative: z.boolean().optional(), note: z.string().trim().max(500).nullable().optional() }),
          response: { 200: householdView },
        },
      },
      async (req) => patchHousehold(deps, requireActor(req), req.params.id, req.body),
    );

    app.post(
      '/api/cases/:id/notices',
      {
        schema: {
          tags: ['households'],
          summary: '批量通知 / Queue a notice (SMS) to chosen households with a phone; delivered by the outbox job; {姓名} is replaced by each name',
          params: idParams,
          body: noticeBody,
          response: { 201: z.object({ id: z.string(), title: z.string(), recipients: z.number(), withoutPhone: z.number() }) },
        },
      },
      async (req, reply) => reply.status(201).send(await sendNotices(deps, requireActor(req), req.params.id, { ...selectionOf(req.body), title: req.body.title, body: req.body.body })),
    );

    app.get(
      '/api/cases/:id/notices',
      { schema: { tags: ['households'], summary: '通知记录 / Notice batches of a group case with delivery counts', params: idParams, response: { 200: z.object({ items: z.array(batchView) }) } } },
      async (req) => listNotices(deps, requireActor(req), req.params.id),
    );

    app.get(
      '/api/cases/:id/notices/:batchId',
      {
        schema: {
          tags: ['households'],
          summary: '通知送达情况 / Delivery of one notice batch per household (phones masked)',
          params: z.object({ id: z.uuid(), batchId: z.uuid() }),
          response: { 200: z.object({ items: z.array(deliveryView) }) },
        },
      },
      async (req) => noticeDeliveries(deps, requireActor(req), req.params.id, req.params.batchId),
    );
  };
}
