import type { Clock } from '../clock.js';
import type { AuditRepository } from '../repositories/audit-repository.js';
import type { Actor } from './actor.js';

export interface AuditEvent {
  action: string;
  outcome: 'ok' | 'denied' | 'failed' | 'error';
  targetType?: string;
  targetId?: string;
  detail?: Record<string, unknown>;
  ip?: string | null;
}

/** Writes audit rows with the clock's time and the actor's identity. Never put personal data in `detail`. */
export class AuditService {
  constructor(
    private readonly repo: AuditRepository,
    private readonly clock: Clock,
  ) {}

  record(actor: (Pick<Actor, 'userId' | 'username'> & { ip?: string | null }) | null, e: AuditEvent): Promise<void> {
    return this.repo.append({
      at: this.clock.now(),
      actorId: actor?.userId ?? null,
      actorName: actor?.username ?? null,
      action: e.action,
      targetType: e.targetType,
      targetId: e.targetId,
      outcome: e.outcome,
      ip: e.ip ?? actor?.ip ?? null,
      detail: e.detail,
    });
  }

  verify() {
    return this.repo.verify();
  }
}
