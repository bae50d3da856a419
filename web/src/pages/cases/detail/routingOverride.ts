// Whether a manual route overrides a routing rule (then the server requires a reason).
import type { Case } from '../../../api/caseTypes';

/** The name of the rule a manual route would override: a case a rule routed and nobody re-routed since. */
export function ruleToOverride(current: Case): string | null {
  return current.status === 'routed' && current.routing?.mode === 'rule' ? current.routing.ruleName ?? '' : null;
}
