import type { Logger } from 'pino';
import type { DutyRepository } from '../../repositories/duty-repository.js';
import type { RoutingRepository } from '../../repositories/routing-repository.js';
import type { CaseDeps } from '../cases/deps.js';

/** What routing adds to the case dependencies: the rules, the rosters, and a log for failures. */
export interface RoutingDeps {
  repo: RoutingRepository;
  duty: DutyRepository;
  log: Pick<Logger, 'warn' | 'error'>;
}

export type CaseRoutingDeps = CaseDeps & { routing: RoutingDeps };

/** The case dependencies with routing, or an error when the context was built without it. */
export function withRouting(deps: CaseDeps): CaseRoutingDeps {
  if (!deps.routing) throw new Error('routing is not configured in this context');
  return deps as CaseRoutingDeps;
}
