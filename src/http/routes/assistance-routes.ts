import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { ASSISTANCE_KINDS } from '../../domain/assistance/kinds.js';
import { REFERRAL_STATUSES, REFERRAL_TARGETS, type ReferralStatus } from '../../domain/assistance/referral.js';
import { assistanceDeps } from '../../services/assistance/deps.js';
import { REASON_MAX } from '../../services/assistance/refer.js';
import { changeReferralStatus, createReferral, listReferrals } from '../../services/assistance/referrals.js';
import { createResource, listResources, updateResource } from '../../services/assistance/resources.js';
import { requireActor } from '../auth.js';
import { rule } from '../zod-i18n.js';
import { referralOut, resourceFields, resourceOut } from './assistance-schemas.js';

const idParams = z.object({ id: z.uuid() });
const STATUS_LIST = new RegExp(`^(${REFERRAL_STATUSES.join('|')})(,(${REFERRAL_STATUSES.join('|')}))*$`);

/** Assistance (帮扶, SPEC §3.5): the catalogue of resources and the referrals to them. */
export function assistanceRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const deps = assistanceDeps(ctx.caseDeps);
  return async (app) => {
    app.get(
      '/api/assistance/resources',
      {
        schema: {
          tags: ['assistance'],
          summary: '帮扶资源 / The assistance catalogue (counselling, employment and training, family-education guidance, legal aid)',
          querystring: z.object({
            kind: z.enum(ASSISTANCE_KINDS).optional(),
            active: z.enum(['true', 'false']).optional(),
            centerId: z.uuid().optional(),
            q: z.string().trim().max(40).optional(),
          }),
          response: { 200: z.object({ items: z.array(resourceOut), canCreate: z.boolean() }) },
        },
      },
      async (req) =>
        listResources(deps, requireActor(req), { kind: req.query.kind, active: req.query.active === undefined ? undefined : req.query.active === 'true', centerId: req.query.centerId, q: req.query.q || undefined }),
    );

    app.post(
      '/api/assistance/resources',
      {
        schema: {
          tags: ['assistance'],
          summary: '新增帮扶资源 / Add a resource (admin, director or dispatcher of the center; district-wide from the district)',
          body: z.object(resourceFields),
          response: { 201: resourceOut },
        },
      },
      async (req, reply) => reply.status(201).send(await createResource(deps, requireActor(req), req.body)),
    );

    app.patch(
      '/api/assistance/resources/:id',
      {
        schema: {
          tags: ['assistance'],
          summary: '修改帮扶资源 / Edit a resource or take it out of use (send the version read; 409 when stale)',
          params: idParams,
          body: z.object({ ...resourceFields, kind: resourceFields.kind.optional(), name: resourceFields.name.optional(), provider: resourceFields.provider.optional(), version: z.number().int().min(1) }),
          response: { 200: resourceOut },
        },
      },
      async (req) => updateResource(deps, requireActor(req), req.params.id, req.body),
    );

    app.get(
      '/api/assistance/referrals',
      {
        schema: {
          tags: ['assistance'],
          summary: '转介记录 / Referrals the caller sees (through the case or household, or as the provider’s liaison), newest first',
          querystring: z.object({
            status: z
              .string()
              .refine((s) => STATUS_LIST.test(s), rule('状态取值无效', 'Invalid status'))
              .optional(),
            kind: z.enum(ASSISTANCE_KINDS).optional(),
            caseId: z.uuid().optional(),
            householdId: z.uuid().optional(),
            limit: z.coerce.number().int().min(1).max(500).default(200),
          }),
          response: { 200: z.object({ items: z.array(referralOut), canRefer: z.boolean() }) },
        },
      },
      async (req) =>
        listReferrals(deps, requireActor(req), {
          status: req.query.status?.split(',') as ReferralStatus[] | undefined,
          kind: req.query.kind,
          caseId: req.query.caseId,
          householdId: req.query.householdId,
          limit: req.query.limit,
        }),
    );

    app.post(
      '/api/assistance/referrals',
      {
        schema: {
          tags: ['assistance'],
          summary: '转介帮扶 / Refer a case or household to a resource in use (the provider’s liaisons are notified)',
          body: z.object({
            resourceId: z.uuid(),
            caseId: z.uuid().nullish(),
            householdId: z.uuid().nullish(),
            visitId: z.uuid().nullish(),
            reason: z.string().max(REASON_MAX),
          }),
          response: { 201: referralOut },
        },
      },
      async (req, reply) => reply.status(201).send(await createReferral(deps, requireActor(req), req.body)),
    );

    app.post(
      '/api/assistance/referrals/:id/status',
      {
        schema: {
          tags: ['assistance'],
          summary: '转介状态 / Accept, start, complete or decline a referral (outcome required to complete or decline; 409 on a stale version or a step not allowed)',
          params: idParams,
          body: z.object({ status: z.enum(REFERRAL_TARGETS), outcome: z.string().max(1000).nullish(), version: z.number().int().min(1) }),
          response: { 200: referralOut },
        },
      },
      async (req) => changeReferralStatus(deps, requireActor(req), req.params.id, req.body),
    );
  };
}
