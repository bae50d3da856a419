import { addDays, shanghaiDate } from '../../domain/agreements/dates.js';
import { JC_REMIND_DAYS_BEFORE, JC_WINDOW_DAYS, jcWindow, reminderDue } from '../../domain/agreements/judicial.js';
import type { AgreementDeps } from './guard.js';

/**
 * judicial.remind: a signed agreement with a payment term and no application for judicial
 * confirmation, `daysBefore` days before its 30-day window closes → the case handler is
 * told once. The reminder is claimed by a conditional update, so two instances (or a rerun)
 * never send it twice.
 */
export async function runJudicialReminders(deps: AgreementDeps, now: Date): Promise<number> {
  // Rules as data: the case policy's lead time, else the shipped 5 days.
  const daysBefore = (await deps.rules.casePolicy()).value.jcRemindDaysBefore ?? JC_REMIND_DAYS_BEFORE;
  const today = shanghaiDate(now);
  // Open windows whose reminder day has come: concluded from (today − 29) to (today − (29 − daysBefore)).
  const from = addDays(today, -(JC_WINDOW_DAYS - 1));
  const to = addDays(today, -(JC_WINDOW_DAYS - 1 - daysBefore));
  let sent = 0;
  for (const a of await deps.agreements.unremindedSigned(from, to)) {
    if (!a.concluded_on || !reminderDue(a.concluded_on, today, false, daysBefore)) continue;
    const users = a.assignee_id ? [a.assignee_id] : a.handling_unit_id ? await deps.agreements.unitHandlers(a.handling_unit_id) : [];
    const w = jcWindow(a.concluded_on, today);
    const done = await deps.db.transaction().execute(async (trx) => {
      if (!(await deps.agreements.claimReminder(trx, a.id, now))) return false;
      await deps.cases.appendEvent(trx, a.case_id, {
        type: 'jc_reminded',
        actorId: null,
        actorName: '系统',
        at: now,
        reason: `司法确认申请期限将于 ${w.lastDay} 届满，尚未申请`,
        data: { lastDay: w.lastDay, daysLeft: w.daysLeft, notified: users.length },
      });
      await deps.notifications.notify(trx, users, {
        caseId: a.case_id,
        kind: 'jc_window_closing',
        title: `案件 ${a.code} 司法确认申请期限即将届满`,
        body: `${a.title}：调解协议自 ${a.concluded_on} 生效，须在 ${w.lastDay} 前向人民法院申请司法确认（还剩 ${w.daysLeft} 天）`,
        at: now,
      });
      return true;
    });
    if (done) sent++;
  }
  return sent;
}
