/**
 * The job `outbox.deliver`: sends due outbox messages through the configured channel.
 * Rows are claimed with a lease (several instances never send one twice at once; a row
 * whose sender died is sent again after the lease), no transaction is held while
 * sending, and a failure is retried after 1, 2, 4 … minutes — after 8 attempts the
 * message is `failed`. Success stamps `sent_at` and the household's `notified_at`.
 */
import type { OutboxRepository } from '../../repositories/outbox-repository.js';
import type { DeliveryChannel } from './channels.js';

export const MAX_ATTEMPTS = 8;
const LEASE_MS = 5 * 60_000;
const BATCH = 100;

/** When to try again after `attempts` failed attempts (1 → 1 min, 2 → 2 min, 3 → 4 min …), or null to give up. */
export function retryAt(attempts: number, now: Date): Date | null {
  if (attempts >= MAX_ATTEMPTS) return null;
  return new Date(now.getTime() + 2 ** (attempts - 1) * 60_000);
}

export async function runOutboxDelivery(repo: OutboxRepository, channel: DeliveryChannel, now: Date): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  for (let round = 0; round < 50; round++) {
    const due = await repo.claimDue(now, new Date(now.getTime() + LEASE_MS), BATCH);
    for (const m of due) {
      try {
        await channel.send({ id: m.id, channel: m.channel, recipient: m.recipient, subject: m.subject, body: m.body });
        await repo.markSent(m.id, now);
        sent++;
      } catch (err) {
        await repo.markAttemptFailed(m.id, String((err as Error).message ?? err).slice(0, 300), retryAt(m.attempts + 1, now), now);
        failed++;
      }
    }
    if (due.length < BATCH) break;
  }
  return { sent, failed };
}
