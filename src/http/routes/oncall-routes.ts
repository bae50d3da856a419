import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { MAX_RESPOND_HOURS, ONCALL_STATUSES } from '../../domain/routing/oncall.js';
import { staffingDeps } from '../../services/staffing/deps.js';
import { oncallPolicy, oncallPolicySchema, putOncallPolicy } from '../../services/staffing/oncall-policy.js';
import { caseOncallRequests, closeOncall, oncallInbox, requestOncall, respondOncall } from '../../services/staffing/oncall-requests.js';
import { requireActor } from '../auth.js';
import { rule } from '../zod-i18n.js';

const request = z.object({
  id: z.string(),
  caseId: z.string(),
  caseCode: z.string(),
  caseTitle: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  message: z.string(),
  status: z.enum(ONCALL_STATUSES),
  requestedById: z.string().nullable(),
  requestedByName: z.string().nullable(),
  requestedAt: z.string(),
  respondBy: z.string(),
  overdue: z.boolean(),
  respondedAt: z.string().nullable(),
  responderName: z.string().nullable(),
  responseNote: z.string().nullable(),
  version: z.number(),
  canRespond: z.boolean(),
  caseOpen: z.boolean(),
  canComplete: z.boolean(),
  canCancel: z.boolean(),
});
const list = z.object({ items: z.array(request) });
const idParams = z.object({ id: z.uuid() });
const STATUS_LIST = new RegExp(`^(${ONCALL_STATUSES.join('|')})(,(${ONCALL_STATUSES.join('|')}))*$`);
const note = z.string().trim().max(500).nullish();

/** On-call requests (随驻请求) to law firms, social organisations and bureaus called per case. */
export function oncallRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const deps = staffingDeps(ctx.caseDeps, ctx.repos.duty, ctx.repos.rules);
  return async (app) => {
    app.post(
      '/api/cases/:id/oncall-requests',
      {
        schema: {
          tags: ['staffing'],
          summary: '发起随驻请求 / Ask an on-call body to help on a case (dispatcher, director, admin or the case’s handler)',
          params: idParams,
          body: z.object({ unitId: z.uuid(), message: z.string().trim().min(1).max(1000), respondWithinHours: z.number().int().min(1).max(MAX_RESPOND_HOURS).nullish() }),
          response: { 201: request },
        },
      },
      async (req, reply) => reply.status(201).send(await requestOncall(deps, requireActor(req), req.params.id, req.body)),
    );

    app.get(
      '/api/cases/:id/oncall-requests',
      {
        schema: {
          tags: ['staffing'],
          summary: '案件的随驻请求 / On-call requests of a case, whether the caller may ask, and the bodies to ask',
          params: idParams,
          response: { 200: list.extend({ canRequest: z.boolean(), units: z.array(z.object({ id: z.string(), name: z.string(), departmentType: z.string().nullable(), centerId: z.string().nullable() })) }) },
        },
      },
      async (req) => caseOncallRequests(deps, requireActor(req), req.params.id),
    );

    app.get(
      '/api/oncall-requests',
      {
        schema: {
          tags: ['staffing'],
          summary: '随驻请求收件箱 / Requests to the caller’s units (liaisons) or on cases of the centers they run',
          querystring: z.object({
            status: z
              .string()
              .refine((s) => STATUS_LIST.test(s), rule('状态取值无效', 'Invalid status'))
              .optional(),
            limit: z.coerce.number().int().min(1).max(500).default(200),
          }),
          response: { 200: list },
        },
      },
      async (req) => oncallInbox(deps, requireActor(req), { status: req.query.status?.split(',') as (typeof ONCALL_STATUSES)[number][] | undefined, limit: req.query.limit }),
    );

    app.post(
      '/api/oncall-requests/:id/respond',
      {
        schema: {
          tags: ['staffing'],
          summary: '答复随驻请求 / Accept or decline (the unit’s liaison; 409 once answered)',
          params: idParams,
          body: z.object({ decision: z.enum(['accepted', 'declined']), note }),
          response: { 200: request },
        },
      },
      async (req) => respondOncall(deps, requireActor(req), req.params.id, req.body),
    );

    for (const action of ['complete', 'cancel'] as const) {
      app.post(
        `/api/oncall-requests/:id/${action}`,
        {
          schema: {
            tags: ['staffing'],
            summary: action === 'complete' ? '随驻协助完成 / Mark an accepted request done (the requester)' : '撤销随驻请求 / Cancel a pending or accepted request (the requester)',
            params: idParams,
            body: z.object({ note }).optional(),
            response: { 200: request },
          },
        },
        async (req) => closeOncall(deps, requireActor(req), req.params.id, action, req.body?.note ?? null),
      );
    }

    const policyResponse = z.object({ version: z.number(), value: oncallPolicySchema });
    app.get('/api/policies/oncall', { schema: { tags: ['rules'], summary: '随驻请求规则 / On-call answer time in working hours', response: { 200: policyResponse } } }, async (req) => {
      requireActor(req);
      return oncallPolicy(deps);
    });
    app.put(
      '/api/policies/oncall',
      { schema: { tags: ['rules'], summary: '修改随驻请求规则 / Replace the on-call policy (admin; send the version you read, 0 for the default)', body: z.object({ version: z.number().int().min(0), value: oncallPolicySchema }), response: { 200: policyResponse } } },
      async (req) => putOncallPolicy(deps, requireActor(req), req.body.version, req.body.value),
    );
  };
}
