/**
 * 批量通知: a notice to chosen households of a group case, queued in the outbox (one
 * SMS per household with a phone) in the same transaction as the batch, delivered by the
 * `outbox.deliver` job and tracked per household.
 */
import { maskPhone } from '../../domain/identity.js';
import { AppError, notFound } from '../../errors.js';
import { HouseholdRepository } from '../../repositories/household-repository.js';
import { OutboxRepository } from '../../repositories/outbox-repository.js';
import type { Actor } from '../actor.js';
import type { CaseDeps } from '../cases/deps.js';
import { householdCase, stillOpen } from './access.js';
import type { Selection } from './progress.js';

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);
/** `{姓名}` in the text becomes each household's name. */
const personal = (text: string, name: string) => text.replaceAll('{姓名}', name);

export async function sendNotices(deps: CaseDeps, actor: Actor, caseId: string, input: Selection & { title: string; body: string }) {
  const c = await householdCase(deps, actor, caseId, true);
  const repo = new HouseholdRepository(deps.db);
  const outbox = new OutboxRepository(deps.db);
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    stillOpen(await deps.cases.forUpdate(trx, c.id));
    const ids = input.all ? await repo.filteredIds(c.id, input.filter ?? {}, trx) : [...new Set(input.householdIds)];
    const rows = await repo.lockMany(trx, c.id, ids);
    if (!input.all && rows.length !== ids.length) {
      throw new AppError(400, 'validation_failed', 'validation_failed', {}, { householdIds: { 'zh-CN': '所选户中有不属于本案的', en: 'Some chosen households are not of this case' } });
    }
    const reachable = rows.filter((h) => h.phone);
    if (!reachable.length) {
      throw new AppError(400, 'validation_failed', 'validation_failed', {}, { householdIds: { 'zh-CN': '所选户均无联系电话，无法发送通知', en: 'None of the chosen households has a phone' } });
    }
    const batch = await outbox.insertBatch(trx, { case_id: c.id, title: input.title, body: input.body, created_by: actor.userId, created_at: now });
    await outbox.enqueue(
      trx,
      reachable.map((h) => ({ channel: 'sms', recipient: h.phone!, subject: input.title, body: personal(input.body, h.name), batch_id: batch.id, household_id: h.id, next_attempt_at: now, created_at: now })),
    );
    await deps.cases.appendEvent(trx, c.id, {
      type: 'households_notified',
      actorId: actor.userId,
      actorName: actor.displayName,
      at: now,
      data: { batchId: batch.id, title: input.title, recipients: reachable.length, withoutPhone: rows.length - reachable.length },
    });
    return { id: batch.id, title: batch.title, recipients: reachable.length, withoutPhone: rows.length - reachable.length };
  });
}

export async function listNotices(deps: CaseDeps, actor: Actor, caseId: string) {
  const c = await householdCase(deps, actor, caseId, false);
  const rows = await new OutboxRepository(deps.db).batches(c.id);
  return {
    items: rows.map((b) => ({
      id: b.id,
      title: b.title,
      body: b.body,
      createdAt: iso(b.created_at)!,
      createdByName: b.created_by_name,
      total: Number(b.total),
      pending: Number(b.pending),
      sent: Number(b.sent),
      failed: Number(b.failed),
    })),
  };
}

/** One batch's delivery per household; phones masked, errors as the channel reported them (never with the number). */
export async function noticeDeliveries(deps: CaseDeps, actor: Actor, caseId: string, batchId: string) {
  const c = await householdCase(deps, actor, caseId, false);
  const repo = new OutboxRepository(deps.db);
  if (!(await repo.batch(c.id, batchId))) throw notFound();
  const rows = await repo.deliveries(batchId);
  return {
    items: rows.map((d) => ({
      id: d.id,
      householdId: d.household_id,
      rowNo: d.row_no,
      name: d.name,
      phone: maskPhone(d.recipient),
      status: d.status,
      attempts: d.attempts,
      nextAttemptAt: d.status === 'pending' ? iso(d.next_attempt_at) : null,
      lastError: d.last_error,
      sentAt: iso(d.sent_at),
    })),
  };
}
