import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';
import type { Actor, RequestOrigin } from '../services/actor.js';
import type { AppContext } from '../context.js';

export const SESSION_COOKIE = 'concord_session';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    /** a POST that changes nothing (look-ups whose input must stay out of URLs): not audited as a change */
    readOnly?: boolean;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function originOf(req: FastifyRequest): RequestOrigin {
  return { ip: req.ip ?? null, userAgent: (req.headers['user-agent'] as string | undefined) ?? null };
}

/** The caller, or 401. */
export function requireActor(req: FastifyRequest): Actor {
  if (!req.actor) throw new AppError(401, 'unauthorized', 'unauthorized');
  return req.actor;
}

/**
 * Resolves the session cookie into `request.actor` on every API request, checks the
 * CSRF token of state-changing calls made with the cookie, and audits every
 * state-changing request before its answer is sent.
 */
export function registerAuth(app: FastifyInstance, ctx: AppContext) {
  app.decorateRequest('actor', null);

  app.addHook('onRequest', async (req) => {
    if (!req.url.startsWith('/api/')) return;
    const token = req.cookies[SESSION_COOKIE];
    if (!token) return;
    try {
      req.actor = { ...(await ctx.services.auth.authenticate(token)), ip: req.ip ?? null };
    } catch (err) {
      // An expired or unknown session is simply anonymous; login must still work.
      if (req.routeOptions.url === '/api/auth/login') return;
      throw err;
    }
    if (!SAFE_METHODS.has(req.method) && req.headers['x-csrf-token'] !== req.actor.csrfToken) {
      throw new AppError(403, 'csrf_failed', 'csrf_failed');
    }
  });

  // onSend, not onResponse: the row is written before the caller gets the answer, so
  // nothing the caller saw happen can be missing from the audit log.
  app.addHook('onSend', async (req, reply, payload) => {
    if (SAFE_METHODS.has(req.method) || !req.url.startsWith('/api/') || req.routeOptions.config.readOnly || req.routeOptions.url === '/api/auth/login' || req.routeOptions.url === '/api/auth/logout') return payload;
    const status = reply.statusCode;
    await ctx.services.audit
      .record(req.actor, {
        action: `${req.method} ${req.routeOptions.url ?? 'unknown'}`,
        outcome: status < 400 ? 'ok' : status === 401 || status === 403 ? 'denied' : status >= 500 ? 'error' : 'failed',
        targetId: (req.params as Record<string, string> | undefined)?.id,
        ip: req.ip,
        detail: { status },
      })
      .catch((err) => req.log.error({ err }, 'audit write failed'));
    return payload;
  });
}
