// The public portal (no login): file a dispute, follow it with code + phone, rate it.
import type { CaseStatus, PartyKind, Satisfaction, TimelineType } from './caseTypes';
import { api } from './client';
import type { PortalTeamMember } from './experts';
import type { ItemList } from './types';

export type ServiceMode = 'online' | 'offline';

export interface PortalFileInput {
  description: string;
  category?: string;
  serviceMode: ServiceMode;
  address?: string;
  streetId?: string;
  communityId?: string;
  applicant: { name: string; phone: string; idNumber?: string };
  respondent?: { kind: PartyKind; name: string; phone?: string; uscc?: string };
  /** experts picked from the pool (双向选择) */
  expertIds?: string[];
}

export interface PortalReceipt {
  code: string;
  status: CaseStatus;
}

export interface PortalTrack {
  code: string;
  status: CaseStatus;
  category: string | null;
  categoryName: string | null;
  registeredAt: string;
  concludedAt: string | null;
  timeline: { type: TimelineType; at: string }[];
  canRate: boolean;
  satisfaction: Satisfaction | null;
  /** the experts asked and their answers */
  experts?: PortalTeamMember[];
}

export interface PortalRateInput {
  code: string;
  phone: string;
  satisfaction: Satisfaction;
  solved: boolean;
  note?: string;
}

export interface Territory {
  streets: { id: string; name: string; communities: { id: string; name: string }[] }[];
}

export interface PortalCategory {
  code: string;
  name: string;
  nameEn: string;
}

export const portalApi = {
  file: (input: PortalFileInput) => api.post<PortalReceipt>('/api/portal/cases', input),
  track: (code: string, phone: string) => api.post<PortalTrack>('/api/portal/track', { code, phone }),
  rate: (input: PortalRateInput) => api.post<PortalReceipt>('/api/portal/rate', input),
  territory: () => api.get<Territory>('/api/portal/territory'),
  categories: () => api.get<ItemList<PortalCategory>>('/api/portal/categories'),
};
