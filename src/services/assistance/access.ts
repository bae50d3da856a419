import { hasRole, type Role } from '../../domain/roles.js';
import { isAdmin, territorialPaths } from '../../domain/scope.js';
import type { ReferralListRow, ReferralVisibility } from '../../repositories/assistance-repository.js';
import type { Actor } from '../actor.js';
import { canManageCenter } from '../staffing/center-access.js';

/** The referrer's side: center staff and the grid trio, who refer and may record each step too. */
export const REFERRER_ROLES: readonly Role[] = ['admin', 'director', 'dispatcher', 'mediator', 'grid_worker', 'unit_head', 'building_head'];
/** Who keeps the catalogue. */
export const CATALOGUE_ROLES: readonly Role[] = ['admin', 'director', 'dispatcher'];
/** Roles whose territory opens the household profiles under it (by the household's grid); not liaisons or property managers. */
const HOUSEHOLD_ROLES: readonly Role[] = ['admin', 'director', 'dispatcher', 'mediator', 'grid_worker', 'unit_head', 'building_head'];

/** Unit paths under which the caller sees household profiles: the grid trio their grids, center staff their district. */
export function householdPaths(actor: Actor): string[] {
  return territorialPaths({ ...actor.scope, grants: actor.scope.grants.filter((g) => HOUSEHOLD_ROLES.includes(g.role)) });
}

export function seesHousehold(actor: Actor, gridPath: string): boolean {
  return isAdmin(actor.scope) || householdPaths(actor).some((p) => gridPath.startsWith(p));
}

/** Provider units the caller answers for: they are a department_liaison there. */
export function providerUnitIds(actor: Actor): string[] {
  return actor.scope.grants.filter((g) => g.role === 'department_liaison').map((g) => g.unitId);
}

export function referralVisibility(actor: Actor): ReferralVisibility {
  return { all: isAdmin(actor.scope), scope: actor.scope, householdPaths: householdPaths(actor), providerUnitIds: providerUnitIds(actor) };
}

export function mayRefer(actor: Actor): boolean {
  return hasRole(actor.scope.grants, ...REFERRER_ROLES);
}

/**
 * May the caller move a referral on: the provider unit's liaison, or someone of the
 * referrer's side who sees the referral (it came to them through its case or household;
 * the caller checks visibility first).
 */
export function mayStep(actor: Actor, row: Pick<ReferralListRow, 'provider_unit_id'>): boolean {
  if (isAdmin(actor.scope)) return true;
  if (row.provider_unit_id && providerUnitIds(actor).includes(row.provider_unit_id)) return true;
  return hasRole(actor.scope.grants, ...REFERRER_ROLES);
}

/**
 * May the caller keep a resource of this center (null: district-wide): an admin; a director
 * or dispatcher of the center or of the district above it; district-wide ones only from the district.
 */
export function mayEditResource(actor: Actor, center: { id: string; path: string } | null): boolean {
  if (isAdmin(actor.scope)) return true;
  if (!hasRole(actor.scope.grants, ...CATALOGUE_ROLES)) return false;
  if (center) return canManageCenter(actor, center);
  return actor.scope.grants.some((g) => (g.role === 'director' || g.role === 'dispatcher') && g.unitKind === 'district');
}
