import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { OPTION_KINDS } from '../../domain/guide/index.js';
import { guideLeaf, guideTree } from '../../services/portal-guide.js';
import { requestLocale } from '../errors.js';

const question = z.object({
  kind: z.literal('question'),
  id: z.string(),
  title: z.string(),
  hint: z.string().nullable(),
  answers: z.array(z.object({ label: z.string(), hint: z.string().nullable(), next: z.string().describe('id of the node this answer leads to') })),
});

const leafHead = z.object({
  kind: z.literal('leaf'),
  id: z.string(),
  category: z.string().describe('case category code (SPEC §3.1) to preselect when filing'),
  categoryName: z.string(),
  title: z.string(),
  summary: z.string(),
  emergency: z.boolean().describe('danger to life or body: show the urgent notice first'),
});

const leaf = leafHead.extend({
  law: z.array(z.object({ citation: z.string(), text: z.string() })),
  selfHelp: z.array(z.string()),
  options: z.array(z.object({ kind: z.enum(OPTION_KINDS), name: z.string(), text: z.string(), timeLimit: z.string().nullable(), basis: z.string().nullable() })),
  bring: z.array(z.string()),
  urgent: z.array(z.string()),
  prefill: z.string().nullable().describe('opening of the account for the filing form'),
  serviceMode: z.enum(['online', 'offline']).describe('suggested service mode'),
});

const locale = z.enum(['zh-CN', 'en']);

/** The portal's self-help guide (SPEC §3.11): public, static content in the request's language. */
export function guideRoutes(): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/portal/guide',
      {
        schema: {
          tags: ['portal'],
          summary: '自助指引：问题与去向 / Self-help guide: the questions and where each answer leads',
          security: [],
          response: { 200: z.object({ locale, revision: z.string(), rootId: z.string(), nodes: z.array(z.discriminatedUnion('kind', [question, leafHead])) }) },
        },
      },
      async (req, reply) => {
        reply.header('cache-control', 'public, max-age=300').header('vary', 'accept-language');
        return guideTree(requestLocale(req));
      },
    );

    app.get(
      '/api/portal/guide/leaves/:id',
      {
        schema: {
          tags: ['portal'],
          summary: '自助指引：权利与解决途径 / Self-help guide: rights, options and time limits for one situation',
          security: [],
          params: z.object({ id: z.string().max(80) }),
          response: { 200: leaf },
        },
      },
      async (req, reply) => {
        reply.header('cache-control', 'public, max-age=300').header('vary', 'accept-language');
        return guideLeaf(req.params.id, requestLocale(req));
      },
    );
  };
}
