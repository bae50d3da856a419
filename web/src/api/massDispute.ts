// 涉众预警 and group cases: the warning of a case, gathering cases into a group case,
// adding and taking out members, and the compound an intake address names.
import { api, request } from './client';
import type { Case, CaseStatus } from './caseTypes';

export type MassSignalKind = 'respondent' | 'compound';

export interface MassSignalCase {
  id: string;
  code: string;
  title: string;
  status: CaseStatus;
  registeredAt: string;
  peopleCount: number;
  groupId: string | null;
}

export interface MassSignal {
  kind: MassSignalKind;
  key: string;
  /** The respondent's or the compound's name. */
  name: string;
  /** In the request's language, e.g. 同一小区『明德花园』30 日内 5 件，涉及 37 人. */
  reason: string;
  /** The thresholds are reached. */
  reached: boolean;
  /** Reached, and some case of the window is not gathered yet. */
  warn: boolean;
  by: ('cases' | 'people')[];
  level: number;
  caseCount: number;
  peopleCount: number;
  windowDays: number;
  from: string;
  to: string;
  /** The cases of the window the caller may see, oldest first. */
  cases: MassSignalCase[];
  /** Cases of the window the caller may not see: only counted. */
  hiddenCount: number;
  /** Group cases some of these cases were already gathered into. */
  groups: { id: string; code: string; title: string; status: CaseStatus }[];
}

export interface MassWarning {
  warn: boolean;
  settings: { windowDays: number; minCases: number; minPeople: number };
  compound: { id: string; name: string } | null;
  signals: MassSignal[];
}

export interface GatherInput {
  caseIds: string[];
  title?: string;
  reason: string;
}

const groups = '/api/cases/groups';

export const massDisputeApi = {
  warning: (caseId: string, signal?: AbortSignal) => api.get<MassWarning>(`/api/cases/${encodeURIComponent(caseId)}/mass-warning`, undefined, signal),
  gather: (input: GatherInput) => api.post<Case>(groups, input),
  addMembers: (groupId: string, caseIds: string[], reason: string) => api.post<Case>(`${groups}/${encodeURIComponent(groupId)}/members`, { caseIds, reason }),
  removeMember: (groupId: string, caseId: string, reason: string) =>
    request<Case>('DELETE', `${groups}/${encodeURIComponent(groupId)}/members/${encodeURIComponent(caseId)}`, { body: { reason } }),
  /** POST so that addresses never appear in URLs. */
  detectCompound: (address: string, gridId: string | undefined, signal?: AbortSignal) =>
    request<{ compound: { id: string; name: string } | null }>('POST', '/api/compounds/detect', { body: { address, gridId }, signal }),
};
