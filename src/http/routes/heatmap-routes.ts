import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { HeatmapRepository } from '../../repositories/heatmap-repository.js';
import { HEAT_LEVELS, heatmap, heatmapCases, RISK_FILTERS } from '../../services/heatmap/heatmap-service.js';
import { requireActor } from '../auth.js';
import { rule } from '../zod-i18n.js';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, rule('日期格式应为 YYYY-MM-DD', 'Expected a date YYYY-MM-DD'));
const period = {
  from: day.optional().describe('first local day (Asia/Shanghai), YYYY-MM-DD; default: 364 days before `to`'),
  to: day.optional().describe('last local day, inclusive; default: today'),
};

const ring = z.array(z.tuple([z.number(), z.number()]));
const figures = z.object({
  registered: z.number().int(),
  open: z.object({ high: z.number().int(), medium: z.number().int(), low: z.number().int(), unassessed: z.number().int() }),
  highRiskHouseholds: z.number().int(),
  activePlans: z.number().int(),
  activeHighPlans: z.number().int(),
  overdueVisits: z.number().int(),
});
const unitRef = z.object({ id: z.string(), name: z.string(), kind: z.string() });
const definition = z.object({ zh: z.string(), en: z.string(), formula: z.string() });

const heatmapSchema = z.object({
  level: z.enum(HEAT_LEVELS),
  parent: unitRef.nullable(),
  trail: z.array(unitRef),
  period: z.object({ from: z.string(), to: z.string() }),
  asOf: z.string(),
  definitions: z.record(z.string(), definition),
  units: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      code: z.string(),
      kind: z.string(),
      households: z.number().nullable(),
      geometry: z.array(ring),
      figures,
      score: z.number(),
      perThousandHouseholds: z.number().nullable(),
      childLevel: z.enum(HEAT_LEVELS).nullable(),
    }),
  ),
  maxScore: z.number(),
  total: figures.extend({ score: z.number() }),
});

const caseItem = z.looseObject({ id: z.string(), code: z.string(), title: z.string(), status: z.string(), riskLevel: z.string().nullable() });

/** The risk heat map of the district (SPEC §3.10): street → community → grid. */
export function heatmapRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const repo = new HeatmapRepository(ctx.database.readDb);
  return async (app) => {
    app.get(
      '/api/kpis/heatmap',
      {
        schema: {
          tags: ['kpis'],
          summary: '风险热力图 / Risk heat map: units of a level with their geometry, open cases by risk level, high-risk households, follow-up figures and the risk score',
          description:
            'Units of `level` inside `parentId` (or all the caller may see), scoped to the caller. The risk score is defined in `definitions.riskScore`. 400 for an unknown level, a parent that is not a unit of a kind above the level, or an inverted period; 403 (audited) for a parent outside the caller’s scope.',
          querystring: z.object({ level: z.enum(HEAT_LEVELS).default('street'), parentId: z.uuid().optional(), ...period }),
          response: { 200: heatmapSchema },
        },
      },
      async (req) => heatmap(ctx.caseDeps, repo, requireActor(req), req.query),
    );

    app.get(
      '/api/kpis/heatmap/cases',
      {
        schema: {
          tags: ['kpis'],
          summary: '热力图下钻 / The open cases of a street, community or grid registered in the period, by risk level',
          querystring: z.object({ unitId: z.uuid(), riskLevel: z.enum(RISK_FILTERS).default('high'), ...period, limit: z.coerce.number().int().min(1).max(200).default(100) }),
          response: {
            200: z.object({
              unit: unitRef,
              riskLevel: z.enum(RISK_FILTERS),
              period: z.object({ from: z.string(), to: z.string() }),
              total: z.number().int(),
              items: z.array(caseItem),
            }),
          },
        },
      },
      async (req) => heatmapCases(ctx.caseDeps, repo, requireActor(req), req.query),
    );
  };
}
