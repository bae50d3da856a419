import { hasRole } from '../../domain/roles.js';
import { isAdmin } from '../../domain/scope.js';
import { forbidden, invalid, notFound } from '../../errors.js';
import type { OrgUnitRow } from '../../repositories/org-unit-repository.js';
import type { Actor } from '../actor.js';
import type { StaffingDeps } from './deps.js';

type CenterLike = Pick<OrgUnitRow, 'id' | 'path'>;

/** Roles that run a center's rosters and routing board. */
const MANAGE_ROLES = ['director', 'dispatcher'];

/** Admin anywhere; a director or dispatcher of the center itself or of the district above it. */
export function canManageCenter(actor: Actor, center: CenterLike): boolean {
  if (isAdmin(actor.scope)) return true;
  return actor.scope.grants.some((g) => MANAGE_ROLES.includes(g.role) && (g.unitId === center.id || center.path.startsWith(g.unitPath)));
}

/** Managers, and anyone with a role at the center or at one of its units (mediators, liaisons, station staff). */
export async function canReadCenter(deps: StaffingDeps, actor: Actor, center: CenterLike): Promise<boolean> {
  if (canManageCenter(actor, center)) return true;
  if (actor.scope.grants.some((g) => g.unitId === center.id || g.unitPath.includes(`/${center.id}/`))) return true;
  const units = await deps.units.getMany([...new Set(actor.scope.grants.map((g) => g.unitId))]);
  return units.some((u) => u.center_id === center.id);
}

/** The center a caller works at when they name none: their own center, or the first they may read. */
async function defaultCenterId(deps: StaffingDeps, actor: Actor): Promise<string | undefined> {
  const own = actor.scope.grants.find((g) => g.unitKind === 'center');
  if (own) return own.unitId;
  const units = await deps.units.getMany([...new Set(actor.scope.grants.map((g) => g.unitId))]);
  const viaUnit = units.find((u) => u.center_id)?.center_id;
  if (viaUnit) return viaUnit;
  return (await readableCenters(deps, actor))[0]?.center.id;
}

/** The center of a request, checked: 404 when it is no center, 403 (audited) when the caller may not read or manage it. */
export async function resolveCenter(deps: StaffingDeps, actor: Actor, centerId: string | undefined, need: 'read' | 'manage'): Promise<OrgUnitRow> {
  const id = centerId ?? (await defaultCenterId(deps, actor));
  if (!id) {
    // Nobody works at no center: only an admin of an empty deployment gets here legitimately.
    if (!isAdmin(actor.scope)) throw forbidden();
    throw invalid({ centerId: { 'zh-CN': '请选择综治中心', en: 'Choose a governance center' } });
  }
  const center = await deps.units.get(null, id);
  if (!center || center.kind !== 'center') throw notFound('unit_not_found');
  const allowed = need === 'manage' ? canManageCenter(actor, center) : await canReadCenter(deps, actor, center);
  if (!allowed) {
    await deps.audit.record(actor, { action: `center.${need}`, outcome: 'denied', targetType: 'org_unit', targetId: center.id });
    throw forbidden();
  }
  return center;
}

/** Every center the caller may read, in code order, with whether they manage it. */
export async function readableCenters(deps: StaffingDeps, actor: Actor): Promise<{ center: OrgUnitRow; canManage: boolean }[]> {
  const centers = await deps.units.byKind(null, 'center');
  const out: { center: OrgUnitRow; canManage: boolean }[] = [];
  for (const center of centers) {
    if (await canReadCenter(deps, actor, center)) out.push({ center, canManage: canManageCenter(actor, center) });
  }
  return out;
}

/** Whether the caller dispatches somewhere at all (board and on-call inbox of centers). */
export function dispatches(actor: Actor): boolean {
  return hasRole(actor.scope.grants, 'admin', 'director', 'dispatcher');
}
