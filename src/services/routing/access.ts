import type { Role } from '../../domain/roles.js';
import { forbidden } from '../../errors.js';
import type { Actor } from '../actor.js';
import type { CaseRoutingDeps } from './deps.js';

/** Who may read the rules and try them out, and who may change them. */
export const READ_ROLES: readonly Role[] = ['admin', 'director', 'dispatcher'];
export const EDIT_ROLES: readonly Role[] = ['admin', 'director'];

export interface RuleAccess {
  /** centers whose rules the caller reads (with the rules of every center) */
  readCenters: { id: string; name: string }[];
  /** centers whose rules the caller may change */
  editCenters: { id: string; name: string }[];
  /** may change the rules that apply at every center (center_id null) */
  editGlobal: boolean;
}

/**
 * A caller's reach over the rules, by the units of their roles: an admin everywhere,
 * a director or dispatcher at the centers at or under their unit (a district
 * director covers every center of the district). 403 for every other role.
 */
export async function ruleAccess(deps: CaseRoutingDeps, actor: Actor): Promise<RuleAccess> {
  const grants = actor.scope.grants;
  if (!grants.some((g) => READ_ROLES.includes(g.role))) throw forbidden();
  const centers = await deps.units.byKind(null, 'center');
  const covered = (roles: readonly Role[]) =>
    centers.filter((c) => grants.some((g) => roles.includes(g.role) && (g.role === 'admin' || g.unitId === c.id || c.path.startsWith(g.unitPath))));
  const pick = (list: typeof centers) => list.map((c) => ({ id: c.id, name: c.name }));
  return {
    readCenters: pick(covered(READ_ROLES)),
    editCenters: pick(covered(EDIT_ROLES)),
    editGlobal: grants.some((g) => g.role === 'admin' || (g.role === 'director' && g.unitKind === 'district')),
  };
}

export function canEdit(access: RuleAccess, centerId: string | null): boolean {
  return centerId === null ? access.editGlobal : access.editCenters.some((c) => c.id === centerId);
}
