import type { StaffingDeps } from './deps.js';
import { beijingTime } from './oncall-view.js';

const BATCH = 200;

/**
 * The on-call expiry job (oncall.expire): every pending request past its answer time
 * becomes 'expired', with a timeline event and a notice to the requester and the
 * case's handler. Each request is claimed by a conditional update, so two instances
 * (or a rerun) never expire one twice.
 */
export async function runOncallExpiry(deps: StaffingDeps, now: Date): Promise<number> {
  let expired = 0;
  for (;;) {
    const due = await deps.oncall.overdue(now, BATCH);
    let progressed = false;
    for (const { id } of due) {
      const row = await deps.oncall.get(id);
      if (!row) continue;
      const done = await deps.db.transaction().execute(async (trx) => {
        await deps.cases.forUpdate(trx, row.case_id);
        if (!(await deps.oncall.transition(trx, id, ['pending'], { status: 'expired' }, now))) return false;
        await deps.cases.appendEvent(trx, row.case_id, {
          type: 'oncall_expired',
          actorId: null,
          actorName: '系统',
          at: now,
          reason: `${row.unit_name}未在答复时限内答复随驻请求`,
          data: { requestId: row.id, unitId: row.unit_id, unitName: row.unit_name, respondBy: new Date(row.respond_by).toISOString() },
        });
        await deps.notifications.notify(trx, [row.requested_by, row.case_assignee_id].filter((x): x is string => !!x), {
          caseId: row.case_id,
          kind: 'oncall_expired',
          title: `随驻请求已过期：案件 ${row.case_code}`,
          body: `${row.unit_name}未在 ${beijingTime(row.respond_by)} 前答复，请另行联系或改请其他单位`,
          at: now,
        });
        return true;
      });
      if (done) {
        expired++;
        progressed = true;
      }
    }
    if (due.length < BATCH || !progressed) return expired;
  }
}
