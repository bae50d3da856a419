/** Who may read and change the households of a group case (涉众户). */
import { hasRole } from '../../domain/roles.js';
import { AppError, forbidden } from '../../errors.js';
import type { CaseRow } from '../../repositories/case-repository.js';
import type { Actor } from '../actor.js';
import { callerFacts } from '../cases/caller.js';
import type { CaseDeps } from '../cases/deps.js';
import { visibleCase } from '../cases/visible-case.js';

const SUPERVISING = ['admin', 'director', 'dispatcher'] as const;

/** The case's handler (assignee, or staff of the handling unit) or a supervising role. */
export function mayHandle(actor: Actor, c: CaseRow): boolean {
  if (hasRole(actor.scope.grants, ...SUPERVISING)) return true;
  if (c.assignee_id === actor.userId) return true;
  return c.handling_unit_id !== null && callerFacts(actor).handlingUnitIds.includes(c.handling_unit_id);
}

/**
 * The group case the caller may see (403/404 otherwise); 409 when it is no group case.
 * For a change (`write`), also the handler's role and a case that is not archived.
 */
export async function householdCase(deps: CaseDeps, actor: Actor, caseId: string, write: boolean): Promise<CaseRow> {
  const c = await visibleCase(deps, actor, caseId, write ? 'households.write' : 'households.read');
  if (!c.is_group) throw new AppError(409, 'not_group_case', 'not_group_case', { code: c.code });
  if (!write) return c;
  if (!mayHandle(actor, c)) {
    await deps.audit.record(actor, { action: 'households.write', outcome: 'denied', targetType: 'case', targetId: c.id });
    throw forbidden();
  }
  if (c.status === 'archived') throw new AppError(409, 'archived', 'archived_readonly');
  return c;
}

/** Locked again inside the transaction: archived meanwhile is still refused. */
export function stillOpen(locked: CaseRow | undefined): CaseRow {
  if (!locked || locked.status === 'archived') throw new AppError(409, 'archived', 'archived_readonly');
  return locked;
}
