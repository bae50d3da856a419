import type { CallerFacts } from '../../domain/case/lifecycle.js';
import { HANDLER_ROLES, type Role } from '../../domain/roles.js';
import type { Actor } from '../actor.js';

const HANDLING_ROLES: readonly Role[] = HANDLER_ROLES;

/** The state machine's view of the caller. */
export function callerFacts(actor: Actor): CallerFacts {
  return {
    userId: actor.userId,
    roles: [...new Set(actor.scope.grants.map((g) => g.role))],
    handlingUnitIds: actor.scope.grants.filter((g) => HANDLING_ROLES.includes(g.role)).map((g) => g.unitId),
  };
}
