import { sql } from 'kysely';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { AppClock } from '../../clock.js';
import { AppError, forbidden } from '../../errors.js';
import { hasRole } from '../../domain/roles.js';
import { requireActor } from '../auth.js';

export function systemRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/health',
      {
        schema: {
          tags: ['system'],
          summary: '健康检查 / Health',
          response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['embedded', 'postgres']) }), 503: z.object({ status: z.literal('unavailable'), database: z.string() }) },
        },
      },
      async (_req, reply) => {
        try {
          await sql`SELECT 1`.execute(ctx.database.db);
          return { status: 'ok' as const, database: ctx.database.engine };
        } catch {
          return reply.status(503).send({ status: 'unavailable' as const, database: ctx.database.engine });
        }
      },
    );

    app.post(
      '/api/dev/clock',
      {
        schema: {
          tags: ['system'],
          summary: '设置应用时钟（非生产环境，仅管理员）/ Set the application clock (outside production, admin only); due jobs then run',
          body: z.object({ now: z.iso.datetime({ offset: true }).nullable() }),
          response: { 200: z.object({ now: z.string(), jobsRun: z.array(z.string()) }) },
        },
      },
      async (req) => {
        const actor = requireActor(req);
        if (ctx.config.env === 'production') throw new AppError(403, 'forbidden', 'not_allowed_in_production');
        if (!hasRole(actor.scope.grants, 'admin')) throw forbidden();
        if (!(ctx.clock instanceof AppClock)) throw new AppError(409, 'conflict', 'conflict');
        if (req.body.now === null) ctx.clock.reset();
        else ctx.clock.set(new Date(req.body.now));
        const jobsRun = await ctx.scheduler.runDue();
        return { now: ctx.clock.now().toISOString(), jobsRun };
      },
    );

    app.get(
      '/api/admin/audit/verify',
      {
        schema: {
          tags: ['system'],
          summary: '校验审计日志哈希链 / Verify the audit hash chain (admin)',
          response: { 200: z.object({ checked: z.number(), intact: z.boolean(), brokenAt: z.number().nullable(), reason: z.string().optional() }) },
        },
      },
      async (req) => {
        const actor = requireActor(req);
        if (!hasRole(actor.scope.grants, 'admin')) throw forbidden();
        const r = await ctx.services.audit.verify();
        return { ...r, intact: r.brokenAt === null };
      },
    );
  };
}
