import type { Logger } from 'pino';
import type { AppClock, Clock } from './clock.js';
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import { Scheduler } from './jobs/scheduler.js';
import { AuditRepository } from './repositories/audit-repository.js';
import { OrgUnitRepository } from './repositories/org-unit-repository.js';
import { LoginThrottleRepository, SessionRepository } from './repositories/session-repository.js';
import { UserRepository } from './repositories/user-repository.js';
import { CaseRepository } from './repositories/case-repository.js';
import { NotificationRepository } from './repositories/notification-repository.js';
import { PartyRepository } from './repositories/party-repository.js';
import { RulesRepository } from './repositories/rules-repository.js';
import { DutyRepository } from './repositories/duty-repository.js';
import { RoutingRepository } from './repositories/routing-repository.js';
import type { CaseDeps } from './services/cases/deps.js';
import { runEscalations } from './services/cases/escalation-job.js';
import { staffingDeps } from './services/staffing/deps.js';
import { runOncallExpiry } from './services/staffing/oncall-expiry-job.js';
import { runExpertExpiry } from './services/experts/expiry-job.js';
import { OutboxRepository } from './repositories/outbox-repository.js';
import { channelFromConfig } from './services/outbox/channels.js';
import { runOutboxDelivery } from './services/outbox/deliver-job.js';
import { AgreementRepository } from './repositories/agreement-repository.js';
import { runJudicialReminders } from './services/agreements/reminder-job.js';
import { followupDeps } from './services/followup/deps.js';
import { runFollowupEscalations } from './services/followup/escalate-job.js';
import { RulesService } from './services/rules-service.js';
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
    cases: new CaseRepository(db),
    parties: new PartyRepository(db),
    rules: new RulesRepository(db),
    notifications: new NotificationRepository(db),
    duty: new DutyRepository(db),
    routing: new RoutingRepository(db),
  };
  const audit = new AuditService(repos.audit, clock);
  const services = {
    audit,
    auth: new AuthService(repos.users, repos.sessions, repos.throttle, audit, clock, config),
    org: new OrgService(repos.units, audit, clock),
    users: new UserService(db, repos.users, repos.units, repos.throttle, clock),
    rules: new RulesService(repos.rules, clock),
  };
  const caseDeps: CaseDeps = {
    db,
    clock,
    cases: repos.cases,
    parties: repos.parties,
    units: repos.units,
    users: repos.users,
    notifications: repos.notifications,
    rules: services.rules,
    audit,
    routing: { repo: repos.routing, duty: repos.duty, log },
  };
  const scheduler = new Scheduler(db, clock, log);
  scheduler.register({
    name: 'sessions.purge',
    everySeconds: 3600,
    run: async (now) => {
      await repos.sessions.purge(new Date(now.getTime() - 7 * 86_400_000));
    },
  });
  scheduler.register({ name: 'cases.escalate', everySeconds: 60, run: async (now) => void (await runEscalations(caseDeps, now)) });
  scheduler.register({ name: 'oncall.expire', everySeconds: 60, run: async (now) => void (await runOncallExpiry(staffingDeps(caseDeps, repos.duty, repos.rules), now)) });
  scheduler.register({ name: 'experts.expire', everySeconds: 60, run: async (now) => void (await runExpertExpiry(caseDeps, now)) });
  const outboxChannel = channelFromConfig(config, log);
  scheduler.register({ name: 'outbox.deliver', everySeconds: 30, run: async (now) => void (await runOutboxDelivery(new OutboxRepository(db), outboxChannel, now)) });
  scheduler.register({ name: 'followup.escalate', everySeconds: 3600, run: async (now) => void (await runFollowupEscalations(followupDeps(caseDeps), now)) });
  scheduler.register({ name: 'judicial.remind', everySeconds: 3600, run: async (now) => void (await runJudicialReminders({ ...caseDeps, agreements: new AgreementRepository(db) }, now)) });
  return { config, database, clock, log, repos, services, caseDeps, scheduler };
}

export type AppContext = ReturnType<typeof createContext>;
