import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { requireActor } from '../auth.js';

const notification = z.object({ id: z.string(), kind: z.string(), title: z.string(), body: z.string(), caseId: z.string().nullable(), createdAt: z.string(), readAt: z.string().nullable() });

export function notificationRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const repo = ctx.repos.notifications;
  return async (app) => {
    app.get(
      '/api/notifications',
      {
        schema: {
          tags: ['notifications'],
          summary: '我的提醒 / My in-app notifications',
          querystring: z.object({ unread: z.enum(['true', 'false']).optional(), limit: z.coerce.number().int().min(1).max(100).default(30) }),
          response: { 200: z.object({ items: z.array(notification), unreadCount: z.number() }) },
        },
      },
      async (req) => {
        const actor = requireActor(req);
        const [rows, unreadCount] = await Promise.all([repo.list(actor.userId, req.query.unread === 'true', req.query.limit), repo.unreadCount(actor.userId)]);
        return {
          unreadCount,
          items: rows.map((n) => ({ id: n.id, kind: n.kind, title: n.title, body: n.body, caseId: n.case_id, createdAt: new Date(n.created_at).toISOString(), readAt: n.read_at ? new Date(n.read_at).toISOString() : null })),
        };
      },
    );
    app.post('/api/notifications/:id/read', { schema: { tags: ['notifications'], summary: '标记已读 / Mark read', params: z.object({ id: z.uuid() }) } }, async (req, reply) => {
      const actor = requireActor(req);
      await repo.markRead(actor.userId, req.params.id, ctx.clock.now());
      return reply.status(204).send();
    });
    app.post('/api/notifications/read-all', { schema: { tags: ['notifications'], summary: '全部已读 / Mark all read' } }, async (req, reply) => {
      const actor = requireActor(req);
      await repo.markRead(actor.userId, null, ctx.clock.now());
      return reply.status(204).send();
    });
  };
}
