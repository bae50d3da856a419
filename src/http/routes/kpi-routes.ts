import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { CHANNELS } from '../../domain/case/taxonomy.js';
import { GROUP_BYS } from '../../domain/kpi/compute.js';
import { KpiRepository } from '../../repositories/kpi-repository.js';
import { kpiReport } from '../../services/kpi/kpi-service.js';
import { requireActor } from '../auth.js';
import { requestLocale } from '../errors.js';
import { rule } from '../zod-i18n.js';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, rule('日期格式应为 YYYY-MM-DD', 'Expected a date YYYY-MM-DD'));

export const kpiQuery = z.object({
  from: day.optional().describe('first local day (Asia/Shanghai), YYYY-MM-DD; default: 364 days before `to`'),
  to: day.optional().describe('last local day, inclusive; default: today'),
  groupBy: z.enum(GROUP_BYS).default('none'),
  category: z.string().trim().min(1).max(40).optional(),
  channel: z.enum(CHANNELS).optional(),
  streetId: z.uuid().optional(),
  communityId: z.uuid().optional(),
  gridId: z.uuid().optional(),
  handlerId: z.uuid().optional(),
  departmentId: z.uuid().optional(),
});

const distribution = z.object({ median: z.number().nullable(), p90: z.number().nullable() });
const counts = z.record(z.string(), z.number());
const rate = z.number().min(0).max(1).nullable();

export const kpisSchema = z.object({
  registered: z.number(),
  accepted: z.number(),
  concluded: z.number(),
  resolved: z.number(),
  closureRate: rate,
  resolutionRate: rate,
  onTimeResponseRate: rate,
  responseMinutes: distribution,
  durationDays: distribution,
  durationWorkingDays: distribution,
  satisfactionRate: rate,
  reboundRate: rate,
  moneyRecoveredFen: z.number().int(),
  followUpOnTimeRate: z.null(),
  screeningCoverage: z.null(),
  byChannel: counts,
  byCategory: counts,
  byStatus: counts,
  bases: z.object({
    responded: z.number(),
    respondedOnTime: z.number(),
    concludedInPeriod: z.number(),
    resolvedInPeriod: z.number(),
    rebounded: z.number(),
    rated: z.number(),
    satisfied: z.number(),
    cases: z.number(),
  }),
});

const dayPeriod = z.object({ from: z.string(), to: z.string() });

export const kpiReportSchema = z.object({
  period: dayPeriod,
  groupBy: z.enum(GROUP_BYS),
  definitions: z.record(
    z.string(),
    z.object({ zh: z.string(), en: z.string(), formula: z.string(), unit: z.string().nullable(), available: z.boolean() }),
  ),
  total: kpisSchema,
  groups: z.array(
    z.object({
      key: z.string().nullable(),
      label: z.string(),
      period: dayPeriod.optional(),
      kpis: kpisSchema,
      sample: z.number(),
      ranked: z.boolean(),
    }),
  ),
});

/** GET /api/kpis (SPEC §3.10, §6). Heavy reads go to the read replica when one is configured. */
export function kpiRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const repo = new KpiRepository(ctx.database.readDb);
  return async (app) => {
    app.get(
      '/api/kpis',
      {
        schema: {
          tags: ['kpis'],
          summary: '统计指标 / KPIs of a period with their definitions, in total and by group (scoped to the caller)',
          description:
            'Rates are 0..1, null when their denominator is 0. 400 for an inverted period (`to`), an unknown `groupBy`, an unknown unit or category; 403 (audited) for a unit filter outside the caller’s data scope.',
          querystring: kpiQuery,
          response: { 200: kpiReportSchema },
        },
      },
      async (req) => kpiReport(ctx.caseDeps, repo, requireActor(req), req.query, requestLocale(req)),
    );
  };
}
