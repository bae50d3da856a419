import { createHash, randomBytes } from 'node:crypto';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';
import type { SessionRepository, LoginThrottleRepository } from '../repositories/session-repository.js';
import type { UserRepository } from '../repositories/user-repository.js';
import type { Actor, RequestOrigin } from './actor.js';
import type { AuditService } from './audit-service.js';
import { verifyPassword } from './passwords.js';

export const sessionHash = (token: string) => createHash('sha256').update(token).digest('hex');

export interface LoginResult {
  token: string;
  actor: Actor;
  expiresAt: Date;
}

export class AuthService {
  constructor(
    private readonly users: UserRepository,
    private readonly sessions: SessionRepository,
    private readonly throttle: LoginThrottleRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly config: Pick<Config, 'session' | 'login'>,
  ) {}

  /**
   * Username + password → a new session (a fresh id every login: no fixation).
   * Failures count per username; at the limit the name is locked for a while,
   * and while locked even the right password is refused (429).
   */
  async login(username: string, password: string, origin: RequestOrigin, previousToken?: string): Promise<LoginResult> {
    const now = this.clock.now();
    const key = username.trim().toLowerCase();
    const throttled = await this.throttle.get(key);
    if (throttled?.locked_until && new Date(throttled.locked_until) > now) {
      await this.audit.record(null, { action: 'auth.login', outcome: 'denied', targetType: 'username', targetId: key, ip: origin.ip, detail: { reason: 'locked' } });
      throw this.lockedError(new Date(throttled.locked_until), now);
    }
    const user = await this.users.byUsername(key);
    const ok = await verifyPassword(user?.password_hash ?? null, password);
    if (!user || !ok) {
      const lockedUntil = await this.throttle.fail(key, now, this.config.login.maxFailures, this.config.login.lockMinutes * 60_000);
      await this.audit.record(user ? { userId: user.id, username: user.username } : null, {
        action: 'auth.login',
        outcome: 'failed',
        targetType: 'username',
        targetId: key,
        ip: origin.ip,
        detail: { reason: user ? 'bad_password' : 'unknown_user', locked: lockedUntil !== null },
      });
      if (lockedUntil) throw this.lockedError(lockedUntil, now);
      throw new AppError(401, 'unauthorized', 'bad_credentials');
    }
    if (!user.active) {
      await this.audit.record({ userId: user.id, username: user.username }, { action: 'auth.login', outcome: 'denied', ip: origin.ip, detail: { reason: 'disabled' } });
      throw new AppError(403, 'account_disabled', 'account_disabled');
    }
    await this.throttle.clear(key);
    if (previousToken) await this.sessions.end(sessionHash(previousToken), now);

    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(24).toString('base64url');
    const expiresAt = new Date(now.getTime() + this.config.session.absoluteHours * 3_600_000);
    await this.sessions.create({
      id_hash: sessionHash(token),
      user_id: user.id,
      csrf_token: csrfToken,
      created_at: now,
      last_seen_at: now,
      expires_at: expiresAt,
      ip: origin.ip,
      user_agent: origin.userAgent?.slice(0, 300) ?? null,
    });
    await this.audit.record({ userId: user.id, username: user.username }, { action: 'auth.login', outcome: 'ok', ip: origin.ip });
    const grants = await this.users.grantsOf(user.id);
    return {
      token,
      expiresAt,
      actor: {
        userId: user.id,
        username: user.username,
        displayName: user.display_name,
        scope: { userId: user.id, grants },
        sessionHash: sessionHash(token),
        csrfToken,
      },
    };
  }

  /** The actor behind a session token, or an error when the session is missing, idle too long or past its absolute end. */
  async authenticate(token: string): Promise<Actor> {
    const now = this.clock.now();
    const idHash = sessionHash(token);
    const s = await this.sessions.live(idHash);
    if (!s) throw new AppError(401, 'unauthorized', 'unauthorized');
    const idleLimit = new Date(s.last_seen_at).getTime() + this.config.session.idleMinutes * 60_000;
    if (now.getTime() >= idleLimit || now >= new Date(s.expires_at)) {
      await this.sessions.end(idHash, now);
      throw new AppError(401, 'session_expired', 'session_expired');
    }
    const user = await this.users.byId(s.user_id);
    if (!user || !user.active) {
      await this.sessions.end(idHash, now);
      throw new AppError(401, 'unauthorized', 'unauthorized');
    }
    // Touch at most once a minute: keeps the idle clock right without a write per request.
    if (now.getTime() - new Date(s.last_seen_at).getTime() > 60_000) await this.sessions.touch(idHash, now);
    const grants = await this.users.grantsOf(user.id);
    return {
      userId: user.id,
      username: user.username,
      displayName: user.display_name,
      scope: { userId: user.id, grants },
      sessionHash: idHash,
      csrfToken: s.csrf_token,
    };
  }

  async logout(actor: Actor, origin: RequestOrigin): Promise<void> {
    await this.sessions.end(actor.sessionHash, this.clock.now());
    await this.audit.record(actor, { action: 'auth.logout', outcome: 'ok', ip: origin.ip });
  }

  private lockedError(until: Date, now: Date): AppError {
    const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
    return new AppError(429, 'locked', 'locked', { minutes }, undefined, { retryAfterSeconds: Math.ceil((until.getTime() - now.getTime()) / 1000) });
  }
}
