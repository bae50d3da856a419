// 涉众户 of a group case: import, list, progress, one agreement for all, batch notices.
import { api, downloadFile, request } from './client';

export type HouseholdStep = 'notified' | 'attended' | 'agreed' | 'signed' | 'paid';
export type ManualStep = 'attended' | 'agreed' | 'signed' | 'paid';
export const HOUSEHOLD_STEPS: readonly HouseholdStep[] = ['notified', 'attended', 'agreed', 'signed', 'paid'];
export const MANUAL_STEPS: readonly ManualStep[] = ['attended', 'agreed', 'signed', 'paid'];
export type HouseholdStatusFilter = HouseholdStep | `not_${HouseholdStep}` | 'representative';

export interface Household {
  id: string;
  rowNo: number;
  partyId: string | null;
  name: string;
  /** Masked. */
  idNumber: string | null;
  /** Masked. */
  phone: string | null;
  /** Masked. */
  address: string | null;
  representative: boolean;
  claimFen: number;
  agreedFen: number | null;
  paidFen: number;
  notifiedAt: string | null;
  attendedAt: string | null;
  agreedAt: string | null;
  signedAt: string | null;
  paidAt: string | null;
  step: HouseholdStep | null;
  note: string | null;
  version: number;
}

export interface HouseholdSummary {
  total: number;
  representatives: number;
  withPhone: number;
  steps: Record<HouseholdStep, number>;
  partiallyPaid: number;
  claimFen: number;
  agreedFen: number;
  paidFen: number;
  moneyRecoveredFen: number;
  canEdit: boolean;
}

export interface ImportReportRow {
  row: number;
  column: string;
  message: { 'zh-CN': string; en: string };
}

export interface NotReadyHousehold {
  id: string;
  rowNo: number;
  name: string;
  reason: string;
  message: { 'zh-CN': string; en: string };
}

export interface NoticeBatch {
  id: string;
  title: string;
  body: string;
  createdAt: string;
  createdByName: string | null;
  total: number;
  pending: number;
  sent: number;
  failed: number;
}

export interface NoticeDelivery {
  id: string;
  householdId: string | null;
  rowNo: number | null;
  name: string | null;
  phone: string;
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  sentAt: string | null;
}

export interface HouseholdFilter {
  status?: HouseholdStatusFilter;
  q?: string;
}

export type Selection = { householdIds: string[] } | { all: true; filter?: HouseholdFilter };

const base = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}`;

export const householdsApi = {
  list: (caseId: string, query: HouseholdFilter & { cursor?: string; limit?: number }, signal?: AbortSignal) =>
    api.get<{ items: Household[]; nextCursor: string | null }>(`${base(caseId)}/households`, { ...query }, signal),
  summary: (caseId: string, signal?: AbortSignal) => api.get<HouseholdSummary>(`${base(caseId)}/households/summary`, undefined, signal),
  import: (caseId: string, file: File) => {
    const body = new FormData();
    body.append('file', file);
    return request<{ imported: number; total: number }>('POST', `${base(caseId)}/households/import`, { body });
  },
  downloadTemplate: () => downloadFile('/api/households/template.xlsx', '涉众户名单模板.xlsx'),
  progress: (caseId: string, selection: Selection, step: ManualStep, amountFen?: number) =>
    api.post<{ step: ManualStep; selected: number; changed: number }>(`${base(caseId)}/households/progress`, { ...selection, step, amountFen }),
  applyAgreement: (caseId: string, mode: 'claim' | 'ratio', ratio?: number) =>
    api.post<{ applied: number; skippedSigned: number; agreedFen: number }>(`${base(caseId)}/households/apply-agreement`, { mode, ratio }),
  patch: (id: string, body: { version: number; representative?: boolean; note?: string | null }) => api.patch<Household>(`/api/households/${encodeURIComponent(id)}`, body),
  notices: (caseId: string, signal?: AbortSignal) => api.get<{ items: NoticeBatch[] }>(`${base(caseId)}/notices`, undefined, signal),
  deliveries: (caseId: string, batchId: string) => api.get<{ items: NoticeDelivery[] }>(`${base(caseId)}/notices/${encodeURIComponent(batchId)}`),
  sendNotice: (caseId: string, selection: Selection, title: string, body: string) =>
    api.post<{ id: string; recipients: number; withoutPhone: number }>(`${base(caseId)}/notices`, { ...selection, title, body }),
};
