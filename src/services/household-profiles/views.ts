import { maskAddress, maskIdNumber, maskPhone } from '../../domain/identity.js';
import { seesFullAddress } from '../../domain/screening/access.js';
import type { Member } from '../../domain/screening/household.js';
import type { Scope } from '../../domain/scope.js';
import type { HouseholdProfileRow, ProfileListRow } from '../../repositories/household-profile-repository.js';

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

export const membersOf = (h: Pick<HouseholdProfileRow, 'members'>): Member[] => (Array.isArray(h.members) ? (h.members as Member[]) : []);

/**
 * The address shown: in full to the grid trio of its grid (they visit the household),
 * masked below the compound for everyone else (PIPL: personal data masked by default).
 */
export function shownAddress(scope: Scope, gridPath: string, address: string): string {
  return seesFullAddress(scope, gridPath) ? address : maskAddress(address);
}

/** A member with the ID number and phone masked, like a party's. */
export function memberJson(m: Member) {
  return { id: m.id, name: m.name, relation: m.relation, idNumber: m.idNumber ? maskIdNumber(m.idNumber) : null, phone: m.phone ? maskPhone(m.phone) : null };
}

type Listed = HouseholdProfileRow & { grid_name: string; grid_path: string; community_name: string; plan_id?: string | null; plan_level?: string | null; next_due_on?: string | null };

/** A profile as listed (and as returned with a screening). */
export function profileJson(h: Listed, scope: Scope) {
  return {
    id: h.id,
    gridId: h.grid_id,
    gridName: h.grid_name,
    communityName: h.community_name,
    address: shownAddress(scope, h.grid_path, h.address),
    headName: h.head_name,
    headPhone: h.head_phone ? maskPhone(h.head_phone) : null,
    memberCount: membersOf(h).length,
    level: (h.risk_level ?? null) as 'low' | 'medium' | 'high' | null,
    score: h.risk_score,
    lastAssessedAt: iso(h.last_assessed_at),
    plan: h.plan_id ? { id: h.plan_id, level: h.plan_level ?? null, nextDueOn: h.next_due_on ?? null } : null,
    updatedAt: iso(h.updated_at)!,
    version: h.version,
  };
}

export type ProfileJson = ReturnType<typeof profileJson>;
export type { ProfileListRow };
