// Assistance (帮扶): the catalogue of resources and the referrals to them (转介帮扶).
import { api } from './client';

export const ASSISTANCE_KINDS = ['counselling', 'employment', 'family_education', 'legal_aid'] as const;
export type AssistanceKind = (typeof ASSISTANCE_KINDS)[number];

export const REFERRAL_STATUSES = ['referred', 'accepted', 'in_progress', 'completed', 'declined'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];
export type ReferralTarget = Exclude<ReferralStatus, 'referred'>;

export interface AssistanceResource {
  id: string;
  centerId: string | null;
  centerName: string | null;
  kind: AssistanceKind;
  kindLabel: { zh: string; en: string };
  name: string;
  provider: string;
  providerUnitId: string | null;
  providerUnitName: string | null;
  contactPhone: string | null;
  description: string | null;
  active: boolean;
  /** referrals still waiting or being worked on */
  openReferrals: number;
  version: number;
  createdAt: string;
  updatedAt: string;
  canEdit: boolean;
}

export interface ResourceInput {
  centerId?: string | null;
  kind: AssistanceKind;
  name: string;
  provider: string;
  providerUnitId?: string | null;
  contactPhone?: string | null;
  description?: string | null;
  active?: boolean;
}

export interface Referral {
  id: string;
  resource: { id: string; kind: AssistanceKind; name: string; provider: string; providerUnitId: string | null };
  caseId: string | null;
  case: { id: string; code: string; title: string; status: string } | null;
  householdId: string | null;
  /** the address comes masked */
  household: { id: string; headName: string; address: string; gridId: string | null; gridName: string | null } | null;
  visitId: string | null;
  reason: string;
  status: ReferralStatus;
  outcome: string | null;
  referredById: string | null;
  referredByName: string | null;
  referredAt: string;
  closedAt: string | null;
  updatedAt: string;
  version: number;
  /** the statuses the caller may set now */
  next: ReferralTarget[];
}

export interface ReferralQuery {
  status?: string;
  kind?: AssistanceKind;
  caseId?: string;
  householdId?: string;
  limit?: number;
}

export const assistanceApi = {
  resources: (query: { kind?: AssistanceKind; active?: boolean; centerId?: string; q?: string } = {}, signal?: AbortSignal) =>
    api.get<{ items: AssistanceResource[]; canCreate: boolean }>('/api/assistance/resources', { ...query, active: query.active === undefined ? undefined : String(query.active) }, signal),
  createResource: (input: ResourceInput) => api.post<AssistanceResource>('/api/assistance/resources', input),
  updateResource: (id: string, input: Partial<ResourceInput> & { version: number }) => api.patch<AssistanceResource>(`/api/assistance/resources/${id}`, input),
  referrals: (query: ReferralQuery = {}, signal?: AbortSignal) => api.get<{ items: Referral[]; canRefer: boolean }>('/api/assistance/referrals', { ...query }, signal),
  refer: (input: { resourceId: string; caseId?: string | null; householdId?: string | null; visitId?: string | null; reason: string }) => api.post<Referral>('/api/assistance/referrals', input),
  setStatus: (id: string, input: { status: ReferralTarget; outcome?: string | null; version: number }) => api.post<Referral>(`/api/assistance/referrals/${id}/status`, input),
};
