import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { MASS_SETTING_LIMITS } from '../../domain/case/mass-dispute.js';
import { CASE_STATUSES } from '../../domain/case/lifecycle.js';
import { MassDisputeRepository } from '../../repositories/mass-dispute-repository.js';
import { renderCase } from '../../services/cases/case-view.js';
import { visibleCase } from '../../services/cases/visible-case.js';
import { detectCompoundFor } from '../../services/mass-dispute/compound.js';
import { addGroupMembers, gatherCases, removeGroupMember } from '../../services/mass-dispute/groups.js';
import { massSettings, putMassSettings } from '../../services/mass-dispute/settings.js';
import { caseMassWarning } from '../../services/mass-dispute/warning.js';
import { requireActor } from '../auth.js';
import { requestLocale } from '../errors.js';
import { massWarningView } from './mass-dispute-schemas.js';

const idParams = z.object({ id: z.uuid() });
const reason = z.string().trim().min(1).max(500);
const caseView = z.looseObject({ id: z.string(), code: z.string(), status: z.string(), version: z.number(), isGroup: z.boolean() });
const limits = (k: keyof typeof MASS_SETTING_LIMITS) => z.number().int().min(MASS_SETTING_LIMITS[k].min).max(MASS_SETTING_LIMITS[k].max);
const settingsValue = z.object({
  windowDays: limits('windowDays'),
  minCases: limits('minCases'),
  minPeople: limits('minPeople'),
  compoundSameCategory: z.boolean(),
  excludedStatuses: z.array(z.enum(CASE_STATUSES)).max(CASE_STATUSES.length),
});
const settingsResponse = z.object({ version: z.number(), value: settingsValue });

/** 涉众预警 and group cases (合并为涉众案件), the compound detector of the intake form, and the warning settings. */
export function massDisputeRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const deps = ctx.caseDeps;
  const db = ctx.database.db;
  return async (app) => {
    app.get(
      '/api/cases/:id/mass-warning',
      {
        schema: {
          tags: ['cases'],
          summary: '涉众预警 / Mass-dispute warning of a case: signals by respondent and compound, with the related cases the caller may see (others only counted)',
          params: idParams,
          response: { 200: massWarningView },
        },
      },
      async (req) => {
        const actor = requireActor(req);
        const c = await visibleCase(deps, actor, req.params.id);
        return caseMassWarning(db, actor, c, requestLocale(req));
      },
    );

    app.post(
      '/api/cases/groups',
      {
        schema: {
          tags: ['cases'],
          summary: '合并为涉众案件 / Gather open cases of one center into a new group case (dispatcher, director, admin)',
          body: z.object({ caseIds: z.array(z.uuid()).min(2).max(1000), title: z.string().trim().max(100).nullish(), reason }),
          response: { 201: caseView },
        },
      },
      async (req, reply) => {
        const actor = requireActor(req);
        const group = await gatherCases(deps, actor, req.body);
        return reply.status(201).send(await renderCase(deps, actor, group, requestLocale(req)));
      },
    );

    app.post(
      '/api/cases/groups/:id/members',
      {
        schema: {
          tags: ['cases'],
          summary: '并入涉众案件 / Add later cases to an open group case',
          params: idParams,
          body: z.object({ caseIds: z.array(z.uuid()).min(1).max(1000), reason }),
          response: { 200: caseView },
        },
      },
      async (req) => {
        const actor = requireActor(req);
        return renderCase(deps, actor, await addGroupMembers(deps, actor, req.params.id, req.body), requestLocale(req));
      },
    );

    app.delete(
      '/api/cases/groups/:id/members/:caseId',
      {
        schema: {
          tags: ['cases'],
          summary: '移出涉众案件 / Take a case out of its group case, with a reason',
          params: z.object({ id: z.uuid(), caseId: z.uuid() }),
          body: z.object({ reason }),
          response: { 200: caseView },
        },
      },
      async (req) => {
        const actor = requireActor(req);
        return renderCase(deps, actor, await removeGroupMember(deps, actor, req.params.id, req.params.caseId, req.body.reason), requestLocale(req));
      },
    );

    app.post(
      '/api/compounds/detect',
      {
        config: { readOnly: true },
        schema: {
          tags: ['cases'],
          summary: '识别小区 / The residential compound an address names (POST: addresses never in URLs)',
          body: z.object({ address: z.string().trim().max(200), gridId: z.uuid().nullish() }),
          response: { 200: z.object({ compound: z.object({ id: z.string(), name: z.string() }).nullable() }) },
        },
      },
      async (req) => {
        requireActor(req);
        const k = await detectCompoundFor(new MassDisputeRepository(db), req.body);
        return { compound: k ? { id: k.id, name: k.name } : null };
      },
    );

    app.get(
      '/api/policies/mass-dispute',
      { schema: { tags: ['rules'], summary: '涉众预警规则 / Window and thresholds of the mass-dispute warning', response: { 200: settingsResponse } } },
      async (req) => {
        requireActor(req);
        const s = await massSettings(db);
        return { version: s.version, value: s.value };
      },
    );

    app.put(
      '/api/policies/mass-dispute',
      {
        schema: {
          tags: ['rules'],
          summary: '修改涉众预警规则 / Replace the mass-dispute warning settings (admin; send the version you read, 0 for the shipped default)',
          body: z.object({ version: z.number().int().min(0), value: settingsValue }),
          response: { 200: settingsResponse },
        },
      },
      async (req) => {
        const s = await putMassSettings(db, requireActor(req), req.body.version, req.body.value, ctx.clock.now());
        return { version: s.version, value: s.value };
      },
    );
  };
}
