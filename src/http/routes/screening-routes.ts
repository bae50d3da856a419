import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { RISK_LEVELS } from '../../domain/risk/checklist.js';
import { campaignDetail, closeCampaign, createCampaign, listCampaigns } from '../../services/screening/campaigns.js';
import { campaignCoverage, campaignScreenings } from '../../services/screening/coverage.js';
import { screeningDeps } from '../../services/screening/deps.js';
import { recordScreening } from '../../services/screening/record.js';
import { requireActor } from '../auth.js';
import { campaignBody, campaignDetailView, campaignView, coverageView, screeningBody, screeningResult, screeningView } from './screening-schemas.js';

const idParams = z.object({ id: z.uuid() });
const tags = ['screening'];

/** 排查活动 and 入户排查 (SPEC §3.5): campaigns, screenings grid by grid, coverage. */
export function screeningRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const deps = screeningDeps(ctx.caseDeps);
  return async (app) => {
    app.get(
      '/api/screening/campaigns',
      {
        schema: {
          tags,
          summary: '排查活动列表 / Screening campaigns covering the caller’s grids, newest first, with coverage totals',
          querystring: z.object({ status: z.enum(['open', 'closed']).optional(), cursor: z.string().max(80).optional(), limit: z.coerce.number().int().min(1).max(100).default(20) }),
          response: { 200: z.object({ items: z.array(campaignView), nextCursor: z.string().nullable() }) },
        },
      },
      async (req) => listCampaigns(deps, requireActor(req), req.query),
    );

    app.post(
      '/api/screening/campaigns',
      {
        schema: {
          tags,
          summary: '发起排查活动 / Open a campaign (director, dispatcher, admin): grids by id or whole communities/streets; targets default to the grids’ households',
          body: campaignBody,
          response: { 201: campaignDetailView },
        },
      },
      async (req, reply) => reply.status(201).send(await createCampaign(deps, requireActor(req), req.body)),
    );

    app.get(
      '/api/screening/campaigns/:id',
      { schema: { tags, summary: '排查活动详情 / A campaign with its checklist version, totals and what the caller may do', params: idParams, response: { 200: campaignDetailView } } },
      async (req) => campaignDetail(deps, requireActor(req), req.params.id),
    );

    app.post(
      '/api/screening/campaigns/:id/close',
      {
        schema: {
          tags,
          summary: '结束排查活动 / Close a campaign (send the version read; 409 when closed already or changed)',
          params: idParams,
          body: z.object({ version: z.number().int().min(1) }),
          response: { 200: campaignDetailView },
        },
      },
      async (req) => closeCampaign(deps, requireActor(req), req.params.id, req.body.version),
    );

    app.get(
      '/api/screening/campaigns/:id/coverage',
      {
        schema: {
          tags,
          summary: '排查覆盖率 / Coverage per grid, community or street (overdue: behind the expected linear progress by more than 10 points, or ended below 100%)',
          params: idParams,
          querystring: z.object({ by: z.enum(['grid', 'community', 'street']).default('grid') }),
          response: { 200: coverageView },
        },
      },
      async (req) => campaignCoverage(deps, requireActor(req), req.params.id, req.query.by),
    );

    app.get(
      '/api/screening/campaigns/:id/screenings',
      {
        schema: {
          tags,
          summary: '排查记录 / Screenings of a campaign in the caller’s grids, newest first (addresses masked)',
          params: idParams,
          querystring: z.object({
            gridId: z.uuid().optional(),
            level: z.enum(RISK_LEVELS).optional(),
            cursor: z.string().max(80).optional(),
            limit: z.coerce.number().int().min(1).max(200).default(50),
          }),
          response: { 200: z.object({ items: z.array(screeningView), nextCursor: z.string().nullable() }) },
        },
      },
      async (req) => campaignScreenings(deps, requireActor(req), req.params.id, req.query),
    );

    app.post(
      '/api/screening/campaigns/:id/screenings',
      {
        schema: {
          tags,
          summary:
            '入户排查 / Record a screening: the grid trio of the grid (403 outside); answers checked against the campaign’s checklist (400 naming answers.<item>); same clientId replays (200, replayed); same address twice 409 already_screened; medium/high opens the household profile and its follow-up plan',
          params: idParams,
          body: screeningBody,
          response: { 200: screeningResult, 201: screeningResult },
        },
      },
      async (req, reply) => {
        const result = await recordScreening(deps, requireActor(req), req.params.id, req.body);
        return reply.status(result.replayed ? 200 : 201).send(result);
      },
    );
  };
}
