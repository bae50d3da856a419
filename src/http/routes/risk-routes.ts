import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { followupDeps } from '../../services/followup/deps.js';
import { assessCase, caseAssessments } from '../../services/risk/case-assessments.js';
import { activeChecklist, checklistJson, DEFAULT_CHECKLIST_CODE, listChecklists, publishChecklist } from '../../services/risk/checklists.js';
import { requireActor } from '../auth.js';
import { assessmentView, checklistView, publishBody, riskAnswers } from './followup-schemas.js';

const tags = ['risk'];

/** 风险清单与风险评估 (SPEC §3.5): versioned checklists and the assessments of cases. */
export function riskRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const deps = followupDeps(ctx.caseDeps);
  return async (app) => {
    app.get(
      '/api/risk/checklists',
      { schema: { tags, summary: '风险清单（全部版本） / Every version of the risk checklists', querystring: z.object({ code: z.string().max(40).optional() }), response: { 200: z.object({ items: z.array(checklistView) }) } } },
      async (req) => {
        requireActor(req);
        return { items: await listChecklists(deps, req.query.code) };
      },
    );

    app.get(
      '/api/risk/checklists/active',
      { schema: { tags, summary: '当前风险清单 / The active version of a checklist', querystring: z.object({ code: z.string().max(40).default(DEFAULT_CHECKLIST_CODE) }), response: { 200: checklistView } } },
      async (req) => {
        requireActor(req);
        return checklistJson(await activeChecklist(deps, req.query.code));
      },
    );

    app.post(
      '/api/risk/checklists',
      { schema: { tags, summary: '发布新版风险清单 / Publish a new version of a checklist, active at once (admin)', body: publishBody, response: { 201: checklistView } } },
      async (req, reply) => reply.status(201).send(await publishChecklist(deps, requireActor(req), req.body)),
    );

    app.get(
      '/api/cases/:id/risk-assessments',
      { schema: { tags, summary: '案件风险评估记录 / The risk assessments of a case, newest first', params: z.object({ id: z.uuid() }), response: { 200: z.object({ items: z.array(assessmentView) }) } } },
      async (req) => ({ items: await caseAssessments(deps, requireActor(req), req.params.id) }),
    );

    app.post(
      '/api/cases/:id/risk-assessments',
      {
        schema: {
          tags,
          summary: '风险评估 / Assess a case with the active checklist (sets its risk level and its follow-up plan’s; 400 names answers.<item>)',
          params: z.object({ id: z.uuid() }),
          body: z.object({ answers: riskAnswers }),
          response: { 201: assessmentView },
        },
      },
      async (req, reply) => reply.status(201).send(await assessCase(deps, requireActor(req), req.params.id, req.body.answers)),
    );
  };
}
