import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { RISK_LEVELS } from '../../domain/risk/checklist.js';
import { linkCase, patchProfile, reassessProfile } from '../../services/household-profiles/edit.js';
import { listProfiles, profileDetail } from '../../services/household-profiles/queries.js';
import { screeningDeps } from '../../services/screening/deps.js';
import { requireActor } from '../auth.js';
import { profileDetailView } from './household-profile-schemas.js';
import { answers, memberInput, profileView, reasons } from './screening-schemas.js';

const idParams = z.object({ id: z.uuid() });
const tags = ['household-profiles'];

/** 家庭档案 (SPEC §3.5): flagged households, their members, level, history and interventions. */
export function householdProfileRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const deps = screeningDeps(ctx.caseDeps);
  return async (app) => {
    app.get(
      '/api/household-profiles',
      {
        schema: {
          tags,
          summary: '家庭档案列表 / Household profiles in the caller’s grids, filtered by grid, unit, level or head name / address (phones masked)',
          querystring: z.object({
            gridId: z.uuid().optional(),
            unitId: z.uuid().optional().describe('a community or street: its grids'),
            level: z.enum(RISK_LEVELS).optional(),
            q: z.string().trim().max(60).optional(),
            cursor: z.string().max(80).optional(),
            limit: z.coerce.number().int().min(1).max(200).default(50),
          }),
          response: { 200: z.object({ items: z.array(profileView), nextCursor: z.string().nullable() }) },
        },
      },
      async (req) => listProfiles(deps, requireActor(req), req.query),
    );

    app.get(
      '/api/household-profiles/:id',
      {
        schema: {
          tags,
          summary: '家庭档案 / One profile: members (ID numbers and phones masked), history of assessments, screenings, visits, cases and assistance',
          params: idParams,
          response: { 200: profileDetailView },
        },
      },
      async (req) => profileDetail(deps, requireActor(req), req.params.id),
    );

    app.patch(
      '/api/household-profiles/:id',
      {
        schema: {
          tags,
          summary: '修改家庭档案 / Head, phone, members and notes (send the version read; 409 when changed meanwhile). A member with its id keeps its stored ID number and phone unless given',
          params: idParams,
          body: z.object({
            version: z.number().int().min(1),
            headName: z.string().max(30).optional(),
            headPhone: z.string().max(20).nullable().optional(),
            members: z.array(memberInput).max(20).optional(),
            notes: z.string().max(2000).nullable().optional(),
          }),
          response: { 200: profileDetailView },
        },
      },
      async (req) => patchProfile(deps, requireActor(req), req.params.id, req.body),
    );

    app.post(
      '/api/household-profiles/:id/assessments',
      {
        schema: {
          tags,
          summary: '重新评估 / Re-assess with the active checklist: the profile and its follow-up plan take the level (the open visit moves at once)',
          params: idParams,
          body: z.object({ answers }),
          response: {
            201: z.object({
              assessment: z.object({ id: z.string(), checklistId: z.string(), version: z.number(), context: z.string(), score: z.number(), level: z.string(), reasons, assessedAt: z.string() }),
              household: profileDetailView,
            }),
          },
        },
      },
      async (req, reply) => reply.status(201).send(await reassessProfile(deps, requireActor(req), req.params.id, req.body.answers)),
    );

    app.post(
      '/api/household-profiles/:id/cases',
      {
        schema: {
          tags,
          summary: '关联案件 / Link a case the caller may see to the household',
          params: idParams,
          body: z.object({ caseId: z.uuid() }),
          response: { 201: z.object({ householdId: z.string(), caseId: z.string(), code: z.string(), linked: z.boolean() }) },
        },
      },
      async (req, reply) => reply.status(201).send(await linkCase(deps, requireActor(req), req.params.id, req.body.caseId)),
    );
  };
}
