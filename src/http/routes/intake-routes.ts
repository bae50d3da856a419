import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { CATEGORY_CODES, RISK_LEVELS } from '../../domain/intake/corpus/types.js';
import { PARTY_KINDS, PARTY_ROLES } from '../../domain/case/taxonomy.js';
import { IntakeRepository } from '../../repositories/intake-repository.js';
import { suggest } from '../../services/intake/suggest.js';
import { requireActor } from '../auth.js';
import { requestLocale } from '../errors.js';
import { withMassWarning } from '../../services/mass-dispute/warning.js';
import { massHints, massWarningView } from './mass-dispute-schemas.js';

/**
 * Identifiers are taken as typed so far: a half-typed ID number or phone does not fail the
 * live suggestion, it is simply not used for matching until it is valid.
 */
const suggestParty = z.object({
  name: z.string().trim().max(100).nullish(),
  idNumber: z.string().trim().max(30).nullish(),
  phone: z.string().trim().max(30).nullish(),
  uscc: z.string().trim().max(30).nullish(),
  kind: z.enum(PARTY_KINDS).nullish(),
  role: z.enum(PARTY_ROLES).nullish(),
});

export const suggestBody = z.object({
  /** Any length up to the body limit; beyond 5,000 characters only the beginning is analysed (`truncated`). */
  text: z.string().trim().min(1),
  parties: z.array(suggestParty).max(50).nullish(),
  address: z.string().trim().max(200).nullish(),
  gridId: z.uuid().nullish(),
  // 涉众预警 hints (optional): with any of them the answer carries `massWarning`.
  ...massHints,
});

export const suggestResponse = z.object({
  categories: z.array(z.object({ code: z.enum(CATEGORY_CODES), score: z.number() })),
  risk: z.object({ level: z.enum(RISK_LEVELS), score: z.number(), signs: z.array(z.string()) }),
  related: z.array(
    z.object({
      id: z.string(),
      code: z.string(),
      title: z.string(),
      status: z.string(),
      registeredAt: z.string(),
      reason: z.enum(['same_party', 'same_respondent', 'same_address', 'similar_text']),
      score: z.number(),
    }),
  ),
  truncated: z.boolean(),
  massWarning: massWarningView.optional(),
});

export function intakeRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const deps = { intake: new IntakeRepository(ctx.database.db) };
  return async (app) => {
    app.post(
      '/api/intake/suggest',
      {
        config: { readOnly: true },
        schema: {
          tags: ['cases'],
          summary: '登记辅助 / Suggested category (top 3), risk level and related earlier cases for an intake account',
          body: suggestBody,
          response: { 200: suggestResponse },
        },
        // Sign-in first: an anonymous caller gets 401, not a validation error.
        preValidation: async (req) => void requireActor(req),
      },
      async (req) => {
        const actor = requireActor(req);
        return withMassWarning(ctx.database.db, actor, req.body, await suggest(deps, actor, req.body), ctx.clock.now(), requestLocale(req));
      },
    );
  };
}
