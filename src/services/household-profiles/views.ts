import { maskIdNumber, maskPhone } from '../../domain/identity.js';
import type { Member } from '../../domain/screening/household.js';
import type { Scope } from '../../domain/scope.js';
import type { HouseholdProfileRow } from '../../repositories/household-profile-repository.js';
import { addressFor } from '../followup/plan-view.js';

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

export const membersOf = (h: Pick<HouseholdProfileRow, 'members'>): Member[] => (Array.isArray(h.members) ? (h.members as Member[]) : []);

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
    address: addressFor(scope, h.address, h.grid_path),
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
