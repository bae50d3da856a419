import type { DutyRepository } from '../../repositories/duty-repository.js';
import { BoardRepository } from '../../repositories/board-repository.js';
import { OncallRepository } from '../../repositories/oncall-repository.js';
import type { RulesRepository } from '../../repositories/rules-repository.js';
import type { CaseDeps } from '../cases/deps.js';

/** What the staffing use cases share: the case engine's dependencies plus rosters and on-call requests. */
export interface StaffingDeps extends CaseDeps {
  duty: DutyRepository;
  oncall: OncallRepository;
  board: BoardRepository;
  /** raw policy rows (the 'oncall' policy) */
  policies: RulesRepository;
}

export function staffingDeps(caseDeps: CaseDeps, duty: DutyRepository, policies: RulesRepository): StaffingDeps {
  return { ...caseDeps, duty, oncall: new OncallRepository(caseDeps.db), board: new BoardRepository(caseDeps.db), policies };
}
