/**
 * At registration: when the new case raises a mass-dispute warning, the dispatchers of
 * its center and the director are told in-app, with a `mass_warning` event on the case.
 *
 * Once per signal and level: a signal (one respondent, one compound) notifies when it
 * first reaches a threshold, and again only when it doubles past it (3, 6, 12… cases;
 * 10, 20, 40… people) — not for every later case of the same cluster. What was sent is
 * read back from the `mass_warning` events of the window, so several app instances
 * agree; an advisory lock per signal keeps two simultaneous registrations from both sending.
 */
import { DAY_MS, signalReason } from '../../domain/case/mass-dispute.js';
import type { CaseRow } from '../../repositories/case-repository.js';
import { MassDisputeRepository } from '../../repositories/mass-dispute-repository.js';
import type { CaseDeps } from '../cases/deps.js';
import { caseSignals } from './warning.js';

/** Returns the number of warnings raised. */
export async function warnOnRegistration(deps: CaseDeps, c: CaseRow): Promise<number> {
  const { settings, signals } = await caseSignals(deps.db, c);
  const due = signals.filter((s) => s.warn && s.level > 0);
  if (!due.length) return 0;
  const repo = new MassDisputeRepository(deps.db);
  const recipients = await repo.warningRecipients(c.center_id);
  const now = deps.clock.now();
  const since = new Date(now.getTime() - settings.windowDays * DAY_MS);
  let raised = 0;
  for (const s of due) {
    const reason = signalReason(s);
    raised += await deps.db.transaction().execute(async (trx) => {
      await repo.lockSignal(trx, s.key);
      if ((await repo.notifiedLevel(trx, s.key, since)) >= s.level) return 0;
      await deps.cases.appendEvent(trx, c.id, {
        type: 'mass_warning',
        actorId: null,
        actorName: '系统',
        at: now,
        reason,
        data: { key: s.key, kind: s.kind, name: s.name, level: s.level, caseCount: s.caseCount, peopleCount: s.peopleCount, windowDays: s.windowDays, notified: recipients.length },
      });
      await deps.notifications.notify(trx, recipients, { caseId: c.id, kind: 'mass_dispute', title: `涉众预警：${reason}`, body: `${c.code} ${c.title}`, at: now });
      return 1;
    });
  }
  return raised;
}
