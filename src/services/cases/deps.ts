import type { Kysely } from 'kysely';
import type { Clock } from '../../clock.js';
import type { DB } from '../../db/schema.js';
import type { CaseRepository } from '../../repositories/case-repository.js';
import type { NotificationRepository } from '../../repositories/notification-repository.js';
import type { OrgUnitRepository } from '../../repositories/org-unit-repository.js';
import type { PartyRepository } from '../../repositories/party-repository.js';
import type { UserRepository } from '../../repositories/user-repository.js';
import type { AuditService } from '../audit-service.js';
import type { RulesService } from '../rules-service.js';
import type { RoutingDeps } from '../routing/deps.js';

/** What the case use cases share. */
export interface CaseDeps {
  db: Kysely<DB>;
  clock: Clock;
  cases: CaseRepository;
  parties: PartyRepository;
  units: OrgUnitRepository;
  users: UserRepository;
  notifications: NotificationRepository;
  rules: RulesService;
  audit: AuditService;
  /** Routing rules and rosters: registration routes the case automatically when present. */
  routing?: RoutingDeps;
}
