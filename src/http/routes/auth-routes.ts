import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import type { Actor } from '../../services/actor.js';
import { originOf, requireActor, SESSION_COOKIE } from '../auth.js';

const roleGrant = z.object({ role: z.string(), unitId: z.string(), unitName: z.string(), unitKind: z.string() });
export const meSchema = z.object({ id: z.string(), username: z.string(), displayName: z.string(), roles: z.array(roleGrant), csrfToken: z.string() });

export async function describeActor(ctx: AppContext, actor: Actor) {
  const units = await ctx.repos.units.getMany(actor.scope.grants.map((g) => g.unitId));
  const name = new Map(units.map((u) => [u.id, u.name]));
  return {
    id: actor.userId,
    username: actor.username,
    displayName: actor.displayName,
    roles: actor.scope.grants.map((g) => ({ role: g.role, unitId: g.unitId, unitName: name.get(g.unitId) ?? '', unitKind: g.unitKind })),
    csrfToken: actor.csrfToken,
  };
}

export function authRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/auth/login',
      {
        schema: {
          tags: ['auth'],
          summary: '登录 / Sign in',
          body: z.object({ username: z.string().trim().min(1).max(64), password: z.string().min(1).max(256) }),
          response: { 200: z.object({ csrfToken: z.string(), user: meSchema }) },
        },
      },
      async (req, reply) => {
        const result = await ctx.services.auth.login(req.body.username, req.body.password, originOf(req), req.cookies[SESSION_COOKIE]);
        reply.setCookie(SESSION_COOKIE, result.token, {
          httpOnly: true,
          sameSite: 'strict',
          secure: ctx.config.session.cookieSecure,
          path: '/',
          // Relative, not the app clock's date: the browser expires it by its own clock,
          // which differs from the app clock once POST /api/dev/clock has moved it.
          maxAge: ctx.config.session.absoluteHours * 3600,
        });
        return { csrfToken: result.actor.csrfToken, user: await describeActor(ctx, result.actor) };
      },
    );

    app.post('/api/auth/logout', { schema: { tags: ['auth'], summary: '退出登录 / Sign out' } }, async (req, reply) => {
      const actor = requireActor(req);
      await ctx.services.auth.logout(actor, originOf(req));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send();
    });

    app.get('/api/auth/me', { schema: { tags: ['auth'], summary: '当前用户 / The caller', response: { 200: meSchema } } }, async (req) =>
      describeActor(ctx, requireActor(req)),
    );
  };
}
