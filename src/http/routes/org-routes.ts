import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { STAFFING_TIERS, UNIT_KINDS } from '../../domain/roles.js';
import { requireActor } from '../auth.js';
import { limitParam } from '../zod-i18n.js';

const weekdays = z.array(z.number().int().min(1).max(7)).max(7);

export const orgUnitSchema = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  kind: z.enum(UNIT_KINDS),
  name: z.string(),
  code: z.string(),
  childCount: z.number(),
  version: z.number(),
  staffingTier: z.enum(STAFFING_TIERS).nullable(),
  rosterWeekdays: z.array(z.number()).nullable(),
  departmentType: z.string().nullable(),
  centerId: z.string().nullable(),
  households: z.number().nullable(),
});
const ancestor = z.object({ id: z.string(), name: z.string(), kind: z.string() });
const withAncestors = orgUnitSchema.extend({ ancestors: z.array(ancestor) });

export function orgRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/org/units',
      {
        schema: {
          tags: ['org'],
          summary: '组织机构列表 / Org units: children of a unit, by kind, or by search',
          querystring: z.object({
            parentId: z.union([z.literal('root'), z.uuid()]).optional(),
            kind: z.enum(UNIT_KINDS).optional(),
            centerId: z.uuid().optional(),
            q: z.string().trim().min(1).max(50).optional(),
            limit: limitParam(100, 20),
          }),
          response: { 200: z.object({ items: z.array(orgUnitSchema.extend({ ancestors: z.array(ancestor).optional() })) }) },
        },
      },
      async (req) => ({ items: (await ctx.services.org.list(requireActor(req), req.query)) as never }),
    );

    app.get(
      '/api/org/units/:id',
      { schema: { tags: ['org'], summary: '组织机构详情 / One org unit', params: z.object({ id: z.uuid() }), response: { 200: withAncestors } } },
      async (req) => (await ctx.services.org.get(requireActor(req), req.params.id)) as never,
    );

    app.post(
      '/api/org/units',
      {
        schema: {
          tags: ['org'],
          summary: '新增组织机构 / Create an org unit',
          body: z.object({
            parentId: z.uuid().nullable(),
            kind: z.enum(UNIT_KINDS),
            name: z.string().trim().min(1).max(100),
            code: z.string().trim().regex(/^[0-9A-Za-z-]{2,32}$/),
            staffingTier: z.enum(STAFFING_TIERS).nullable().optional(),
            rosterWeekdays: weekdays.nullable().optional(),
            departmentType: z.string().max(40).nullable().optional(),
            centerId: z.uuid().nullable().optional(),
          }),
          response: { 201: orgUnitSchema },
        },
      },
      async (req, reply) => reply.status(201).send((await ctx.services.org.create(requireActor(req), req.body)) as never),
    );

    app.patch(
      '/api/org/units/:id',
      {
        schema: {
          tags: ['org'],
          summary: '修改组织机构 / Update an org unit (optimistic: send the version you read)',
          params: z.object({ id: z.uuid() }),
          body: z.object({
            version: z.number().int().min(1),
            name: z.string().trim().min(1).max(100).optional(),
            code: z.string().trim().regex(/^[0-9A-Za-z-]{2,32}$/).optional(),
            staffingTier: z.enum(STAFFING_TIERS).nullable().optional(),
            rosterWeekdays: weekdays.nullable().optional(),
          }),
          response: { 200: orgUnitSchema },
        },
      },
      async (req) => (await ctx.services.org.update(requireActor(req), req.params.id, req.body.version, req.body)) as never,
    );
  };
}
