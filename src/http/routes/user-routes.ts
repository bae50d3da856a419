import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { ROLES } from '../../domain/roles.js';
import { isValidMobile } from '../../domain/identity.js';
import { requireActor } from '../auth.js';
import { limitParam, rule } from '../zod-i18n.js';

const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  phone: z.string().nullable(),
  active: z.boolean(),
  lockedUntil: z.string().nullable(),
  version: z.number(),
  roles: z.array(z.object({ role: z.string(), unitId: z.string(), unitName: z.string(), unitKind: z.string() })),
});
const roleInput = z.array(z.object({ role: z.enum(ROLES), unitId: z.uuid() })).max(20);
const phone = z.string().trim().refine(isValidMobile, rule('手机号码格式不正确', 'Not a valid mobile number'));

/** A refused read is audited (SPEC §2); state-changing calls are audited by the auth hook. */
async function auditRefusal<T>(ctx: AppContext, req: FastifyRequest, targetId: string | undefined, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (err) {
    if (err instanceof AppError && err.status === 403 && req.actor) {
      await ctx.services.audit.record(req.actor, { action: 'user.read', outcome: 'denied', targetType: 'user', targetId, ip: req.ip });
    }
    throw err;
  }
}

export function userRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/users',
      {
        schema: {
          tags: ['users'],
          summary: '用户列表 / Users within the caller’s scope',
          querystring: z.object({ q: z.string().trim().max(50).optional(), role: z.enum(ROLES).optional(), unitId: z.uuid().optional(), limit: limitParam(), cursor: z.string().max(100).optional() }),
          response: { 200: z.object({ items: z.array(userSchema), nextCursor: z.string().nullable() }) },
        },
      },
      async (req) => auditRefusal(ctx, req, undefined, () => ctx.services.users.list(requireActor(req), req.query)),
    );

    app.get(
      '/api/users/:id',
      { schema: { tags: ['users'], summary: '用户详情 / One user', params: z.object({ id: z.uuid() }), response: { 200: userSchema } } },
      async (req) => auditRefusal(ctx, req, req.params.id, () => ctx.services.users.get(requireActor(req), req.params.id)),
    );

    app.post(
      '/api/users',
      {
        schema: {
          tags: ['users'],
          summary: '新增用户 / Create a user',
          body: z.object({
            username: z.string().trim().regex(/^[A-Za-z][A-Za-z0-9._-]{1,31}$/, rule('用户名须以字母开头，2–32 位字母、数字或 . _ -', 'Start with a letter; 2–32 letters, digits or . _ -')),
            displayName: z.string().trim().min(1).max(40),
            phone: phone.nullable().optional(),
            password: z.string().min(1).max(256),
            roles: roleInput,
          }),
          response: { 201: userSchema },
        },
      },
      async (req, reply) => reply.status(201).send(await ctx.services.users.create(requireActor(req), req.body)),
    );

    app.patch(
      '/api/users/:id',
      {
        schema: {
          tags: ['users'],
          summary: '修改用户 / Update a user (optimistic: send the version you read)',
          params: z.object({ id: z.uuid() }),
          body: z.object({
            version: z.number().int().min(1),
            displayName: z.string().trim().min(1).max(40).optional(),
            phone: phone.nullable().optional(),
            active: z.boolean().optional(),
            password: z.string().min(1).max(256).optional(),
            roles: roleInput.optional(),
          }),
          response: { 200: userSchema },
        },
      },
      async (req) => ctx.services.users.update(requireActor(req), req.params.id, req.body),
    );
  };
}
