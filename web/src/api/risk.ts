// 风险清单与风险评估: the versioned checklists and the assessments of cases.
import { api } from './client';

export type RiskLevel = 'low' | 'medium' | 'high';
export const RISK_LEVELS: readonly RiskLevel[] = ['low', 'medium', 'high'];

export interface Localized {
  zh: string;
  en: string;
}

export interface ChecklistAnswer {
  code: string;
  label: Localized;
  weight: number;
  /** the level this answer alone implies at least */
  floor?: RiskLevel;
}

export interface ChecklistItem {
  code: string;
  label: Localized;
  answers: ChecklistAnswer[];
}

export interface Checklist {
  id: string;
  code: string;
  version: number;
  name: string;
  nameEn: string;
  active: boolean;
  items: ChecklistItem[];
  thresholds: { medium: number; high: number };
  createdAt: string;
}

/** An item that weighed, labelled from the checklist version assessed with. */
export interface RiskReason {
  item: string;
  answer: string;
  weight: number;
  itemLabel: Localized;
  answerLabel: Localized;
}

/** item code → answer code */
export type RiskAnswers = Record<string, string>;

export interface RiskAssessment {
  id: string;
  checklistId: string;
  version: number;
  /** resolution | visit | screening | manual */
  context: string;
  answers: RiskAnswers;
  score: number;
  level: RiskLevel;
  reasons: RiskReason[];
  assessedAt: string;
  assessedByName: string | null;
}

export interface PublishChecklistInput {
  code: string;
  name: string;
  nameEn: string;
  items: { code: string; label: Localized; answers: { code: string; label: Localized; weight: number; floor?: 'medium' | 'high' }[] }[];
  thresholds: { medium: number; high: number };
}

export const riskApi = {
  active: (code = 'family', signal?: AbortSignal) => api.get<Checklist>('/api/risk/checklists/active', { code }, signal),
  checklists: (code?: string, signal?: AbortSignal) => api.get<{ items: Checklist[] }>('/api/risk/checklists', { code }, signal),
  publish: (input: PublishChecklistInput) => api.post<Checklist>('/api/risk/checklists', input),
  caseAssessments: (caseId: string, signal?: AbortSignal) => api.get<{ items: RiskAssessment[] }>(`/api/cases/${encodeURIComponent(caseId)}/risk-assessments`, undefined, signal),
  assessCase: (caseId: string, answers: RiskAnswers) => api.post<RiskAssessment>(`/api/cases/${encodeURIComponent(caseId)}/risk-assessments`, { answers }),
};
