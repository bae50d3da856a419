// 排查活动 and 入户排查: campaigns, coverage per grid / community / street, screenings.
import { api } from './client';

import type { Checklist, RiskLevel, RiskReason } from './risk';

export { RISK_LEVELS, type RiskLevel } from './risk';
export type CoverageBy = 'grid' | 'community' | 'street';

export interface CampaignTotals {
  grids: number;
  targetHouseholds: number;
  screened: number;
  flagged: number;
  /** 0..1, capped */
  coverage: number;
  overdueGrids: number;
  /** 0..1, linear from startsOn to endsOn */
  expectedProgress: number;
  ended: boolean;
}

export interface Campaign {
  id: string;
  name: string;
  description: string | null;
  centerId: string;
  centerName: string;
  checklist: { id: string; code: string; version: number; name: string };
  startsOn: string;
  endsOn: string;
  status: 'open' | 'closed';
  createdAt: string;
  version: number;
  totals: CampaignTotals;
}

export interface CampaignDetail extends Omit<Campaign, 'checklist'> {
  checklist: Checklist;
  canManage: boolean;
  canRecord: boolean;
}

export interface CoverageRow {
  unitId: string;
  name: string;
  parentId: string | null;
  targetHouseholds: number;
  screened: number;
  flagged: number;
  coverage: number;
  overdue: boolean;
  overdueGrids: number;
  grids: number;
}

export interface Coverage {
  campaignId: string;
  by: CoverageBy;
  day: string;
  expectedProgress: number;
  rows: CoverageRow[];
}

export interface Screening {
  id: string;
  campaignId: string;
  gridId: string;
  gridName: string | null;
  householdId: string | null;
  /** Masked. */
  address: string;
  headName: string | null;
  assessmentId: string;
  score: number;
  level: RiskLevel;
  screenedAt: string;
  screenedByName: string | null;
}

export interface ProfileSummary {
  id: string;
  gridId: string;
  gridName: string;
  communityName: string;
  /** In full for the grid trio of its grid, masked for others. */
  address: string;
  headName: string;
  /** Masked. */
  headPhone: string | null;
  memberCount: number;
  level: RiskLevel | null;
  score: number | null;
  lastAssessedAt: string | null;
  plan: { id: string; level: RiskLevel | null; nextDueOn: string | null } | null;
  updatedAt: string;
  version: number;
}

export interface MemberInput {
  id?: string;
  name: string;
  relation: string;
  idNumber?: string | null;
  phone?: string | null;
}

export interface NewCampaign {
  name: string;
  description?: string | null;
  centerId?: string;
  startsOn: string;
  endsOn: string;
  gridIds?: string[];
  unitIds?: string[];
  targets?: Record<string, number>;
}

export interface ScreeningInput {
  clientId: string;
  gridId: string;
  address: string;
  headName: string;
  headPhone?: string | null;
  members?: MemberInput[];
  answers: Record<string, string>;
}

export interface ScreeningResult {
  screening: Screening;
  household: ProfileSummary | null;
  reasons: RiskReason[];
  replayed: boolean;
}

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

const base = (id: string) => `/api/screening/campaigns/${encodeURIComponent(id)}`;

export const screeningApi = {
  list: (query: { status?: 'open' | 'closed'; cursor?: string | null; limit?: number }, signal?: AbortSignal) =>
    api.get<Page<Campaign>>('/api/screening/campaigns', { ...query }, signal),
  create: (input: NewCampaign) => api.post<CampaignDetail>('/api/screening/campaigns', input),
  get: (id: string, signal?: AbortSignal) => api.get<CampaignDetail>(base(id), undefined, signal),
  close: (id: string, version: number) => api.post<CampaignDetail>(`${base(id)}/close`, { version }),
  coverage: (id: string, by: CoverageBy, signal?: AbortSignal) => api.get<Coverage>(`${base(id)}/coverage`, { by }, signal),
  screenings: (id: string, query: { gridId?: string; level?: RiskLevel; cursor?: string | null; limit?: number }, signal?: AbortSignal) =>
    api.get<Page<Screening>>(`${base(id)}/screenings`, { ...query }, signal),
  record: (id: string, input: ScreeningInput) => api.post<ScreeningResult>(`${base(id)}/screenings`, input),
};
