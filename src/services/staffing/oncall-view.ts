import { HANDLER_ROLES, hasRole } from '../../domain/roles.js';
import type { OncallStatus } from '../../domain/routing/oncall.js';
import type { OncallListRow } from '../../repositories/oncall-repository.js';
import type { Actor } from '../actor.js';

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

/** Units where the caller answers on-call requests (a department's liaison, a firm's lawyer on the platform). */
export function answeringUnitIds(actor: Actor): string[] {
  return actor.scope.grants.filter((g) => (HANDLER_ROLES as readonly string[]).includes(g.role)).map((g) => g.unitId);
}

/** One request as the API shows it, with what the caller may do with it now. */
export function oncallView(row: OncallListRow, actor: Actor, now: Date) {
  const status = row.status as OncallStatus;
  const mayClose = row.requested_by === actor.userId || hasRole(actor.scope.grants, 'admin');
  return {
    id: row.id,
    caseId: row.case_id,
    caseCode: row.case_code,
    caseTitle: row.case_title,
    unitId: row.unit_id,
    unitName: row.unit_name,
    message: row.message,
    status,
    requestedById: row.requested_by,
    requestedByName: row.requester_name,
    requestedAt: iso(row.requested_at)!,
    respondBy: iso(row.respond_by)!,
    overdue: status === 'pending' && new Date(row.respond_by) <= now,
    respondedAt: iso(row.responded_at),
    responderName: row.responder_name,
    responseNote: row.response_note,
    version: row.version,
    canRespond: status === 'pending' && answeringUnitIds(actor).includes(row.unit_id),
    /** the answering unit sees the case only while the request is live; everyone else reached it through the case */
    caseOpen: status === 'pending' || status === 'accepted' || !answeringUnitIds(actor).includes(row.unit_id),
    canComplete: status === 'accepted' && mayClose,
    canCancel: (status === 'pending' || status === 'accepted') && mayClose,
  };
}

export type OncallView = ReturnType<typeof oncallView>;

/** Beijing wall time for notification texts, e.g. "03-02 13:30". */
export function beijingTime(d: Date | string): string {
  return new Date(new Date(d).getTime() + 8 * 3_600_000).toISOString().slice(5, 16).replace('T', ' ');
}
