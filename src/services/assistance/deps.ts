import { AssistanceRepository } from '../../repositories/assistance-repository.js';
import type { CaseDeps } from '../cases/deps.js';

/** What the assistance use cases share: the case engine's dependencies (case visibility, units, audit) and the catalogue. */
export interface AssistanceDeps extends CaseDeps {
  assistance: AssistanceRepository;
}

export function assistanceDeps(caseDeps: CaseDeps): AssistanceDeps {
  return { ...caseDeps, assistance: new AssistanceRepository(caseDeps.db) };
}
