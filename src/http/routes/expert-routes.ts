import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { SERVICE_MODES } from '../../domain/experts/policy.js';
import { expertDeps } from '../../services/experts/deps.js';
import { expertPolicy, putExpertPolicy } from '../../services/experts/policy.js';
import { createExpert, getExpert, listExperts, myProfile, portalExperts, updateExpert, updateMyProfile } from '../../services/experts/profiles.js';
import { proposeExperts } from '../../services/experts/proposals.js';
import { respondToInvitation, setTeamLead, withdrawExpert } from '../../services/experts/responses.js';
import { caseTeam, myInvitations, teamSuggestions } from '../../services/experts/team-views.js';
import { requireActor } from '../auth.js';
import { createBody, expertView, invitation, listQuery, ownPatchBody, patchBody, policyValue, portalExpert, proposeBody, respondBody, teamView, withdrawBody } from './expert-schemas.js';

const idParams = z.object({ id: z.uuid() });
const memberParams = z.object({ id: z.uuid(), expertId: z.uuid() });
const tags = ['experts'];

/** 专家智库: profiles, the portal's picker, two-way matching on a case, team service, the matching policy. */
export function expertRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const d = expertDeps(ctx.caseDeps);
  return async (app) => {
    app.get('/api/experts', { schema: { tags, summary: '专家智库 / The expert pool, filtered and paged, with each expert’s load', querystring: listQuery, response: { 200: z.object({ items: z.array(expertView), total: z.number() }) } } }, async (req) =>
      listExperts(d, requireActor(req), req.query),
    );

    app.post('/api/experts', { schema: { tags, summary: '新增专家 / Add an expert to the pool (admin)', body: createBody, response: { 201: expertView } } }, async (req, reply) =>
      reply.status(201).send(await createExpert(d, requireActor(req), req.body)),
    );

    app.get('/api/experts/me', { schema: { tags, summary: '我的专家档案 / The caller’s own profile (expert accounts)', response: { 200: expertView } } }, async (req) => myProfile(d, requireActor(req)));

    app.patch(
      '/api/experts/me',
      { schema: { tags, summary: '设置本人接案状态 / An expert sets their availability, note and service modes', body: ownPatchBody, response: { 200: expertView } } },
      async (req) => updateMyProfile(d, requireActor(req), req.body),
    );

    app.get(
      '/api/experts/me/invitations',
      { schema: { tags, summary: '专家邀请 / The caller’s pending invitations and the cases they serve on', response: { 200: z.object({ profile: expertView, items: z.array(invitation) }) } } },
      async (req) => myInvitations(d, requireActor(req)),
    );

    app.get('/api/experts/:id', { schema: { tags, summary: '专家档案 / One expert', params: idParams, response: { 200: expertView } } }, async (req) => getExpert(d, requireActor(req), req.params.id));

    app.patch(
      '/api/experts/:id',
      { schema: { tags, summary: '修改专家档案 / Update a profile (admin, director; send the version you read)', params: idParams, body: patchBody, response: { 200: expertView } } },
      async (req) => updateExpert(d, requireActor(req), req.params.id, req.body),
    );

    app.get(
      '/api/portal/experts',
      {
        schema: {
          tags: ['portal'],
          summary: '可选专家 / Experts a resident can pick when filing (no login)',
          security: [],
          querystring: z.object({ category: z.string().regex(/^[a-z][a-z0-9_]{1,40}$/).optional(), mode: z.enum(SERVICE_MODES).optional() }),
          response: { 200: z.object({ items: z.array(portalExpert), maxPick: z.number().describe('how many experts a party may pick') }) },
        },
      },
      async (req) => portalExperts(d, req.query),
    );

    app.get('/api/cases/:id/experts', { schema: { tags, summary: '专家团队 / The case’s experts: invitations, answers, lead', params: idParams, response: { 200: teamView } } }, async (req) =>
      caseTeam(d, requireActor(req), req.params.id),
    );

    app.get(
      '/api/cases/:id/experts/suggestions',
      {
        schema: {
          tags,
          summary: '推荐专家 / Ranked candidates: specialty, service mode, availability, capacity; least loaded, most experienced first',
          params: idParams,
          querystring: z.object({ limit: z.coerce.number().int().min(1).max(50).default(10) }),
          response: { 200: z.object({ category: z.string(), serviceMode: z.enum(SERVICE_MODES).nullable(), items: z.array(expertView.extend({ rank: z.number(), load: z.number() })) }) },
        },
      },
      async (req) => teamSuggestions(d, requireActor(req), req.params.id, req.query.limit),
    );

    app.post(
      '/api/cases/:id/experts',
      { schema: { tags, summary: '邀请专家 / Propose experts for the case (dispatcher, director, admin or the handler)', params: idParams, body: proposeBody, response: { 201: teamView } } },
      async (req, reply) => {
        const actor = requireActor(req);
        await proposeExperts(d, actor, req.params.id, req.body);
        return reply.status(201).send(await caseTeam(d, actor, req.params.id));
      },
    );

    app.post(
      '/api/cases/:id/experts/:expertId/respond',
      {
        schema: {
          tags,
          summary: '答复邀请 / The invited expert accepts or declines (409 when no longer pending or past the deadline)',
          params: memberParams,
          body: respondBody,
          response: { 200: z.object({ status: z.enum(['accepted', 'declined']), team: teamView.nullable() }) },
        },
      },
      async (req) => {
        const actor = requireActor(req);
        await respondToInvitation(d, actor, req.params.id, req.params.expertId, req.body);
        // After declining the expert no longer sees the case: no team in the answer then.
        return { status: req.body.decision, team: req.body.decision === 'accepted' ? await caseTeam(d, actor, req.params.id) : null };
      },
    );

    app.post(
      '/api/cases/:id/experts/:expertId/lead',
      { schema: { tags, summary: '指定牵头专家 / Make an accepted expert the lead', params: memberParams, response: { 200: teamView } } },
      async (req) => {
        const actor = requireActor(req);
        await setTeamLead(d, actor, req.params.id, req.params.expertId);
        return caseTeam(d, actor, req.params.id);
      },
    );

    app.delete(
      '/api/cases/:id/experts/:expertId',
      { schema: { tags, summary: '撤回专家 / Take an expert off the team, with a reason', params: memberParams, body: withdrawBody, response: { 200: teamView } } },
      async (req) => {
        const actor = requireActor(req);
        await withdrawExpert(d, actor, req.params.id, req.params.expertId, req.body.reason);
        return caseTeam(d, actor, req.params.id);
      },
    );

    const policyResponse = z.object({ version: z.number(), value: policyValue });
    app.get('/api/policies/experts', { schema: { tags: ['rules'], summary: '专家匹配规则 / Answer deadline, team sizes, fallback', response: { 200: policyResponse } } }, async (req) => {
      requireActor(req);
      return expertPolicy(d);
    });
    app.put(
      '/api/policies/experts',
      { schema: { tags: ['rules'], summary: '修改专家匹配规则 / Replace the expert policy (admin; send the version you read, 0 for the shipped default)', body: z.object({ version: z.number().int().min(0), value: policyValue }), response: { 200: policyResponse } } },
      async (req) => putExpertPolicy(d, requireActor(req), req.body.version, req.body.value),
    );
  };
}
