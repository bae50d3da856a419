import { ASSISTANCE_KIND_LABELS, type AssistanceKind } from '../../domain/assistance/kinds.js';
import { nextReferralStatuses, type ReferralStatus } from '../../domain/assistance/referral.js';
import { maskAddress } from '../../domain/identity.js';
import type { ReferralListRow, ResourceListRow } from '../../repositories/assistance-repository.js';
import type { Actor } from '../actor.js';
import { mayStep } from './access.js';

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

export function resourceView(r: ResourceListRow, canEdit: boolean, openReferrals = 0) {
  return {
    id: r.id,
    centerId: r.center_id,
    centerName: r.center_name,
    kind: r.kind as AssistanceKind,
    kindLabel: ASSISTANCE_KIND_LABELS[r.kind as AssistanceKind] ?? { zh: r.kind, en: r.kind },
    name: r.name,
    provider: r.provider,
    providerUnitId: r.provider_unit_id,
    providerUnitName: r.provider_unit_name,
    contactPhone: r.contact_phone,
    description: r.description,
    active: r.active,
    openReferrals,
    version: r.version,
    createdAt: iso(r.created_at)!,
    updatedAt: iso(r.updated_at)!,
    canEdit,
  };
}

/** A referral as lists show it: the household's address masked, and the steps the caller may take now. */
export function referralView(r: ReferralListRow, actor: Actor) {
  const status = r.status as ReferralStatus;
  const next = mayStep(actor, r) ? [...nextReferralStatuses(status)] : [];
  return {
    id: r.id,
    resource: { id: r.resource_id, kind: r.resource_kind as AssistanceKind, name: r.resource_name, provider: r.resource_provider, providerUnitId: r.provider_unit_id },
    caseId: r.case_id,
    case: r.case_id ? { id: r.case_id, code: r.case_code ?? '', title: r.case_title ?? '', status: r.case_status ?? '' } : null,
    householdId: r.household_id,
    household: r.household_id
      ? { id: r.household_id, headName: r.household_head_name ?? '', address: r.household_address ? maskAddress(r.household_address) : '', gridId: r.household_grid_id, gridName: r.grid_name }
      : null,
    visitId: r.visit_id,
    reason: r.reason,
    status,
    outcome: r.outcome,
    referredById: r.referred_by,
    referredByName: r.referrer_name,
    referredAt: iso(r.referred_at)!,
    closedAt: iso(r.closed_at),
    updatedAt: iso(r.updated_at)!,
    version: r.version,
    next,
  };
}
