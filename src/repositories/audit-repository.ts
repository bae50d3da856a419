import { createHash } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { DB } from '../db/schema.js';

export interface AuditEntry {
  at: Date;
  actorId: string | null;
  actorName: string | null;
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  outcome: 'ok' | 'denied' | 'failed' | 'error';
  ip?: string | null;
  detail?: Record<string, unknown>;
}

const GENESIS = '0'.repeat(64);
// Serializes appends so that each row links to the one before it, on every instance.
const CHAIN_LOCK = 0x636f6e63; // 'conc'

/** JSON with sorted keys: jsonb reorders keys, so the hash must not depend on order. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function auditHash(prevHash: string, e: Required<Omit<AuditEntry, 'at'>> & { at: Date }): string {
  const body = canonicalJson([prevHash, e.at.toISOString(), e.actorId, e.actorName, e.action, e.targetType, e.targetId, e.outcome, e.ip, e.detail]);
  return createHash('sha256').update(body).digest('hex');
}

/** The tamper-evident audit log: each row carries the hash of its content and of the row before. */
export class AuditRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async append(entry: AuditEntry): Promise<void> {
    const e = {
      at: entry.at,
      actorId: entry.actorId,
      actorName: entry.actorName,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      outcome: entry.outcome,
      ip: entry.ip ?? null,
      detail: entry.detail ?? {},
    };
    await this.db.transaction().execute(async (trx) => {
      await sql`SELECT pg_advisory_xact_lock(${CHAIN_LOCK})`.execute(trx);
      const last = await trx.selectFrom('audit_log').select('hash').orderBy('seq', 'desc').limit(1).executeTakeFirst();
      const prevHash = last?.hash ?? GENESIS;
      await trx
        .insertInto('audit_log')
        .values({
          at: e.at,
          actor_id: e.actorId,
          actor_name: e.actorName,
          action: e.action,
          target_type: e.targetType,
          target_id: e.targetId,
          outcome: e.outcome,
          ip: e.ip,
          detail: JSON.stringify(e.detail),
          prev_hash: prevHash,
          hash: auditHash(prevHash, e),
        })
        .execute();
    });
  }

  /** Walks the chain in order; returns the first broken row, or null when intact. */
  async verify(batch = 5000): Promise<{ checked: number; brokenAt: number | null; reason?: string }> {
    let prev = GENESIS;
    let after = 0;
    let checked = 0;
    for (;;) {
      const rows = await this.db.selectFrom('audit_log').selectAll().where('seq', '>', after).orderBy('seq').limit(batch).execute();
      if (rows.length === 0) return { checked, brokenAt: null };
      for (const r of rows) {
        if (r.prev_hash !== prev) return { checked, brokenAt: r.seq, reason: 'prev_hash does not match the previous row' };
        const expected = auditHash(prev, {
          at: new Date(r.at),
          actorId: r.actor_id,
          actorName: r.actor_name,
          action: r.action,
          targetType: r.target_type,
          targetId: r.target_id,
          outcome: r.outcome,
          ip: r.ip,
          detail: r.detail,
        });
        if (expected !== r.hash) return { checked, brokenAt: r.seq, reason: 'row content does not match its hash' };
        prev = r.hash;
        after = r.seq;
        checked++;
      }
    }
  }

  async list(filter: { actorId?: string; targetType?: string; targetId?: string; action?: string; limit: number; beforeSeq?: number }) {
    let q = this.db.selectFrom('audit_log').selectAll().orderBy('seq', 'desc').limit(filter.limit);
    if (filter.actorId) q = q.where('actor_id', '=', filter.actorId);
    if (filter.targetType) q = q.where('target_type', '=', filter.targetType);
    if (filter.targetId) q = q.where('target_id', '=', filter.targetId);
    if (filter.action) q = q.where('action', '=', filter.action);
    if (filter.beforeSeq) q = q.where('seq', '<', filter.beforeSeq);
    return q.execute();
  }
}
