import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { DEFAULT_OFFICE_HOURS } from '../../domain/calendar/working-calendar.js';
import { casePolicySchema } from '../../services/rules-service.js';
import { requireActor } from '../auth.js';

const category = z.object({ code: z.string(), name: z.string(), nameEn: z.string(), parentCode: z.string().nullable(), handlingDays: z.number(), active: z.boolean() });
type CategoryRow = { code: string; name_zh: string; name_en: string; parent_code: string | null; handling_days: number; active: boolean };
const toCategory = (c: CategoryRow) => ({ code: c.code, name: c.name_zh, nameEn: c.name_en, parentCode: c.parent_code, handlingDays: c.handling_days, active: c.active });
const isoDate = z.iso.date();

/** Rules as data (刚性制度): categories and their handling days, the working calendar, the case policy. */
export function rulesRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const rules = ctx.services.rules;
  return async (app) => {
    app.get('/api/categories', { schema: { tags: ['rules'], summary: '案件类别 / Category taxonomy', response: { 200: z.object({ items: z.array(category) }) } } }, async (req) => {
      requireActor(req);
      return { items: (await rules.categories()).map(toCategory) };
    });
    app.post(
      '/api/categories',
      {
        schema: {
          tags: ['rules'],
          summary: '新增类别 / Add a category or sub-category (admin)',
          body: z.object({ code: z.string().regex(/^[a-z][a-z0-9_]{1,40}$/), name: z.string().trim().min(1).max(40), nameEn: z.string().trim().min(1).max(60), parentCode: z.string().nullish(), handlingDays: z.number().int().min(1).max(365) }),
          response: { 201: category },
        },
      },
      async (req, reply) => reply.status(201).send(toCategory(await rules.addCategory(requireActor(req), req.body))),
    );
    app.patch(
      '/api/categories/:code',
      {
        schema: {
          tags: ['rules'],
          summary: '修改类别 / Update a category (admin)',
          params: z.object({ code: z.string().max(40) }),
          body: z.object({ name: z.string().trim().min(1).max(40).optional(), nameEn: z.string().trim().min(1).max(60).optional(), handlingDays: z.number().int().min(1).max(365).optional(), active: z.boolean().optional() }),
          response: { 200: category },
        },
      },
      async (req) => toCategory(await rules.updateCategory(requireActor(req), req.params.code, req.body)),
    );

    app.get(
      '/api/calendar',
      {
        schema: {
          tags: ['rules'],
          summary: '工作日历 / Holidays and make-up working days of a year',
          querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
          response: { 200: z.object({ year: z.number(), hours: z.object({ start: z.string(), end: z.string() }), days: z.array(z.object({ date: z.string(), kind: z.enum(['holiday', 'workday']), name: z.string() })) }) },
        },
      },
      async (req) => {
        requireActor(req);
        return { year: req.query.year, hours: DEFAULT_OFFICE_HOURS, days: await rules.calendarDays(req.query.year) };
      },
    );
    app.put(
      '/api/calendar/:date',
      {
        schema: {
          tags: ['rules'],
          summary: '设置节假日或调休上班日 / Set a holiday or make-up working day (admin)',
          params: z.object({ date: isoDate }),
          body: z.object({ kind: z.enum(['holiday', 'workday']), name: z.string().trim().min(1).max(40) }),
        },
      },
      async (req, reply) => {
        await rules.putCalendarDay(requireActor(req), { date: req.params.date, ...req.body });
        return reply.status(204).send();
      },
    );
    app.delete('/api/calendar/:date', { schema: { tags: ['rules'], summary: '删除日历设置 / Remove a calendar entry (admin)', params: z.object({ date: isoDate }) } }, async (req, reply) => {
      await rules.deleteCalendarDay(requireActor(req), req.params.date);
      return reply.status(204).send();
    });

    const policyResponse = z.object({ version: z.number(), value: casePolicySchema });
    app.get('/api/policies/case', { schema: { tags: ['rules'], summary: '办理规则 / Deadlines, escalation chain, archive rules', response: { 200: policyResponse } } }, async (req) => {
      requireActor(req);
      const p = await rules.casePolicy();
      return { version: p.version, value: p.value };
    });
    app.put(
      '/api/policies/case',
      { schema: { tags: ['rules'], summary: '修改办理规则 / Replace the case policy (admin; send the version you read, 0 for the shipped default)', body: z.object({ version: z.number().int().min(0), value: casePolicySchema }), response: { 200: policyResponse } } },
      async (req) => {
        const p = await rules.putCasePolicy(requireActor(req), req.body.version, req.body.value);
        return { version: p.version, value: p.value };
      },
    );
  };
}
