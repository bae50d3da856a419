// 调解安排 and 巡回调解: mediation rooms, sessions of a case, the session calendar, circuit plans.
import { api } from './client';
import type { ItemList } from './types';

export type SessionMode = 'center' | 'circuit' | 'enterprise_station' | 'online';
export type SessionStatus = 'scheduled' | 'held' | 'cancelled';
export type SessionOutcome = 'agreement' | 'partial' | 'no_agreement' | 'adjourned';
export type Attendance = 'invited' | 'present' | 'absent';

export const SESSION_MODES: readonly SessionMode[] = ['center', 'circuit', 'enterprise_station', 'online'];
export const SESSION_OUTCOMES: readonly SessionOutcome[] = ['agreement', 'partial', 'no_agreement', 'adjourned'];

export interface Room {
  id: string;
  unitId: string;
  unitName: string;
  name: string;
  capacity: number;
  equipment: string | null;
  active: boolean;
}

/** POST /api/rooms (admin); PATCH takes the same fields except the unit. */
export interface RoomInput {
  unitId: string;
  name: string;
  capacity?: number;
  equipment?: string | null;
  active?: boolean;
}

export interface SessionParticipant {
  ordinal: number;
  kind: 'staff' | 'expert' | 'party';
  userId: string | null;
  expertId: string | null;
  partyId: string | null;
  name: string;
  role: string | null;
  attendance: Attendance;
}

export interface MediationSession {
  id: string;
  caseId: string;
  caseCode: string;
  caseTitle: string;
  mode: SessionMode;
  roomId: string | null;
  roomName: string | null;
  unitId: string | null;
  unitName: string | null;
  communityId: string | null;
  communityName: string | null;
  place: string | null;
  onlineUrl: string | null;
  circuitPlanId: string | null;
  startsAt: string;
  endsAt: string;
  status: SessionStatus;
  outcome: SessionOutcome | null;
  minutes: string | null;
  cancelReason: string | null;
  cancelledAt: string | null;
  version: number;
  participants: SessionParticipant[];
}

export interface CaseSessions extends ItemList<MediationSession> {
  canSchedule: boolean;
  canRecord: boolean;
  centerId: string;
  invitable: {
    staff: { userId: string; name: string }[];
    experts: { expertId: string; name: string; lead: boolean }[];
    parties: { partyId: string; name: string; role: string }[];
  };
}

export type ParticipantInput = { kind: 'staff'; userId: string } | { kind: 'expert'; expertId: string } | { kind: 'party'; partyId: string };

export interface SessionInput {
  mode: SessionMode;
  roomId?: string | null;
  unitId?: string | null;
  place?: string | null;
  onlineUrl?: string | null;
  startsAt: string;
  endsAt: string;
  participants: ParticipantInput[];
}

export interface SessionConflict {
  kind: 'room' | 'staff' | 'expert';
  id: string;
  name: string;
  sessionId: string | null;
  caseId: string | null;
  caseCode: string | null;
  startsAt: string;
  endsAt: string;
}

export interface DraftCase {
  caseId: string;
  code: string;
  title: string;
  status: string;
  category: string;
  assigneeId: string | null;
  assigneeName: string | null;
  isGroup: boolean;
}

export interface CircuitDraft {
  centerId: string;
  date: string;
  stops: { communityId: string; communityName: string; startsAt: string; endsAt: string; cases: (DraftCase & { startsAt: string; endsAt: string })[] }[];
  overflow: DraftCase[];
  emptyCommunityIds: string[];
}

export interface CircuitPlanSummary {
  id: string;
  centerId: string;
  centerName: string;
  date: string;
  title: string;
  status: 'planned' | 'done' | 'cancelled';
  note: string | null;
  cancelReason: string | null;
  createdByName: string | null;
  createdAt: string;
  version: number;
  sessionCount: number;
  heldCount: number;
}

export interface CircuitPlan extends Omit<CircuitPlanSummary, 'sessionCount' | 'heldCount'> {
  canManage: boolean;
  sessions: MediationSession[];
}

export interface PlanInput {
  centerId: string;
  date: string;
  title?: string | null;
  note?: string | null;
  mediatorIds: string[];
  stops: { communityId: string; place?: string | null; cases: { caseId: string; startsAt: string; endsAt: string }[] }[];
}

const caseSessions = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}/sessions`;

export const sessionsApi = {
  rooms: (unitId?: string, signal?: AbortSignal) => api.get<ItemList<Room>>('/api/rooms', { unitId }, signal),
  createRoom: (body: RoomInput) => api.post<Room>('/api/rooms', body),
  updateRoom: (id: string, body: Partial<Omit<RoomInput, 'unitId'>>) => api.patch<Room>(`/api/rooms/${encodeURIComponent(id)}`, body),
  ofCase: (caseId: string, signal?: AbortSignal) => api.get<CaseSessions>(caseSessions(caseId), undefined, signal),
  schedule: (caseId: string, body: SessionInput) => api.post<MediationSession>(caseSessions(caseId), body),
  reschedule: (caseId: string, sessionId: string, body: SessionInput & { version: number }) =>
    api.patch<MediationSession>(`${caseSessions(caseId)}/${encodeURIComponent(sessionId)}`, body),
  cancel: (caseId: string, sessionId: string, reason: string, version?: number) =>
    api.post<MediationSession>(`${caseSessions(caseId)}/${encodeURIComponent(sessionId)}/cancel`, { reason, version }),
  record: (caseId: string, sessionId: string, body: { minutes: string; outcome: SessionOutcome; attendance?: { ordinal: number; attendance: Attendance }[]; version?: number }) =>
    api.post<MediationSession>(`${caseSessions(caseId)}/${encodeURIComponent(sessionId)}/record`, body),
  calendar: (q: { from: string; to: string; userId?: string; roomId?: string; communityId?: string; expertId?: string }, signal?: AbortSignal) =>
    api.get<ItemList<MediationSession>>('/api/sessions', q, signal),
  draftCircuit: (body: { centerId: string; date: string; communityIds: string[] }) => api.post<CircuitDraft>('/api/circuit-plans/draft', body),
  createCircuit: (body: PlanInput) => api.post<CircuitPlan>('/api/circuit-plans', body),
  circuitMediators: (centerId: string, signal?: AbortSignal) =>
    api.get<ItemList<{ userId: string; name: string; unitName: string }>>('/api/circuit-plans/mediators', { centerId }, signal),
  circuits: (from: string, to: string, signal?: AbortSignal) => api.get<ItemList<CircuitPlanSummary>>('/api/circuit-plans', { from, to }, signal),
  circuit: (id: string, signal?: AbortSignal) => api.get<CircuitPlan>(`/api/circuit-plans/${encodeURIComponent(id)}`, undefined, signal),
  cancelCircuit: (id: string, reason: string) => api.post<CircuitPlan>(`/api/circuit-plans/${encodeURIComponent(id)}/cancel`, { reason }),
};
