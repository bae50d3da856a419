import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { caseFollowup } from '../../services/followup/case-followup.js';
import { followupDeps } from '../../services/followup/deps.js';
import { visitPhoto } from '../../services/followup/photo.js';
import { changePlanLevel, endPlan } from '../../services/followup/plan-actions.js';
import { listPlans, planDetail } from '../../services/followup/plan-view.js';
import { getFollowupPolicy, putFollowupPolicy } from '../../services/followup/policy-admin.js';
import { recordVisit } from '../../services/followup/record-visit.js';
import { todayTasks } from '../../services/followup/today-tasks.js';
import { requireActor } from '../auth.js';
import {
  assessmentView,
  endBody,
  followupPolicyValue,
  followupPolicyView,
  levelBody,
  planListItem,
  planListQuery,
  planView,
  RECORD_BODY_LIMIT,
  recordBody,
  recordResponse,
  todayResponse,
} from './followup-schemas.js';

const idParams = z.object({ id: z.uuid() });
const tags = ['followup'];

/** 分级回访 (SPEC §3.5): plans and their visits, the grid trio's today, the follow-up rules. */
export function followupRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const deps = followupDeps(ctx.caseDeps);
  return async (app) => {
    app.get(
      '/api/followup/plans',
      {
        schema: {
          tags,
          summary: '回访计划列表 / Follow-up plans the caller may see, soonest due first (cursor-paginated)',
          querystring: planListQuery,
          response: { 200: z.object({ day: z.string(), items: z.array(planListItem), nextCursor: z.string().nullable() }) },
        },
      },
      async (req) => listPlans(deps, requireActor(req), req.query),
    );

    app.get('/api/followup/plans/:id', { schema: { tags, summary: '回访计划详情 / One plan with its visits, case or household, assessments and referrals', params: idParams, response: { 200: planView } } }, async (req) =>
      planDetail(deps, requireActor(req), req.params.id),
    );

    app.post(
      '/api/followup/plans/:id/level',
      {
        schema: {
          tags,
          summary: '调整风险等级 / Change a plan’s level (the open visit’s due day moves at once; 409 on a stale version or an ended plan)',
          params: idParams,
          body: levelBody,
          response: { 200: planView },
        },
      },
      async (req) => changePlanLevel(deps, requireActor(req), req.params.id, req.body),
    );

    app.post(
      '/api/followup/plans/:id/end',
      { schema: { tags, summary: '结束回访 / End a plan by hand (director, dispatcher, admin)', params: idParams, body: endBody, response: { 200: planView } } },
      async (req) => endPlan(deps, requireActor(req), req.params.id, req.body),
    );

    app.post(
      '/api/followup/visits/:id/record',
      {
        bodyLimit: RECORD_BODY_LIMIT,
        schema: {
          tags,
          summary: '登记回访 / Record a visit (idempotent by clientId: a resent submission answers with the first result, replayed=true; 409 plan_ended / visit_done)',
          params: idParams,
          body: recordBody,
          response: { 200: recordResponse },
        },
      },
      async (req) => recordVisit(deps, requireActor(req), req.params.id, req.body),
    );

    app.get('/api/followup/visits/:id/photo', { schema: { tags, summary: '回访照片 / The photo of a visit', params: idParams } }, async (req, reply) => {
      const photo = await visitPhoto(deps, requireActor(req), req.params.id);
      return reply.header('content-type', photo.contentType).header('x-content-type-options', 'nosniff').header('cache-control', 'private, max-age=3600').send(photo.content);
    });

    app.get(
      '/api/followup/today',
      {
        schema: {
          tags,
          summary: '今日任务 / The grid trio’s visits due by today (overdue first) and screenings running in their grids',
          querystring: z.object({ withinDays: z.coerce.number().int().min(0).max(30).default(0) }),
          response: { 200: todayResponse },
        },
      },
      async (req) => todayTasks(deps, requireActor(req), req.query.withinDays),
    );

    app.get(
      '/api/cases/:id/followup',
      {
        schema: {
          tags,
          summary: '案件回访 / A case’s follow-up plans with their visits, and its risk assessments',
          params: idParams,
          response: { 200: z.object({ caseId: z.string(), riskLevel: z.string().nullable(), plans: z.array(planView), assessments: z.array(assessmentView), canAssess: z.boolean() }) },
        },
      },
      async (req) => caseFollowup(deps, requireActor(req), req.params.id),
    );

    app.get('/api/rules/followup-policy', { schema: { tags: ['rules'], summary: '回访规则 / Follow-up intervals, stable run, escalation days', response: { 200: followupPolicyView } } }, async (req) => {
      requireActor(req);
      return getFollowupPolicy(deps);
    });

    app.put(
      '/api/rules/followup-policy',
      {
        schema: {
          tags: ['rules'],
          summary: '修改回访规则 / Replace the follow-up policy (admin; send the version you read, 0 for the shipped default)',
          body: z.object({ version: z.number().int().min(0), value: followupPolicyValue }),
          response: { 200: followupPolicyView },
        },
      },
      async (req) => putFollowupPolicy(deps, requireActor(req), req.body.version, req.body.value),
    );
  };
}
