import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.js';
import type { KpiFactsOptions } from '../../repositories/kpi-facts-repository.js';
import { KpiRepository } from '../../repositories/kpi-repository.js';
import { kpiReport } from '../../services/kpi/kpi-service.js';
import { requireActor } from '../auth.js';
import { kpiDrillRoutes } from './kpi-drill-routes.js';
import { requestLocale } from '../errors.js';
import { kpiQuery, kpiReportSchema } from './kpi-schemas.js';

export { kpiQuery, kpiReportSchema, kpisSchema } from './kpi-schemas.js';

/** Concurrent report queries on PostgreSQL whose pool has room for them (4 connections). */
export function kpiRepositoryOptions(ctx: AppContext): KpiFactsOptions {
  const pool = ctx.config.database.kind === 'postgres' ? ctx.config.database.poolMax : 10;
  return { concurrent: ctx.database.engine === 'postgres' && pool >= 4 };
}

/** GET /api/kpis (SPEC §3.10, §6). Heavy reads go to the read replica when one is configured. */
export function kpiRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const repo = new KpiRepository(ctx.database.readDb, kpiRepositoryOptions(ctx));
  return async (app) => {
    await app.register(kpiDrillRoutes(ctx));
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
