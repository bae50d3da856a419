import type { Role } from '../roles.js';
import { isAdmin, type Scope, territorialPaths } from '../scope.js';

/**
 * Who works on screenings and household profiles (SPEC §3.5): the grid trio
 * (网格"铁三角") of a grid, and staff whose territory covers it. Pure, on the scope.
 */
export const GRID_TRIO_ROLES = ['grid_worker', 'unit_head', 'building_head'] as const satisfies readonly Role[];
/** Staff who may record and read for grids under their units (a center's staff: its district). */
export const FOLLOWUP_STAFF_ROLES = ['admin', 'director', 'dispatcher', 'mediator'] as const satisfies readonly Role[];
/** Who may open and close campaigns of a center. */
export const CAMPAIGN_MANAGER_ROLES = ['director', 'dispatcher'] as const satisfies readonly Role[];

const WORK_ROLES: readonly Role[] = [...GRID_TRIO_ROLES, ...FOLLOWUP_STAFF_ROLES];

function only(scope: Scope, roles: readonly Role[]): Scope {
  return { userId: scope.userId, grants: scope.grants.filter((g) => roles.includes(g.role)) };
}

/** Unit paths under which the caller reads and records screenings and profiles (null: everything, an admin). */
export function followupPaths(scope: Scope): string[] | null {
  if (isAdmin(scope)) return null;
  return territorialPaths(only(scope, WORK_ROLES));
}

/** Unit paths of the caller's grid-trio grants: "my grids" (a grant on a community covers its grids). */
export function gridTrioPaths(scope: Scope): string[] {
  return territorialPaths(only(scope, GRID_TRIO_ROLES));
}

export function covers(paths: readonly string[] | null, unitPath: string): boolean {
  return paths === null || paths.some((p) => unitPath.startsWith(p));
}

/** Whether the caller may record a screening or a re-assessment in the grid at `gridPath`. */
export function mayWorkInGrid(scope: Scope, gridPath: string): boolean {
  return covers(followupPaths(scope), gridPath);
}

/** Whether the caller may open or close a campaign of the center at `centerPath` (a grant on the center or above it). */
export function mayManageCampaigns(scope: Scope, centerPath: string): boolean {
  return isAdmin(scope) || scope.grants.some((g) => (CAMPAIGN_MANAGER_ROLES as readonly Role[]).includes(g.role) && centerPath.startsWith(g.unitPath));
}

/** The centers the caller is posted at as a campaign manager: the default center of a new campaign when there is one. */
export function managedCenters(scope: Scope): string[] {
  return [...new Set(scope.grants.filter((g) => (CAMPAIGN_MANAGER_ROLES as readonly Role[]).includes(g.role) && g.unitKind === 'center').map((g) => g.unitId))];
}

/** Whether the caller sees full household addresses: the grid trio of that grid (they visit it). */
export function seesFullAddress(scope: Scope, gridPath: string): boolean {
  return gridTrioPaths(scope).some((p) => gridPath.startsWith(p));
}
