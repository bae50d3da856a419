import { AssistanceRepository } from '../../repositories/assistance-repository.js';
import { FollowupRepository } from '../../repositories/followup-repository.js';
import { RiskRepository } from '../../repositories/risk-repository.js';
import { RulesRepository } from '../../repositories/rules-repository.js';
import type { CaseDeps } from '../cases/deps.js';

/** What the follow-up and risk use cases share: the case engine's deps and their own repositories. */
export interface FollowupDeps extends CaseDeps {
  followups: FollowupRepository;
  risk: RiskRepository;
  /** rules as data: the follow-up policy is stored beside the case policy */
  policies: RulesRepository;
  /** the assistance catalogue and referrals (engineer ASSISTANCE's): visits refer through `referToAssistance` */
  assistance: AssistanceRepository;
}

const cache = new WeakMap<CaseDeps, FollowupDeps>();

/** The follow-up deps over the case deps (repositories are thin wrappers over the same database; built once). */
export function followupDeps(deps: CaseDeps): FollowupDeps {
  let d = cache.get(deps);
  if (!d) {
    d = { ...deps, followups: new FollowupRepository(deps.db), risk: new RiskRepository(deps.db), policies: new RulesRepository(deps.db), assistance: new AssistanceRepository(deps.db) };
    cache.set(deps, d);
  }
  return d;
}
