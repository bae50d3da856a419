import { ExpertRepository } from '../../repositories/expert-repository.js';
import { RulesRepository } from '../../repositories/rules-repository.js';
import type { CaseDeps } from '../cases/deps.js';

/** What the expert-pool use cases need: the case engine's deps plus the pool and the policy store. */
export interface ExpertDeps extends CaseDeps {
  experts: ExpertRepository;
  policies: RulesRepository;
}

const built = new WeakMap<CaseDeps, ExpertDeps>();

/** The expert deps beside a set of case deps (repositories are stateless; one pair per case-deps object). */
export function expertDeps(deps: CaseDeps): ExpertDeps {
  let d = built.get(deps);
  if (!d) {
    d = { ...deps, experts: new ExpertRepository(deps.db), policies: new RulesRepository(deps.db) };
    built.set(deps, d);
  }
  return d;
}
