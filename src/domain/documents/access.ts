import { HANDLER_ROLES, hasRole, type RoleGrant } from '../roles.js';

export interface CaseHandling {
  assigneeId: string | null;
  handlingUnitId: string | null;
  centerId: string;
}

/**
 * Who works the case: the center's dispatchers, directors and admins, its assignee, and
 * handling staff of its unit or center. They may produce its documents and read the
 * files that carry full ID numbers.
 */
export function handlesCase(grants: readonly RoleGrant[], userId: string, c: CaseHandling): boolean {
  if (hasRole(grants, 'admin', 'director', 'dispatcher')) return true;
  if (c.assigneeId === userId) return true;
  return grants.some((g) => (HANDLER_ROLES as readonly string[]).includes(g.role) && (g.unitId === c.handlingUnitId || g.unitId === c.centerId));
}

/** Attachment kinds that carry full ID numbers and addresses: ID copies and the generated documents. */
export const PERSONAL_DATA_KINDS: readonly string[] = ['id_copy', 'application', 'agreement', 'minutes', 'follow_up_record', 'judicial_confirmation_application'];

/**
 * May the caller download an attachment of this kind from a case they can already see?
 * Evidence is open to everyone who sees the case; files with full personal data only to
 * those who work the case, and to the experts serving on it (they sit in the mediation).
 */
export function mayReadAttachment(grants: readonly RoleGrant[], userId: string, c: CaseHandling, kind: string): boolean {
  if (!PERSONAL_DATA_KINDS.includes(kind)) return true;
  return handlesCase(grants, userId, c) || hasRole(grants, 'expert');
}
