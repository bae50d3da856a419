import { isAdmin, territorialPaths } from '../../domain/scope.js';
import type { Role } from '../../domain/roles.js';
import { AppError } from '../../errors.js';
import type { CaseRow } from '../../repositories/case-repository.js';
import type { Actor } from '../actor.js';
import { callerFacts } from '../cases/caller.js';

const SUPERVISORS: readonly Role[] = ['admin', 'director', 'dispatcher'];
const CENTER_ROLES: readonly Role[] = ['director', 'dispatcher', 'mediator'];

/**
 * Arranges sessions on a case: its handler (the assignee, or while nobody is assigned the
 * handling unit's staff), a mediator of the case's center, or a dispatcher/director/admin.
 */
export function arrangesCase(actor: Actor, c: Pick<CaseRow, 'assignee_id' | 'handling_unit_id' | 'center_id'>): boolean {
  const facts = callerFacts(actor);
  const handler = c.assignee_id ? c.assignee_id === actor.userId : c.handling_unit_id !== null && facts.handlingUnitIds.includes(c.handling_unit_id);
  return handler || actor.scope.grants.some((g) => SUPERVISORS.includes(g.role) || (g.role === 'mediator' && g.unitId === c.center_id));
}

type Unit = { id: string; path: string };

/** Plans circuits for a center: admin, or director/dispatcher/mediator at the center or above it. */
export function managesCenter(actor: Actor, center: Unit): boolean {
  return actor.scope.grants.some((g) => g.role === 'admin' || (CENTER_ROLES.includes(g.role) && center.path.startsWith(g.unitPath)));
}

/** Reads a center's circuit plans: admin, or center-role staff whose scope covers it. */
export function readsCenter(actor: Actor, center: Unit): boolean {
  const staff = { ...actor.scope, grants: actor.scope.grants.filter((g) => g.role === 'admin' || CENTER_ROLES.includes(g.role)) };
  return isAdmin(staff) || territorialPaths(staff).some((p) => center.path.startsWith(p));
}

/** Archived cases are frozen; other closed ones take no new session. */
export function assertSchedulable(c: Pick<CaseRow, 'status'>): void {
  if (c.status === 'archived') throw new AppError(409, 'conflict', 'archived_readonly');
  if (c.status !== 'accepted' && c.status !== 'handling') throw new AppError(409, 'conflict', 'session_case_closed');
}

export function assertNotArchived(c: Pick<CaseRow, 'status'>): void {
  if (c.status === 'archived') throw new AppError(409, 'conflict', 'archived_readonly');
}
