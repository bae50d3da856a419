import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { SATISFACTIONS } from '../../domain/case/lifecycle.js';
import { isValidMobile } from '../../domain/identity.js';
import { fileFromPortal, portalTerritory, rateFromPortal, trackFromPortal } from '../../services/cases/portal.js';
import { rateLimiter } from '../rate-limit.js';
import { rule } from '../zod-i18n.js';
import { idNumber, uscc } from './case-schemas.js';

const mobile = z.string().trim().refine(isValidMobile, rule('请输入 11 位手机号码', 'Enter an 11-digit mobile number'));
const code = z.string().trim().min(5).max(30);

/** The public portal (SPEC §3.11): no account; a case code plus the applicant's phone identify the case. */
export function portalRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const deps = ctx.caseDeps;
  const limit = rateLimiter(ctx.clock, 30, 60_000);
  return async (app) => {
    app.addHook('onRequest', async (req) => {
      if (req.method === 'POST') await limit(req);
    });

    app.post(
      '/api/portal/cases',
      {
        schema: {
          tags: ['portal'],
          summary: '群众网上申请调解 / A resident files a dispute',
          security: [],
          body: z.object({
            description: z.string().trim().min(10).max(3000),
            category: z.string().max(40).nullish(),
            serviceMode: z.enum(['online', 'offline']),
            address: z.string().trim().max(200).nullish(),
            streetId: z.uuid().nullish(),
            communityId: z.uuid().nullish(),
            applicant: z.object({ name: z.string().trim().min(1).max(40), phone: mobile, idNumber: idNumber.nullish() }),
            respondent: z.object({ kind: z.enum(['person', 'organization']), name: z.string().trim().min(1).max(60), phone: mobile.nullish(), uscc: uscc.nullish() }).nullish(),
            expertIds: z.array(z.uuid()).max(10).nullish().describe('experts picked from the pool (双向选择), at most the policy’s number (default 3)'),
          }),
          response: { 201: z.object({ code: z.string(), status: z.string() }) },
        },
      },
      async (req, reply) => reply.status(201).send(await fileFromPortal(deps, req.body)),
    );

    app.post(
      '/api/portal/track',
      {
        config: { readOnly: true },
        schema: {
          tags: ['portal'],
          summary: '查询办理进度 / Follow a case with its code and the applicant’s phone',
          security: [],
          body: z.object({ code, phone: mobile }),
        },
      },
      async (req) => trackFromPortal(deps, req.body.code, req.body.phone),
    );

    app.post(
      '/api/portal/rate',
      {
        schema: {
          tags: ['portal'],
          summary: '评价办理结果 / Rate the outcome; dissatisfied or not solved reopens the case',
          security: [],
          body: z.object({ code, phone: mobile, satisfaction: z.enum(SATISFACTIONS), solved: z.boolean(), note: z.string().trim().max(1000).nullish() }),
        },
      },
      async (req) => rateFromPortal(deps, req.body),
    );

    app.get('/api/portal/territory', { schema: { tags: ['portal'], summary: '街道与社区 / Streets and communities', security: [] } }, async () => portalTerritory(deps));

    app.get('/api/portal/categories', { schema: { tags: ['portal'], summary: '纠纷类别 / Dispute categories', security: [] } }, async () => ({
      items: (await ctx.services.rules.categories()).filter((c) => c.active && !c.parent_code).map((c) => ({ code: c.code, name: c.name_zh, nameEn: c.name_en })),
    }));
  };
}
