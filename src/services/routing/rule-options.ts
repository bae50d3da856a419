import { forbidden } from '../../errors.js';
import type { Actor } from '../actor.js';
import type { CaseDeps } from '../cases/deps.js';
import { ruleAccess } from './access.js';
import { withRouting } from './deps.js';

/** What the rule editor offers as targets: the handling units of the centers the caller reads, and their handlers. */
export async function ruleOptions(baseDeps: CaseDeps, actor: Actor, centerId?: string) {
  const deps = withRouting(baseDeps);
  const access = await ruleAccess(deps, actor);
  if (centerId && !access.readCenters.some((c) => c.id === centerId)) throw forbidden();
  const centers = centerId ? [centerId] : access.readCenters.map((c) => c.id);
  const units = await deps.routing.repo.handlingUnits(centers);
  const users = await deps.routing.repo.handlersOf(units.map((u) => u.id));
  return {
    units: units.map((u) => ({ id: u.id, name: u.name, kind: u.kind, centerId: u.kind === 'center' ? u.id : u.center_id, departmentType: u.department_type, staffingTier: u.staffing_tier, rosterWeekdays: u.roster_weekdays ?? [] })),
    users: users.map((u) => ({ id: u.id, displayName: u.display_name, role: u.role, unitId: u.unit_id })),
  };
}
