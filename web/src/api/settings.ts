// Rules as data: the category taxonomy, the working calendar and the case policy.
import { api } from './client';
import type { EscalationTarget } from './caseTypes';
import type { ItemList } from './types';

export interface Category {
  code: string;
  name: string;
  nameEn: string;
  parentCode: string | null;
  handlingDays: number;
  active: boolean;
}

export interface CreateCategoryInput {
  code: string;
  name: string;
  nameEn: string;
  parentCode?: string;
  handlingDays: number;
}

export interface UpdateCategoryInput {
  name?: string;
  nameEn?: string;
  handlingDays?: number;
  active?: boolean;
}

export type CalendarDayKind = 'holiday' | 'workday';

export interface CalendarDay {
  /** YYYY-MM-DD */
  date: string;
  kind: CalendarDayKind;
  name: string;
}

export interface OfficeHours {
  /** HH:MM */
  start: string;
  /** HH:MM */
  end: string;
}

export interface CalendarYear {
  year: number;
  hours: OfficeHours;
  days: CalendarDay[];
}

export type ResponseBudget =
  | { kind: 'working_minutes'; minutes: number }
  | { kind: 'calendar_minutes'; minutes: number }
  | { kind: 'working_days'; days: number };

export interface EscalationStep {
  level: number;
  afterMinutes: number;
  target: EscalationTarget;
}

export interface ArchiveRules {
  requireOutcome: boolean;
  requireFeedback: boolean;
  requireAgreementDocument: boolean;
  requireJudicialResult: boolean;
}

export interface CasePolicy {
  responseBudget: ResponseBudget;
  escalation: EscalationStep[];
  archiveRules: ArchiveRules;
  /** days before the judicial-confirmation window closes that the handler is reminded */
  jcRemindDaysBefore?: number;
}

export interface VersionedPolicy {
  version: number;
  value: CasePolicy;
}

export const categoriesApi = {
  list: (signal?: AbortSignal) => api.get<ItemList<Category>>('/api/categories', undefined, signal),
  create: (input: CreateCategoryInput) => api.post<Category>('/api/categories', input),
  update: (code: string, input: UpdateCategoryInput) =>
    api.patch<Category>(`/api/categories/${encodeURIComponent(code)}`, input),
};

export const calendarApi = {
  year: (year: number, signal?: AbortSignal) => api.get<CalendarYear>('/api/calendar', { year }, signal),
  put: (date: string, kind: CalendarDayKind, name: string) =>
    api.put<CalendarDay>(`/api/calendar/${encodeURIComponent(date)}`, { kind, name }),
  remove: (date: string) => api.delete<void>(`/api/calendar/${encodeURIComponent(date)}`),
};

export const policyApi = {
  get: (signal?: AbortSignal) => api.get<VersionedPolicy>('/api/policies/case', undefined, signal),
  put: (input: VersionedPolicy) => api.put<VersionedPolicy>('/api/policies/case', input),
};
