import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyReply, LogController } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../context.js';
import { translate } from '../i18n/messages.js';
import { registerAuth } from './auth.js';
import { errorHandler, requestLocale } from './errors.js';
import { authRoutes } from './routes/auth-routes.js';
import { orgRoutes } from './routes/org-routes.js';
import { systemRoutes } from './routes/system-routes.js';
import { userRoutes } from './routes/user-routes.js';
import { caseRoutes } from './routes/case-routes.js';
import { notificationRoutes } from './routes/notification-routes.js';
import { portalRoutes } from './routes/portal-routes.js';
import { guideRoutes } from './routes/guide-routes.js';
import { rulesRoutes } from './routes/rules-routes.js';
import { kpiRoutes } from './routes/kpi-routes.js';
import { heatmapRoutes } from './routes/heatmap-routes.js';
import { reportRoutes } from './routes/report-routes.js';
import { intakeRoutes } from './routes/intake-routes.js';
import { dutyRoutes } from './routes/duty-routes.js';
import { oncallRoutes } from './routes/oncall-routes.js';
import { massDisputeRoutes } from './routes/mass-dispute-routes.js';
import { expertRoutes } from './routes/expert-routes.js';
import { routingRulesRoutes } from './routes/routing-rules-routes.js';
import { receptionRoutes } from './routes/reception-routes.js';
import { portalReceptionRoutes } from './routes/portal-reception-routes.js';
import { documentRoutes } from './routes/document-routes.js';
import { sessionRoutes } from './routes/session-routes.js';
import { householdRoutes } from './routes/household-routes.js';
import { agreementRoutes } from './routes/agreement-routes.js';
import { followupRoutes } from './routes/followup-routes.js';
import { riskRoutes } from './routes/risk-routes.js';
import { screeningRoutes } from './routes/screening-routes.js';
import { householdProfileRoutes } from './routes/household-profile-routes.js';
import { assistanceRoutes } from './routes/assistance-routes.js';

const WEB_DIST = join(dirname(fileURLToPath(import.meta.url)), '../../web/dist');

/** Builds the HTTP application around a context. The caller listens (or injects, in tests). */
export async function buildApp(ctx: AppContext, opts: { webDist?: string | null } = {}): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: ctx.log as unknown as FastifyBaseLogger,
    bodyLimit: ctx.config.bodyLimitBytes,
    trustProxy: ctx.config.trustProxy,
    logController: new LogController({ disableRequestLogging: true }),
    return503OnClosing: true,
    // Requests the HTTP parser itself rejects (e.g. raw non-ASCII in the URL): still JSON.
    clientErrorHandler: (_err, socket) => {
      const body = JSON.stringify({ error: { code: 'bad_request', message: '请求格式不正确 / Malformed request' } });
      if (socket.writable) socket.end(`HTTP/1.1 400 Bad Request\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
    },
    // Malformed URLs and the like: the same localized JSON error as everything else.
    frameworkErrors: (_err, req, reply) => {
      const locale = requestLocale(req);
      return (reply as FastifyReply).status(400).send({ error: { code: 'bad_request', message: locale === 'en' ? 'Malformed request' : '请求格式不正确' } });
    },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);

  // One log line per request, without query strings or bodies: they may carry personal data.
  app.addHook('onResponse', async (req, reply) => {
    req.log.info({ method: req.method, route: req.routeOptions.url ?? 'unmatched', status: reply.statusCode, ms: Math.round(reply.elapsedTime) }, 'request');
  });

  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Concord API', version: '0.1.0', description: '综治中心矛盾纠纷多元化解平台 API. Errors: {"error":{"code","message","fields"}}; state-changing calls made with the session cookie carry X-CSRF-Token.' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'concord_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });

  registerAuth(app, ctx);
  await app.register(systemRoutes(ctx));
  await app.register(authRoutes(ctx));
  await app.register(orgRoutes(ctx));
  await app.register(userRoutes(ctx));
  await app.register(rulesRoutes(ctx));
  await app.register(caseRoutes(ctx));
  await app.register(intakeRoutes(ctx));
  await app.register(massDisputeRoutes(ctx));
  await app.register(notificationRoutes(ctx));
  await app.register(portalRoutes(ctx));
  await app.register(guideRoutes());
  await app.register(kpiRoutes(ctx));
  await app.register(heatmapRoutes(ctx));
  await app.register(reportRoutes(ctx));
  await app.register(dutyRoutes(ctx));
  await app.register(oncallRoutes(ctx));
  await app.register(expertRoutes(ctx));
  await app.register(routingRulesRoutes(ctx));
  await app.register(receptionRoutes(ctx));
  await app.register(portalReceptionRoutes(ctx));
  await app.register(documentRoutes(ctx));
  await app.register(sessionRoutes(ctx));
  await app.register(householdRoutes(ctx));
  await app.register(agreementRoutes(ctx));
  await app.register(riskRoutes(ctx));
  await app.register(followupRoutes(ctx));
  await app.register(screeningRoutes(ctx));
  await app.register(householdProfileRoutes(ctx));
  await app.register(assistanceRoutes(ctx));

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const webDist = opts.webDist === undefined ? WEB_DIST : opts.webDist;
  const serveWeb = webDist !== null && existsSync(join(webDist, 'index.html'));
  if (serveWeb) await app.register(fastifyStatic, { root: webDist, wildcard: false, index: false });

  app.setNotFoundHandler((req, reply) => {
    const isApi = req.url.startsWith('/api/') || req.url.startsWith('/open311/');
    if (!isApi && serveWeb && (req.method === 'GET' || req.method === 'HEAD')) {
      // The web app routes on the client: every other page path gets its shell.
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    const path = req.url.split('?')[0] ?? '';
    return reply.status(404).send({ error: { code: 'not_found', message: translate(requestLocale(req), 'route_not_found', { method: req.method, path }) } });
  });

  return app;
}
