import type { FastifyRequest } from 'fastify';
import type { Clock } from '../clock.js';
import { AppError } from '../errors.js';

/**
 * A fixed-window limit per client address for the public endpoints (the portal
 * has no login to throttle). In memory: each instance limits on its own.
 */
export function rateLimiter(clock: Clock, max: number, windowMs: number) {
  const hits = new Map<string, { start: number; n: number }>();
  return async (req: FastifyRequest) => {
    const now = clock.now().getTime();
    const key = req.ip;
    const h = hits.get(key);
    if (!h || now - h.start >= windowMs) {
      if (hits.size > 10_000) hits.clear();
      hits.set(key, { start: now, n: 1 });
      return;
    }
    if (++h.n > max) throw new AppError(429, 'rate_limited', 'rate_limited', {}, undefined, { retryAfterSeconds: Math.ceil((h.start + windowMs - now) / 1000) });
  };
}
