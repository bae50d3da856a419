import type { Logger } from 'pino';
import type { AppClock, Clock } from './clock.js';
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import { Scheduler } from './jobs/scheduler.js';
import { AuditRepository } from './repositories/audit-repository.js';
import { OrgUnitRepository } from './repositories/org-unit-repository.js';
import { LoginThrottleRepository, SessionRepository } from './repositories/session-repository.js';
import { UserRepository } from './repositories/user-repository.js';
import { AuditService } from './services/audit-service.js';
import { AuthService } from './services/auth-service.js';
import { OrgService } from './services/org-service.js';
import { UserService } from './services/user-service.js';

/** The composition root: repositories and services wired to one database and one clock. */
export function createContext(config: Config, database: Database, clock: Clock | AppClock, log: Logger) {
  const db = database.db;
  const repos = {
    audit: new AuditRepository(db),
    units: new OrgUnitRepository(db),
    users: new UserRepository(db),
    sessions: new SessionRepository(db),
    throttle: new LoginThrottleRepository(db),
  };
  const audit = new AuditService(repos.audit, clock);
  const services = {
    audit,
    auth: new AuthService(repos.users, repos.sessions, repos.throttle, audit, clock, config),
    org: new OrgService(repos.units, audit, clock),
    users: new UserService(db, repos.users, repos.units, repos.throttle, clock),
  };
  const scheduler = new Scheduler(db, clock, log);
  scheduler.register({
    name: 'sessions.purge',
    everySeconds: 3600,
    run: async (now) => {
      await repos.sessions.purge(new Date(now.getTime() - 7 * 86_400_000));
    },
  });
  return { config, database, clock, log, repos, services, scheduler };
}

export type AppContext = ReturnType<typeof createContext>;
