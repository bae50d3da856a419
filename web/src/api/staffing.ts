// Staffing (值班与随驻): duty rosters, today's duty, the routing board and on-call requests.
import { api } from './client';
import type { CaseListItem } from './caseTypes';
import type { ItemList, StaffingTier } from './types';

export interface DutyPerson {
  userId: string;
  name: string;
  /** open cases assigned now (routed, accepted, handling) */
  load: number;
  rostered: boolean;
}

export interface DutyUnit {
  id: string;
  name: string;
  kind: string;
  departmentType: string | null;
  staffingTier: StaffingTier | null;
  rosterWeekdays: number[];
  /** requested per case (随驻) */
  oncall: boolean;
  /** sits at the center today by its tier and the working calendar */
  tierOnDuty: boolean;
  byRoster: boolean;
  onDuty: boolean;
  /** on duty today, least loaded first */
  people: DutyPerson[];
  /** every handler of the unit, least loaded first */
  members: DutyPerson[];
}

export interface BoardCase extends CaseListItem {
  amountFen: number | null;
  peopleCount: number;
}

export interface RoutingBoard {
  center: { id: string; name: string };
  date: string;
  workingDay: boolean;
  calendarName: string | null;
  cases: { total: number; items: BoardCase[] };
  units: DutyUnit[];
  onCall: DutyUnit[];
}

export interface CenterUnit {
  id: string;
  name: string;
  kind: string;
  departmentType: string | null;
  staffingTier: StaffingTier | null;
  rosterWeekdays: number[];
}

export interface DutyCenter {
  id: string;
  name: string;
  canManage: boolean;
  units: CenterUnit[];
}

export interface RosterDay {
  date: string;
  weekday: number;
  workingDay: boolean;
  calendarKind: 'holiday' | 'workday' | null;
  calendarName: string | null;
  unitOnDuty: boolean;
}

export interface RosterShift {
  userId: string;
  date: string;
  note: string | null;
}

export interface Roster {
  unit: CenterUnit & { centerId: string | null; centerName: string | null };
  from: string;
  to: string;
  version: number;
  canManage: boolean;
  handlers: { userId: string; name: string; load: number }[];
  days: RosterDay[];
  shifts: RosterShift[];
}

export const ONCALL_STATUSES = ['pending', 'accepted', 'declined', 'expired', 'done', 'cancelled'] as const;
export type OncallStatus = (typeof ONCALL_STATUSES)[number];

export interface OncallRequest {
  id: string;
  caseId: string;
  caseCode: string;
  caseTitle: string;
  unitId: string;
  unitName: string;
  message: string;
  status: OncallStatus;
  requestedById: string | null;
  requestedByName: string | null;
  requestedAt: string;
  respondBy: string;
  overdue: boolean;
  respondedAt: string | null;
  responderName: string | null;
  responseNote: string | null;
  version: number;
  canRespond: boolean;
  /** whether the caller can open the case (a liaison only while the request is live) */
  caseOpen: boolean;
  canComplete: boolean;
  canCancel: boolean;
}

/** A case's requests, whether the caller may ask for more, and whom (the case's center's bodies first). */
export interface CaseOncallRequests extends ItemList<OncallRequest> {
  canRequest: boolean;
  units: { id: string; name: string; departmentType: string | null; centerId: string | null }[];
}

export interface OncallPolicy {
  version: number;
  value: { respondWithinWorkingHours: number };
}

const oncall = (id: string) => `/api/oncall-requests/${encodeURIComponent(id)}`;

export const staffingApi = {
  centers: (signal?: AbortSignal) => api.get<ItemList<DutyCenter>>('/api/duty/centers', undefined, signal),
  roster: (unitId: string, from: string, to: string, signal?: AbortSignal) => api.get<Roster>('/api/duty/rosters', { unitId, from, to }, signal),
  saveRoster: (unitId: string, body: { from: string; to: string; version: number; shifts: { userId: string; date: string; note?: string | null }[] }) =>
    api.put<Roster>(`/api/duty/rosters/${encodeURIComponent(unitId)}`, body),
  board: (centerId?: string, signal?: AbortSignal) => api.get<RoutingBoard>('/api/routing/board', { centerId }, signal),
  caseRequests: (caseId: string, signal?: AbortSignal) =>
    api.get<CaseOncallRequests>(`/api/cases/${encodeURIComponent(caseId)}/oncall-requests`, undefined, signal),
  request: (caseId: string, body: { unitId: string; message: string; respondWithinHours?: number | null }) =>
    api.post<OncallRequest>(`/api/cases/${encodeURIComponent(caseId)}/oncall-requests`, body),
  inbox: (status?: string, signal?: AbortSignal) => api.get<ItemList<OncallRequest>>('/api/oncall-requests', { status }, signal),
  respond: (id: string, decision: 'accepted' | 'declined', note?: string | null) => api.post<OncallRequest>(`${oncall(id)}/respond`, { decision, note }),
  complete: (id: string) => api.post<OncallRequest>(`${oncall(id)}/complete`, {}),
  cancel: (id: string, note?: string | null) => api.post<OncallRequest>(`${oncall(id)}/cancel`, { note }),
  policy: () => api.get<OncallPolicy>('/api/policies/oncall'),
};
