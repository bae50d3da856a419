import type { CaseDeps } from '../cases/deps.js';
import { expertDeps } from './deps.js';
import { expertPolicy } from './policy.js';
import { isOpenCase, replaceDeparted, SYSTEM, type TeamTx } from './seat.js';

const BATCH = 200;

/**
 * The deadline job `experts.expire`: an invitation nobody answered in time expires and,
 * with fallback on, the next best candidate is invited in its place. Each expiry is
 * claimed by a conditional update (still 'proposed', deadline passed) in the same
 * transaction as the replacement, under the case's row lock: two instances, or a job
 * run twice, never expire — or replace — the same invitation twice.
 */
export async function runExpertExpiry(deps: CaseDeps, now: Date): Promise<number> {
  const d = expertDeps(deps);
  const [cal, policy, categories] = await Promise.all([d.rules.calendar(), expertPolicy(d), d.rules.categories()]);
  let expired = 0;
  for (;;) {
    const due = await d.experts.overdue(now, BATCH);
    let progressed = false;
    for (const o of due) {
      const done = await d.db.transaction().execute(async (trx) => {
        const c = await d.cases.forUpdate(trx, o.case_id);
        if (!c) return false;
        const m = (await d.experts.team(c.id, trx)).find((t) => t.expert_id === o.expert_id);
        if (!m || !(await d.experts.transition(trx, c.id, m.expert_id, ['proposed'], { status: 'expired', lead: false }, { dueBy: now }))) return false;
        const x: TeamTx = { d, trx, c, now, cal, policy: policy.value, categoryName: categories.find((k) => k.code === c.category)?.name_zh ?? c.category };
        await d.cases.appendEvent(trx, c.id, {
          type: 'expert_expired',
          actorId: SYSTEM.id,
          actorName: SYSTEM.name,
          at: now,
          data: { expertId: m.expert_id, expertName: m.name, respondBy: m.respond_by ? new Date(m.respond_by).toISOString() : null },
        });
        if (m.user_id) {
          await d.notifications.notify(trx, [m.user_id], { caseId: c.id, kind: 'expert_expired', title: `专家邀请已超时：案件 ${c.code}`, body: isOpenCase(c) ? '答复期限已过，本案将另行匹配专家' : '答复期限已过', at: now });
        }
        await replaceDeparted(x, { expert_id: m.expert_id, name: m.name, kind: m.kind }, '超时未答复');
        return true;
      });
      if (done) {
        expired++;
        progressed = true;
      }
    }
    if (!progressed || due.length < BATCH) return expired;
  }
}
