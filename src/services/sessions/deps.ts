import type { MediationRepository } from '../../repositories/mediation-repository.js';
import type { CaseDeps } from '../cases/deps.js';

/** What the session and circuit-plan use cases need: the case engine and their own repository. */
export interface SessionDeps {
  cases: CaseDeps;
  repo: MediationRepository;
}
