import { hasRole, type Role } from '../../domain/roles.js';
import { isAdmin } from '../../domain/scope.js';
import { FOLLOWUP_STAFF_ROLES, followupPaths, GRID_TRIO_ROLES, mayWorkInGrid } from '../../domain/screening/access.js';
import type { ReferralListRow, ReferralVisibility } from '../../repositories/assistance-repository.js';
import type { Actor } from '../actor.js';
import { canManageCenter } from '../staffing/center-access.js';

/** The referrer's side: center staff and the grid trio, who refer and may record each step too. */
const REFERRER_ROLES: readonly Role[] = [...FOLLOWUP_STAFF_ROLES, ...GRID_TRIO_ROLES];
/** Who keeps the catalogue. */
export const CATALOGUE_ROLES: readonly Role[] = ['admin', 'director', 'dispatcher'];

/** Whether the caller sees a household profile: by its grid, as for screenings (the grid trio their grids, center staff their district). */
export function seesHousehold(actor: Actor, gridPath: string): boolean {
  return mayWorkInGrid(actor.scope, gridPath);
}

/** Provider units the caller answers for: they are a department_liaison there. */
export function providerUnitIds(actor: Actor): string[] {
  return actor.scope.grants.filter((g) => g.role === 'department_liaison').map((g) => g.unitId);
}

export function referralVisibility(actor: Actor): ReferralVisibility {
  return { all: isAdmin(actor.scope), scope: actor.scope, householdPaths: followupPaths(actor.scope) ?? [], providerUnitIds: providerUnitIds(actor) };
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
