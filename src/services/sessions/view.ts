import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { MediationRepository } from '../../repositories/mediation-repository.js';

type Listed = Awaited<ReturnType<MediationRepository['listed']>>[number];
type Part = Awaited<ReturnType<MediationRepository['participants']>>[number];

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

/** One session as the API shows it: where, when, who, and the outcome once held. */
export function sessionView(s: Listed, parts: readonly Part[]) {
  return {
    id: s.id,
    caseId: s.case_id,
    caseCode: s.case_code,
    caseTitle: s.case_title,
    mode: s.mode,
    roomId: s.room_id,
    roomName: s.room_name,
    unitId: s.unit_id,
    unitName: s.unit_name,
    communityId: s.community_id,
    communityName: s.community_name,
    place: s.place,
    onlineUrl: s.online_url,
    circuitPlanId: s.circuit_plan_id,
    startsAt: iso(s.starts_at)!,
    endsAt: iso(s.ends_at)!,
    status: s.status,
    outcome: s.outcome,
    minutes: s.minutes,
    cancelReason: s.cancel_reason,
    cancelledAt: iso(s.cancelled_at),
    version: s.version,
    participants: parts
      .filter((p) => p.session_id === s.id)
      .map((p) => ({
        ordinal: p.ordinal,
        kind: p.kind,
        userId: p.user_id,
        expertId: p.expert_id,
        partyId: p.party_id,
        name: p.user_name ?? p.expert_name ?? p.party_name ?? '',
        role: p.role,
        attendance: p.attendance,
      })),
  };
}

export type SessionView = ReturnType<typeof sessionView>;

/** Renders listed rows with their participants in two queries. */
export async function renderSessions(repo: MediationRepository, db: Kysely<DB>, rows: readonly Listed[]): Promise<SessionView[]> {
  const parts = await repo.participants(db, rows.map((r) => r.id));
  return rows.map((r) => sessionView(r, parts));
}

/** One session by id, rendered. */
export async function loadSession(repo: MediationRepository, db: Kysely<DB>, caseId: string, sessionId: string): Promise<SessionView | undefined> {
  const rows = await repo.listed(null, { from: new Date(0), to: new Date('9999-01-01T00:00:00Z'), caseId });
  const row = rows.find((r) => r.id === sessionId);
  return row ? (await renderSessions(repo, db, [row]))[0] : undefined;
}
