import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { CaseRow } from '../../repositories/case-repository.js';
import type { CaseDeps } from './deps.js';

/** Tells the person a case was just routed to (unless they routed it to themselves); manual and automatic routing share it. */
export async function notifyAssignee(deps: CaseDeps, trx: Kysely<DB>, routed: CaseRow, actorUserId: string | null, now: Date): Promise<void> {
  if (!routed.assignee_id || routed.assignee_id === actorUserId) return;
  await deps.notifications.notify(trx, [routed.assignee_id], { caseId: routed.id, kind: 'case_assigned', title: `新分派案件 ${routed.code}`, body: routed.title, at: now });
}
