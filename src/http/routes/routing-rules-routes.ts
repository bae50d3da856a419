import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { CHANNELS, URGENCIES } from '../../domain/case/taxonomy.js';
import { RECEPTION_THEMES } from '../../domain/reception/themes.js';
import { ASSIGN_MODES, CONDITION_KEYS, REQUESTER_KINDS } from '../../domain/routing/rules.js';
import { previewRouting } from '../../services/routing/preview.js';
import { createRule, deleteRule, listRules, reorderRules, updateRule } from '../../services/routing/rules-admin.js';
import { ruleOptions } from '../../services/routing/rule-options.js';
import { requireActor } from '../auth.js';
import { requestLocale } from '../errors.js';
import { rule } from '../zod-i18n.js';

const code = z.string().trim().min(1).max(40);
const range = (max: number) =>
  z
    .object({ min: z.number().int().min(0).max(max).nullish(), max: z.number().int().min(0).max(max).nullish() })
    .refine((r) => r.min === undefined || r.min === null || r.max === undefined || r.max === null || r.min <= r.max, rule('下限不能大于上限', 'The minimum exceeds the maximum'));

const conditions = z.object({
  categories: z.array(code).max(50).optional(),
  subcategories: z.array(code).max(100).optional(),
  channels: z.array(z.enum(CHANNELS)).max(CHANNELS.length).optional(),
  territoryUnitIds: z.array(z.uuid()).max(500).optional(),
  amountFen: range(1e13).optional(),
  peopleCount: range(100000).optional(),
  urgencies: z.array(z.enum(URGENCIES)).max(URGENCIES.length).optional(),
  requesterKinds: z.array(z.enum(REQUESTER_KINDS)).max(2).optional(),
  themedDay: z.boolean().nullish(),
});
const target = z.object({ unitId: z.uuid(), userIds: z.array(z.uuid()).max(50).nullish(), assign: z.enum(ASSIGN_MODES) });
const name = z.string().trim().min(1).max(60);
const note = z.string().trim().max(500).nullish();

const ruleView = z.object({
  id: z.string(),
  centerId: z.string().nullable(),
  centerName: z.string().nullable(),
  name: z.string(),
  position: z.number(),
  enabled: z.boolean(),
  conditions: z.looseObject({}),
  target: z.looseObject({ unitId: z.string(), assign: z.string() }),
  note: z.string().nullable(),
  version: z.number(),
  updatedAt: z.string(),
  updatedByName: z.string().nullable(),
  editable: z.boolean(),
  targetUnitName: z.string().nullable(),
  team: z.array(z.object({ id: z.string(), name: z.string().nullable() })),
  territory: z.array(z.object({ id: z.string(), name: z.string().nullable() })),
});
const center = z.object({ id: z.string(), name: z.string() });
const ruleList = z.object({ items: z.array(ruleView), centers: z.array(center), editableCenters: z.array(center), canEditGlobal: z.boolean() });
const idParams = z.object({ id: z.uuid() });

const previewFacts = z.object({
  centerId: z.uuid().nullish(),
  category: code,
  subcategory: code.nullish(),
  channel: z.enum(CHANNELS),
  territoryUnitId: z.uuid().nullish(),
  amountFen: z.number().int().min(0).max(1e13).nullish(),
  peopleCount: z.number().int().min(1).max(100000).nullish(),
  urgency: z.enum(URGENCIES).nullish(),
  requesterKinds: z.array(z.enum(REQUESTER_KINDS)).max(2).nullish(),
});
const previewBody = z.union([
  z.object({ caseId: z.uuid() }).strict(),
  z.object({ caseCode: z.string().trim().min(3).max(40) }).strict(),
  z.object({ facts: previewFacts }).strict(),
]);
const preview = z.object({
  case: z.object({ id: z.string(), code: z.string(), status: z.string() }).nullable(),
  centerId: z.string(),
  date: z.string(),
  workingDay: z.boolean(),
  themeToday: z.enum(RECEPTION_THEMES).nullable(),
  mode: z.enum(['rule', 'unmatched']),
  matched: z
    .object({ ruleId: z.string(), ruleName: z.string(), unitId: z.string(), unitName: z.string(), assign: z.enum(ASSIGN_MODES), userId: z.string().nullable(), userName: z.string().nullable() })
    .nullable(),
  explanation: z.string(),
  candidates: z.array(z.object({ userId: z.string(), name: z.string(), load: z.number(), rostered: z.boolean() })),
  trace: z.array(
    z.object({
      ruleId: z.string(),
      ruleName: z.string(),
      enabled: z.boolean(),
      matched: z.boolean(),
      checks: z.array(z.object({ key: z.enum(CONDITION_KEYS), held: z.boolean(), text: z.string() })),
    }),
  ),
});

/** 分流规则: ordered rules as data, their editor's API, and the 试算 preview. */
export function routingRulesRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const deps = ctx.caseDeps;
  return async (app) => {
    app.get(
      '/api/routing/rules',
      { schema: { tags: ['routing'], summary: '分流规则 / Routing rules in order (admin, director, dispatcher)', querystring: z.object({ centerId: z.uuid().optional() }), response: { 200: ruleList } } },
      async (req) => listRules(deps, requireActor(req), req.query.centerId),
    );

    app.get(
      '/api/routing/rule-options',
      {
        schema: {
          tags: ['routing'],
          summary: '规则可选承办对象 / Handling units and their handlers a rule can target',
          querystring: z.object({ centerId: z.uuid().optional() }),
          response: {
            200: z.object({
              units: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string(), centerId: z.string().nullable(), departmentType: z.string().nullable(), staffingTier: z.string().nullable(), rosterWeekdays: z.array(z.number()) })),
              users: z.array(z.object({ id: z.string(), displayName: z.string(), role: z.string(), unitId: z.string() })),
            }),
          },
        },
      },
      async (req) => ruleOptions(deps, requireActor(req), req.query.centerId),
    );

    app.post(
      '/api/routing/rules',
      {
        schema: {
          tags: ['routing'],
          summary: '新增分流规则 / Add a routing rule, last in order (admin, director)',
          body: z.object({ centerId: z.uuid().nullable(), name, enabled: z.boolean().default(true), conditions: conditions.default({}), target, note }),
          response: { 201: ruleView },
        },
      },
      async (req, reply) => reply.status(201).send(await createRule(deps, requireActor(req), { ...req.body, target: { ...req.body.target, userIds: req.body.target.userIds ?? [] } })),
    );

    app.patch(
      '/api/routing/rules/:id',
      {
        schema: {
          tags: ['routing'],
          summary: '修改分流规则 / Change a rule (send the version you read; 409 when it changed since)',
          params: idParams,
          body: z.object({ version: z.number().int().min(1), centerId: z.uuid().nullable().optional(), name: name.optional(), enabled: z.boolean().optional(), conditions: conditions.optional(), target: target.optional(), note }),
          response: { 200: ruleView },
        },
      },
      async (req) => {
        const { version, target: t, ...rest } = req.body;
        return updateRule(deps, requireActor(req), req.params.id, version, { ...rest, ...(t ? { target: { ...t, userIds: t.userIds ?? [] } } : {}) });
      },
    );

    app.delete(
      '/api/routing/rules/:id',
      {
        schema: {
          tags: ['routing'],
          summary: '删除分流规则 / Delete a rule (send the version you read; 409 when it changed since)',
          params: idParams,
          querystring: z.object({ version: z.coerce.number().int().min(1) }),
        },
      },
      async (req, reply) => {
        await deleteRule(deps, requireActor(req), req.params.id, req.query.version);
        return reply.status(204).send();
      },
    );

    app.post(
      '/api/routing/rules/reorder',
      {
        schema: {
          tags: ['routing'],
          summary: '调整规则顺序 / Put rules in this order (they keep the positions they held between them)',
          body: z.object({ ids: z.array(z.uuid()).min(1).max(500), centerId: z.uuid().optional() }),
          response: { 200: ruleList },
        },
      },
      async (req) => reorderRules(deps, requireActor(req), req.body.ids, req.body.centerId),
    );

    app.post(
      '/api/routing/preview',
      {
        config: { readOnly: true },
        schema: {
          tags: ['routing'],
          summary: '分流试算 / Which rule would route a case now, and why (changes nothing): {caseId}, {caseCode} or {facts}',
          body: previewBody,
          response: { 200: preview },
        },
      },
      async (req) => previewRouting(deps, requireActor(req), req.body, requestLocale(req)),
    );
  };
}
