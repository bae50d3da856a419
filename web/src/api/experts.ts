// 专家智库 (expert pool) and 双向选择 (two-way matching): profiles, the case's expert team, invitations.
import type { CaseStatus } from './caseTypes';
import { api, request } from './client';
import type { ItemList } from './types';

export const EXPERT_KINDS = ['lawyer', 'legal_scholar', 'psychologist', 'retired_judge'] as const;
export type ExpertKind = (typeof EXPERT_KINDS)[number];

export const SERVICE_MODES = ['online', 'offline'] as const;
export type ExpertServiceMode = (typeof SERVICE_MODES)[number];

export const ENGAGEMENT_STATUSES = ['proposed', 'accepted', 'declined', 'expired', 'withdrawn'] as const;
export type EngagementStatus = (typeof ENGAGEMENT_STATUSES)[number];
export type Proposer = 'party' | 'dispatcher' | 'fallback';

export interface Expert {
  id: string;
  name: string;
  gender: 'M' | 'F' | null;
  kind: ExpertKind;
  kindName: string;
  organization: string | null;
  specialties: string[];
  serviceModes: ExpertServiceMode[];
  years: number | null;
  bio: string | null;
  active: boolean;
  available: boolean;
  availabilityNote: string | null;
  maxOpenCases: number;
  openCases: number;
  pendingInvitations: number;
  hasAccount: boolean;
  /** Admin only. */
  userId?: string | null;
  username?: string | null;
  version: number;
}

export interface ExpertQuery {
  kind?: ExpertKind;
  specialty?: string;
  mode?: ExpertServiceMode;
  available?: boolean;
  active?: boolean;
  q?: string;
  limit?: number;
  offset?: number;
}

export interface ExpertInput {
  name: string;
  gender?: 'M' | 'F' | null;
  kind: ExpertKind;
  organization?: string | null;
  specialties: string[];
  serviceModes: ExpertServiceMode[];
  years?: number | null;
  bio?: string | null;
  active?: boolean;
  available?: boolean;
  availabilityNote?: string | null;
  maxOpenCases?: number;
  userId?: string | null;
}

export type ExpertPatch = Partial<ExpertInput> & { version: number };

export interface OwnPatch {
  version: number;
  available?: boolean;
  availabilityNote?: string | null;
  serviceModes?: ExpertServiceMode[];
}

export interface TeamMember {
  expertId: string;
  name: string;
  kind: ExpertKind;
  kindName: string;
  organization: string | null;
  specialties: string[];
  serviceModes: ExpertServiceMode[];
  years: number | null;
  status: EngagementStatus;
  lead: boolean;
  designatedLead: boolean;
  proposedBy: Proposer;
  proposedAt: string | null;
  respondBy: string | null;
  respondedAt: string | null;
  declineReason: string | null;
  replacesExpertId: string | null;
  replacesName: string | null;
  isMe: boolean;
}

export interface CaseTeam {
  items: TeamMember[];
  canManage: boolean;
  seats: number;
  maxTeam: number;
  responseWorkingHours: number;
  fallback: boolean;
}

export interface Suggestion extends Expert {
  rank: number;
  load: number;
}

export interface Invitation {
  caseId: string;
  code: string;
  title: string;
  category: string;
  categoryName: string;
  description: string;
  serviceMode: ExpertServiceMode | null;
  caseStatus: CaseStatus;
  registeredAt: string;
  status: EngagementStatus;
  lead: boolean;
  designatedLead: boolean;
  proposedBy: Proposer;
  proposedAt: string | null;
  respondBy: string | null;
  respondedAt: string | null;
  canRespond: boolean;
  team: { expertId: string; name: string; status: EngagementStatus; lead: boolean }[];
}

/** The portal's card: no account or load figures. */
export interface PortalExpert {
  id: string;
  name: string;
  kind: ExpertKind;
  kindName: string;
  organization: string | null;
  specialties: string[];
  serviceModes: ExpertServiceMode[];
  years: number | null;
  bio: string;
  available: boolean;
}

/** One expert on the portal's tracking page. */
export interface PortalTeamMember {
  expertId: string;
  name: string;
  kind: ExpertKind;
  kindName: string;
  organization: string | null;
  status: EngagementStatus;
  lead: boolean;
  proposedBy: Proposer;
  replacesName: string | null;
  replacementName: string | null;
}

export interface ExpertPolicy {
  responseWorkingHours: number;
  maxTeamPortal: number;
  maxTeamStaff: number;
  fallback: boolean;
}

const caseUrl = (caseId: string, tail = '') => `/api/cases/${encodeURIComponent(caseId)}/experts${tail}`;

export const expertsApi = {
  list: (query: ExpertQuery, signal?: AbortSignal) => api.get<ItemList<Expert> & { total: number }>('/api/experts', { ...query }, signal),
  get: (id: string) => api.get<Expert>(`/api/experts/${encodeURIComponent(id)}`),
  create: (input: ExpertInput) => api.post<Expert>('/api/experts', input),
  update: (id: string, patch: ExpertPatch) => api.patch<Expert>(`/api/experts/${encodeURIComponent(id)}`, patch),
  me: () => api.get<Expert>('/api/experts/me'),
  updateMe: (patch: OwnPatch) => api.patch<Expert>('/api/experts/me', patch),
  invitations: () => api.get<{ profile: Expert; items: Invitation[] }>('/api/experts/me/invitations'),
  policy: () => api.get<{ version: number; value: ExpertPolicy }>('/api/policies/experts'),

  team: (caseId: string, signal?: AbortSignal) => api.get<CaseTeam>(caseUrl(caseId), undefined, signal),
  suggestions: (caseId: string) => api.get<{ category: string; serviceMode: ExpertServiceMode | null; items: Suggestion[] }>(caseUrl(caseId, '/suggestions'), { limit: 20 }),
  propose: (caseId: string, expertIds: string[], lead?: string | null) => api.post<CaseTeam>(caseUrl(caseId), { expertIds, lead: lead ?? undefined }),
  respond: (caseId: string, expertId: string, decision: 'accepted' | 'declined', reason?: string) =>
    api.post<{ status: 'accepted' | 'declined'; team: CaseTeam | null }>(caseUrl(caseId, `/${encodeURIComponent(expertId)}/respond`), { decision, reason }),
  setLead: (caseId: string, expertId: string) => api.post<CaseTeam>(caseUrl(caseId, `/${encodeURIComponent(expertId)}/lead`)),
  withdraw: (caseId: string, expertId: string, reason: string) => request<CaseTeam>('DELETE', caseUrl(caseId, `/${encodeURIComponent(expertId)}`), { body: { reason } }),

  portalList: (query: { category?: string; mode?: ExpertServiceMode }) => api.get<ItemList<PortalExpert> & { maxPick: number }>('/api/portal/experts', query),
};
