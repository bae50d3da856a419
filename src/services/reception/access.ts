import type { Role } from '../../domain/roles.js';
import { isAdmin, territorialPaths } from '../../domain/scope.js';
import { invalid } from '../../errors.js';
import type { ReceptionThemeRow } from '../../repositories/reception-repository.js';
import type { Actor } from '../actor.js';
import type { ReceptionDeps } from './deps.js';

/** Roles that run a center's reception days when their unit is the center or above it (as for the center's cases). */
const CENTER_ROLES: readonly Role[] = ['director', 'dispatcher', 'mediator'];

type CenterUnit = { id: string; path: string };

/**
 * Reads a center's bookings: admin, or director/dispatcher/mediator whose data scope covers
 * the center — a center's staff read the district's tree (see domain/scope), so the district
 * center's window also sees the development-zone center's bookings.
 */
export function readsCenter(actor: Actor, center: CenterUnit): boolean {
  const staff = { ...actor.scope, grants: actor.scope.grants.filter((g) => g.role === 'admin' || CENTER_ROLES.includes(g.role)) };
  return isAdmin(staff) || territorialPaths(staff).some((p) => center.path.startsWith(p));
}

/** Acts on a center's reception days (books, marks, registers): admin, or director/dispatcher/mediator at the center or at a unit above it. */
export function managesCenter(actor: Actor, center: CenterUnit): boolean {
  return actor.scope.grants.some((g) => g.role === 'admin' || (CENTER_ROLES.includes(g.role) && center.path.startsWith(g.unitPath)));
}

/** Admin, or the director of the center or of a unit above it: they set the themes. */
export function configuresCenter(actor: Actor, center: CenterUnit): boolean {
  return actor.scope.grants.some((g) => g.role === 'admin' || (g.role === 'director' && center.path.startsWith(g.unitPath)));
}

/** Themes hosted by a department whose liaison the caller is. */
export function hostedThemes(actor: Actor, themes: readonly Pick<ReceptionThemeRow, 'theme' | 'host_unit_id'>[]): string[] {
  const units = new Set(actor.scope.grants.filter((g) => g.role === 'department_liaison').map((g) => g.unitId));
  return themes.filter((t) => t.host_unit_id && units.has(t.host_unit_id)).map((t) => t.theme);
}

/** Enterprise stations whose liaison the caller is: they act for the enterprises of those stations. */
export function liaisonStations(actor: Actor): string[] {
  return actor.scope.grants.filter((g) => g.role === 'enterprise_liaison').map((g) => g.unitId);
}

/** The center named by a request, or 400 naming the field. */
export async function requireCenter(deps: ReceptionDeps, centerId: string, field = 'centerId') {
  const unit = await deps.cases.units.get(null, centerId);
  if (!unit || unit.kind !== 'center') throw invalid({ [field]: { 'zh-CN': '综治中心不存在', en: 'Unknown governance center' } });
  return unit;
}
