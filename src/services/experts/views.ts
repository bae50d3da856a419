import { EXPERT_KIND_LABELS } from '../../domain/experts/policy.js';
import { hasCapacity } from '../../domain/experts/matching.js';
import type { EngagementRow, ExpertWithLoad } from '../../repositories/expert-repository.js';

export const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null);

/** Seats held (serving + invited) against the expert's capacity. */
export const loadOf = (e: ExpertWithLoad) => e.open_cases + e.pending;

/** The profile as staff see it; the linked account only for an admin. */
export function staffView(e: ExpertWithLoad, account?: { username: string | null } | null) {
  return {
    id: e.id,
    name: e.name,
    gender: (e.gender === 'M' || e.gender === 'F' ? e.gender : null) as 'M' | 'F' | null,
    kind: e.kind,
    kindName: EXPERT_KIND_LABELS[e.kind],
    organization: e.organization,
    specialties: e.specialties,
    serviceModes: e.service_modes,
    years: e.years,
    bio: e.bio,
    active: e.active,
    available: e.available,
    availabilityNote: e.availability_note,
    maxOpenCases: e.max_open_cases,
    openCases: e.open_cases,
    pendingInvitations: e.pending,
    hasAccount: e.user_id !== null,
    ...(account !== undefined ? { userId: e.user_id, username: account?.username ?? null } : {}),
    version: e.version,
  };
}
export type ExpertStaffView = ReturnType<typeof staffView>;

const SHORT_BIO = 80;

/** The public card on the portal: no account, no load figures; `available` means "can be picked now". */
export function portalView(e: ExpertWithLoad) {
  const bio = e.bio ?? '';
  return {
    id: e.id,
    name: e.name,
    kind: e.kind,
    kindName: EXPERT_KIND_LABELS[e.kind],
    organization: e.organization,
    specialties: e.specialties,
    serviceModes: e.service_modes,
    years: e.years,
    bio: bio.length > SHORT_BIO ? `${bio.slice(0, SHORT_BIO)}…` : bio,
    available: e.active && e.available && hasCapacity({ load: loadOf(e), maxOpenCases: e.max_open_cases }),
  };
}

type MemberRow = EngagementRow & { name: string; kind: ExpertWithLoad['kind']; organization: string | null; specialties: string[]; service_modes: string[]; years: number | null; user_id: string | null; replaces_name: string | null };

/** One engagement on the case page's team card; a decline reason only for staff who manage the team and for its author. */
export function memberView(m: MemberRow, callerId: string | null, seesReasons: boolean) {
  return {
    expertId: m.expert_id,
    name: m.name,
    kind: m.kind,
    kindName: EXPERT_KIND_LABELS[m.kind],
    organization: m.organization,
    specialties: m.specialties,
    serviceModes: m.service_modes,
    years: m.years,
    status: m.status,
    lead: m.status === 'accepted' && m.lead,
    designatedLead: m.status === 'proposed' && m.lead,
    proposedBy: m.proposed_by,
    proposedAt: iso(m.proposed_at),
    respondBy: iso(m.respond_by),
    respondedAt: iso(m.responded_at),
    declineReason: seesReasons || (callerId !== null && m.user_id === callerId) ? m.decline_reason : null,
    replacesExpertId: m.replaces_expert_id,
    replacesName: m.replaces_name,
    isMe: callerId !== null && m.user_id === callerId,
  };
}
export type MemberView = ReturnType<typeof memberView>;
export type { MemberRow };
