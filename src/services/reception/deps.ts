import type { ReceptionRepository } from '../../repositories/reception-repository.js';
import type { CaseDeps } from '../cases/deps.js';

/** What the reception-day use cases need: the case engine (registration, rules, units, audit) and their own repository. */
export interface ReceptionDeps {
  cases: CaseDeps;
  repo: ReceptionRepository;
}
