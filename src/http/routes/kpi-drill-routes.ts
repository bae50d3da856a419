import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { DRILL_BREAKDOWNS, DRILL_METRICS, NULL_GROUP_KEY } from '../../domain/kpi/drill.js';
import { KpiRepository } from '../../repositories/kpi-repository.js';
import { kpiDrill } from '../../services/kpi/kpi-drill-service.js';
import { requireActor } from '../auth.js';
import { kpiRepositoryOptions } from './kpi-routes.js';
import { kpiQuery } from './kpi-schemas.js';

export const kpiDrillQuery = kpiQuery.extend({
  groupBy: kpiQuery.shape.groupBy.describe('with `groupKey`: only the cases of that group of the same report'),
  metric: z
    .string()
    .trim()
    .min(1)
    .max(80)
    .describe(`the figure: ${DRILL_METRICS.join(', ')}; or a breakdown entry ${DRILL_BREAKDOWNS.map((b) => `${b}:<code>`).join(', ')}`),
  groupKey: z
    .string()
    .trim()
    .min(1)
    .max(80)
    .optional()
    .describe(`the \`key\` of a group of GET /api/kpis with the same \`groupBy\` ('YYYY-MM', 'YYYY-Www', a code or a unit / user id); '${NULL_GROUP_KEY}' for the group whose key is null`),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(20),
});

/** Shaped like the items of GET /api/cases (the same mapping), so the same table renders both. */
const drillItem = z.looseObject({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  category: z.string(),
  categoryName: z.string(),
  channel: z.string(),
  status: z.string(),
  registeredAt: z.string(),
});

export const kpiDrillResponse = z.object({
  items: z.array(drillItem),
  nextCursor: z.string().nullable(),
  /** the size of the whole list: equals the figure drilled into */
  total: z.number().int(),
  /** of `total`, the cases outside the caller's case scope, counted but not listed (a follow-up plan seen through its grid) */
  notListed: z.number().int(),
});

/** GET /api/kpis/cases: the cases behind one figure of GET /api/kpis (same period, filters and scope). */
export function kpiDrillRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const repo = new KpiRepository(ctx.database.readDb, kpiRepositoryOptions(ctx));
  return async (app) => {
    app.get(
      '/api/kpis/cases',
      {
        schema: {
          tags: ['kpis'],
          summary: '指标明细 / The cases behind one KPI figure (drill-down), a page at a time',
          description:
            '`total` equals the figure of GET /api/kpis with the same period, filters and group; `notListed` of them are outside the caller’s case scope and not listed (late follow-ups of plans seen through the caller’s grids). Newest registration first; `nextCursor` pages on. 400 naming the field for an inverted period (`to`), an unknown `metric`, `groupBy` or `groupKey`; 403 (audited) for a unit filter outside the caller’s data scope.',
          querystring: kpiDrillQuery,
          response: { 200: kpiDrillResponse },
        },
      },
      async (req) => kpiDrill(ctx.caseDeps, repo, requireActor(req), req.query),
    );
  };
}
