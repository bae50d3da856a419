import { HouseholdProfileRepository } from '../../repositories/household-profile-repository.js';
import { ScreeningRepository } from '../../repositories/screening-repository.js';
import type { CaseDeps } from '../cases/deps.js';
import { type FollowupDeps, followupDeps } from '../followup/deps.js';

/** What screening and household-profile use cases share: the follow-up deps (plans, checklists, policy) and their own repositories. */
export interface ScreeningDeps extends FollowupDeps {
  screening: ScreeningRepository;
  households: HouseholdProfileRepository;
}

const cache = new WeakMap<CaseDeps, ScreeningDeps>();

export function screeningDeps(deps: CaseDeps): ScreeningDeps {
  let d = cache.get(deps);
  if (!d) {
    d = { ...followupDeps(deps), screening: new ScreeningRepository(deps.db), households: new HouseholdProfileRepository(deps.db) };
    cache.set(deps, d);
  }
  return d;
}
