// 家庭档案: flagged households, their members (masked), history, re-assessment and linked cases.
import { api } from './client';
import type { Stability, VisitStatus } from './followup';
import type { RiskReason } from './risk';
import type { MemberInput, ProfileSummary, RiskLevel } from './screening';

export const RELATIONS = ['spouse', 'child', 'parent', 'sibling', 'grandparent', 'grandchild', 'in_law', 'other'] as const;
export type Relation = (typeof RELATIONS)[number];

export interface Member {
  id: string;
  name: string;
  relation: Relation;
  /** Masked. */
  idNumber: string | null;
  /** Masked. */
  phone: string | null;
}

export interface ProfileDetail extends ProfileSummary {
  communityId: string;
  members: Member[];
  notes: string | null;
  createdAt: string;
  history: {
    assessments: { id: string; context: string; score: number; level: RiskLevel; checklistCode: string; checklistVersion: number; assessedAt: string; assessedByName: string | null }[];
    screenings: { id: string; campaignId: string; campaignName: string; score: number; level: RiskLevel; screenedAt: string; screenedByName: string | null }[];
    plans: { id: string; caseId: string | null; level: RiskLevel; status: string; startedAt: string; endedAt: string | null; endReason: string | null; version: number }[];
    visits: {
      id: string;
      planId: string;
      seq: number;
      dueOn: string;
      status: VisitStatus;
      doneAt: string | null;
      mode: string | null;
      stability: Stability | null;
      levelBefore: RiskLevel;
      levelAfter: RiskLevel | null;
      doneByName: string | null;
    }[];
    cases: { id: string; code: string; title: string; status: string; category: string; registeredAt: string }[];
    assistance: { id: string; kind: string; resourceName: string; provider: string; status: string; reason: string; outcome: string | null; referredAt: string; closedAt: string | null }[];
  };
}

export interface ProfileQuery {
  gridId?: string;
  unitId?: string;
  level?: RiskLevel;
  q?: string;
  cursor?: string | null;
  limit?: number;
}

export interface ProfilePatch {
  version: number;
  headName?: string;
  headPhone?: string | null;
  members?: MemberInput[];
  notes?: string | null;
}

export interface ReassessResult {
  assessment: { id: string; checklistId: string; version: number; context: string; score: number; level: RiskLevel; reasons: RiskReason[]; assessedAt: string };
  household: ProfileDetail;
}

const base = (id: string) => `/api/household-profiles/${encodeURIComponent(id)}`;

export const householdProfilesApi = {
  list: (query: ProfileQuery, signal?: AbortSignal) => api.get<{ items: ProfileSummary[]; nextCursor: string | null }>('/api/household-profiles', { ...query }, signal),
  get: (id: string, signal?: AbortSignal) => api.get<ProfileDetail>(base(id), undefined, signal),
  patch: (id: string, patch: ProfilePatch) => api.patch<ProfileDetail>(base(id), patch),
  reassess: (id: string, answers: Record<string, string>) => api.post<ReassessResult>(`${base(id)}/assessments`, { answers }),
  linkCase: (id: string, caseId: string) => api.post<{ householdId: string; caseId: string; code: string; linked: boolean }>(`${base(id)}/cases`, { caseId }),
};
