// 调解协议, 司法确认 and 转办回执 of a case.
import { api } from './client';

export type TermKind = 'payment' | 'action' | 'refrain' | 'other';
export type AgreementStatus = 'draft' | 'signing' | 'signed' | 'void';
export type SignatureStatus = 'pending' | 'signed' | 'refused';
export type JcStatus = 'applied' | 'accepted' | 'confirmed' | 'rejected' | 'withdrawn';

export interface AgreementTerm {
  ordinal: number;
  obligorPartyId: string | null;
  obligeePartyId: string | null;
  kind: TermKind;
  description: string;
  amountFen: number | null;
  dueOn: string | null;
  fulfilledAt: string | null;
}

export interface Agreement {
  id: string;
  caseId: string;
  sessionId: string | null;
  summary: string;
  totalFen: number;
  status: AgreementStatus;
  /** the day every party had signed (the agreement takes effect) */
  concludedOn: string | null;
  /** 已具有强制执行效力: the court confirmed it */
  enforceable: boolean;
  version: number;
  updatedAt: string;
  terms: AgreementTerm[];
  signatures: { partyId: string; name: string; status: SignatureStatus; signedAt: string | null; recordedByName: string | null }[];
  /** the 30-day window for judicial confirmation, once signed */
  jcWindow: { lastDay: string; daysLeft: number; open: boolean } | null;
}

export interface JudicialConfirmation {
  id: string;
  courtUnitId: string;
  courtName: string;
  appliedOn: string;
  status: JcStatus;
  acceptedOn: string | null;
  rulingNumber: string | null;
  ruledOn: string | null;
  resultNote: string | null;
  version: number;
}

export interface AgreementState {
  canEdit: boolean;
  /** today at the center (server clock), the default of date fields */
  today: string;
  agreement: Agreement | null;
  judicialConfirmation: JudicialConfirmation | null;
}

export interface TermInput {
  obligorPartyId: string;
  obligeePartyId: string | null;
  kind: TermKind;
  description: string;
  amountFen: number | null;
  dueOn: string | null;
}

const base = (caseId: string) => `/api/cases/${caseId}/agreement`;

export const agreementsApi = {
  get: (caseId: string) => api.get<AgreementState>(base(caseId)),
  save: (caseId: string, body: { summary: string; totalFen: number; sessionId?: string | null; terms: TermInput[]; version?: number }) => api.put<AgreementState>(base(caseId), body),
  submit: (caseId: string, version: number) => api.post<AgreementState>(`${base(caseId)}/submit`, { version }),
  sign: (caseId: string, partyId: string, body: { status: 'signed' | 'refused'; reason?: string; version: number }) => api.post<AgreementState>(`${base(caseId)}/signatures/${partyId}`, body),
  void: (caseId: string, reason: string, version: number) => api.post<AgreementState>(`${base(caseId)}/void`, { reason, version }),
  fulfilled: (caseId: string, ordinal: number, fulfilled: boolean) => api.post<AgreementState>(`${base(caseId)}/terms/${ordinal}/fulfilled`, { fulfilled }),
  courts: () => api.get<{ items: { id: string; name: string }[] }>('/api/courts'),
  apply: (caseId: string, body: { courtUnitId: string; appliedOn?: string }) => api.post<AgreementState>(`/api/cases/${caseId}/judicial-confirmation`, body),
  accept: (caseId: string, body: { acceptedOn: string; version: number }) => api.post<AgreementState>(`/api/cases/${caseId}/judicial-confirmation/accept`, body),
  withdraw: (caseId: string, body: { reason: string; version: number }) => api.post<AgreementState>(`/api/cases/${caseId}/judicial-confirmation/withdraw`, body),
  ruling: (caseId: string, body: { rulingNumber: string; ruledOn: string; result: 'confirmed' | 'rejected'; note?: string; version: number }) =>
    api.post<AgreementState>(`/api/cases/${caseId}/judicial-confirmation/ruling`, body),
  referralReceipt: (caseId: string, body: { receiptNo: string; receivedAt: string }) => api.post<{ receiptNo: string; receivedAt: string; version: number }>(`/api/cases/${caseId}/referral-receipt`, body),
};

/** 1234.5 元 → 123450 分 (no float drift). */
export const toFen = (yuan: number | null | undefined) => (yuan === null || yuan === undefined ? null : Math.round(yuan * 100));
export const fenToYuan = (fen: number | null) => (fen === null ? null : fen / 100);
export const formatYuan = (fen: number) => `¥${(fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
