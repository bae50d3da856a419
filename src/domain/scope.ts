import type { Role, UnitKind } from './roles.js';

/**
 * What a caller may see (SPEC §2 "Data scope"): everything under the units of
 * their roles, plus what is assigned to them. Built once per request from the
 * session; repositories take it and filter by it, so every list is scoped by construction.
 */
export interface ScopeGrant {
  role: Role;
  unitId: string;
  unitKind: UnitKind;
  /** materialized path of the unit, e.g. '/<district>/<street>/' */
  unitPath: string;
}

export interface Scope {
  userId: string;
  grants: readonly ScopeGrant[];
}

/** Roles whose grant covers everything under their unit (not only what is assigned to them). */
const TERRITORIAL_ROLES: readonly Role[] = [
  'admin',
  'director',
  'dispatcher',
  'mediator',
  'grid_worker',
  'unit_head',
  'building_head',
  'department_liaison',
  'enterprise_liaison',
  'property_manager',
];

/** A center serves its whole district: its staff read the district's tree. */
function readPath(g: ScopeGrant): string {
  return g.unitKind === 'center' ? g.unitPath.replace(/[^/]+\/$/, '') : g.unitPath;
}

/** The unit paths under which the caller sees everything. An expert has none: only the cases they serve on. */
export function territorialPaths(scope: Scope): string[] {
  const paths = scope.grants.filter((g) => TERRITORIAL_ROLES.includes(g.role)).map(readPath);
  // Drop paths already covered by a broader one.
  return paths.filter((p) => !paths.some((q) => q !== p && p.startsWith(q))).filter((p, i, all) => all.indexOf(p) === i);
}

export function isAdmin(scope: Scope): boolean {
  return scope.grants.some((g) => g.role === 'admin');
}

export function rolesOf(scope: Scope): Role[] {
  return [...new Set(scope.grants.map((g) => g.role))];
}
