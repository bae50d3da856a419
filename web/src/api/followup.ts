// 分级回访: plans, visits, the grid trio's today, the follow-up rules.
import { api } from './client';
import type { RiskAnswers, RiskAssessment, RiskLevel } from './risk';

export type Stability = 'stable' | 'unstable' | 'worsened';
export const STABILITIES: readonly Stability[] = ['stable', 'unstable', 'worsened'];
export type VisitMode = 'in_person' | 'phone';
export const VISIT_MODES: readonly VisitMode[] = ['in_person', 'phone'];
export type PlanStatus = 'active' | 'ended';
export type VisitStatus = 'due' | 'done' | 'cancelled';

export interface FollowupVisit {
  id: string;
  planId: string;
  seq: number;
  /** local day 'YYYY-MM-DD' */
  dueOn: string;
  status: VisitStatus;
  /** days past the due day of an open visit (0 when not late) */
  overdueDays: number;
  doneAt: string | null;
  doneOn: string | null;
  onTime: boolean | null;
  doneByName: string | null;
  mode: VisitMode | null;
  stability: Stability | null;
  notes: string | null;
  hasPhoto: boolean;
  levelBefore: RiskLevel;
  levelAfter: RiskLevel | null;
  assessmentId: string | null;
  reboundCaseId: string | null;
  /** overdue escalation steps taken (0–3) */
  escalationLevel: number;
  version: number;
}

export interface PlanBase {
  id: string;
  caseId: string | null;
  householdId: string | null;
  centerId: string | null;
  gridId: string | null;
  level: RiskLevel;
  status: PlanStatus;
  stableRun: number;
  startedAt: string;
  endedAt: string | null;
  /** stable_run | manual */
  endReason: string | null;
  version: number;
}

export interface PlanListItem extends PlanBase {
  grid: { id: string; name: string } | null;
  case: { id: string; code: string; title: string } | null;
  household: { id: string; headName: string; address: string } | null;
  nextVisit: { id: string; seq: number; dueOn: string; overdueDays: number; escalationLevel: number } | null;
  visitsDone: number;
}

export interface PlanEvent {
  id: number;
  /** level_changed | escalated | ended */
  type: string;
  actorName: string | null;
  at: string;
  reason: string | null;
  data: Record<string, unknown>;
}

export interface PlanReferral {
  id: string;
  resourceId: string;
  resourceName: string;
  resourceKind: string;
  provider: string;
  visitId: string | null;
  reason: string;
  status: string;
  outcome: string | null;
  referredAt: string;
  closedAt: string | null;
}

export interface PerLevel {
  high: number;
  medium: number;
  low: number;
}

export interface PlanView extends PlanBase {
  day: string;
  grid: { id: string; name: string } | null;
  case: { id: string; code: string; title: string; status: string; riskLevel: RiskLevel | null } | null;
  household: { id: string; headName: string; address: string; riskLevel: RiskLevel | null } | null;
  intervalDays: PerLevel;
  stableVisitsToEnd: PerLevel;
  visits: FollowupVisit[];
  assessments: RiskAssessment[];
  referrals: PlanReferral[];
  events: PlanEvent[];
  canRecord: boolean;
  canChangeLevel: boolean;
  canEnd: boolean;
}

export interface PlanQuery {
  status?: PlanStatus;
  level?: RiskLevel;
  gridId?: string;
  caseId?: string;
  householdId?: string;
  overdue?: boolean;
  limit?: number;
  cursor?: string | null;
}

export interface RecordVisitInput {
  /** made once per form on the device: a resent submission is recognised */
  clientId: string;
  mode: VisitMode;
  stability: Stability;
  notes: string;
  riskAnswers?: RiskAnswers;
  level?: RiskLevel;
  photo?: { contentType: 'image/jpeg' | 'image/png' | 'image/webp'; base64: string };
  assistance?: { resourceId: string; reason: string }[];
  rebound?: { description: string; category?: string };
}

export interface RecordVisitResult {
  visit: FollowupVisit;
  plan: PlanBase & { nextVisit: FollowupVisit | null };
  replayed: boolean;
}

export interface TodayVisit {
  id: string;
  planId: string;
  seq: number;
  dueOn: string;
  overdueDays: number;
  level: RiskLevel;
  escalationLevel: number;
  case: { id: string; code: string; title: string } | null;
  household: { id: string; headName: string; address: string } | null;
  grid: { id: string; name: string };
}

export interface TodayScreening {
  campaignId: string;
  campaignName: string;
  gridId: string;
  gridName: string;
  targetHouseholds: number;
  screened: number;
  endsOn: string;
}

export interface TodayTasks {
  day: string;
  visits: TodayVisit[];
  screenings: TodayScreening[];
}

export interface CaseFollowup {
  caseId: string;
  riskLevel: RiskLevel | null;
  plans: PlanView[];
  assessments: RiskAssessment[];
  canAssess: boolean;
}

export interface FollowupPolicy {
  intervalDays: PerLevel;
  stableVisitsToEnd: PerLevel;
  escalateAfterDays: [number, number, number];
}

const plan = (id: string) => `/api/followup/plans/${encodeURIComponent(id)}`;
const visit = (id: string) => `/api/followup/visits/${encodeURIComponent(id)}`;

export const followupApi = {
  plans: (query: PlanQuery, signal?: AbortSignal) => api.get<{ day: string; items: PlanListItem[]; nextCursor: string | null }>('/api/followup/plans', { ...query }, signal),
  plan: (id: string, signal?: AbortSignal) => api.get<PlanView>(plan(id), undefined, signal),
  changeLevel: (id: string, input: { level: RiskLevel; reason: string; version: number }) => api.post<PlanView>(`${plan(id)}/level`, input),
  end: (id: string, input: { reason: string; version: number }) => api.post<PlanView>(`${plan(id)}/end`, input),
  record: (visitId: string, input: RecordVisitInput) => api.post<RecordVisitResult>(`${visit(visitId)}/record`, input),
  photoUrl: (visitId: string) => `${visit(visitId)}/photo`,
  today: (withinDays = 0, signal?: AbortSignal) => api.get<TodayTasks>('/api/followup/today', { withinDays }, signal),
  caseFollowup: (caseId: string, signal?: AbortSignal) => api.get<CaseFollowup>(`/api/cases/${encodeURIComponent(caseId)}/followup`, undefined, signal),
  policy: (signal?: AbortSignal) => api.get<{ version: number; value: FollowupPolicy }>('/api/rules/followup-policy', undefined, signal),
  putPolicy: (version: number, value: FollowupPolicy) => api.put<{ version: number; value: FollowupPolicy }>('/api/rules/followup-policy', { version, value }),
};
