// Shapes of the case API (issue 3: the closed loop). Money is integer fen; times are ISO 8601.

export const CHANNELS = [
  'window',
  'hotline',
  'online',
  'grid_report',
  'enterprise_station',
  'department_referral',
  'court_referral',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const CASE_STATUSES = [
  'registered',
  'routed',
  'accepted',
  'handling',
  'resolved',
  'referred',
  'withdrawn',
  'archived',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_ACTIONS = [
  'route',
  'accept',
  'return',
  'start',
  'pause',
  'resume',
  'resolve',
  'refer',
  'withdraw',
  'feedback',
  'archive',
  'reopen',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

export const URGENCIES = ['normal', 'urgent', 'critical'] as const;
export type Urgency = (typeof URGENCIES)[number];

export const RISK_LEVELS = ['low', 'medium', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const PARTY_ROLES = ['applicant', 'respondent', 'third_party'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

export const PARTY_KINDS = ['person', 'organization'] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];

export const OUTCOMES = ['agreement', 'oral_agreement', 'other'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const REFERRAL_DESTINATIONS = ['litigation', 'arbitration', 'department'] as const;
export type ReferralDestination = (typeof REFERRAL_DESTINATIONS)[number];

export const SATISFACTIONS = ['satisfied', 'neutral', 'dissatisfied'] as const;
export type Satisfaction = (typeof SATISFACTIONS)[number];

export const FEEDBACK_SOURCES = ['phone', 'staff'] as const;
export type FeedbackSource = (typeof FEEDBACK_SOURCES)[number];

export const ATTACHMENT_KINDS = ['evidence', 'agreement', 'minutes', 'id_copy', 'other'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

export const ARCHIVE_GAPS = ['outcome_missing', 'feedback_missing', 'agreement_missing', 'judicial_result_missing'] as const;
export type ArchiveGap = (typeof ARCHIVE_GAPS)[number];

export type DeadlineKind = 'response' | 'handling';
export type EscalationTarget = 'handler' | 'unit_lead' | 'director';

export const TIMELINE_TYPES = [
  'registered',
  'routed',
  'accepted',
  'returned',
  'started',
  'paused',
  'resumed',
  'resolved',
  'referred',
  'withdrawn',
  'feedback',
  'archived',
  'reopened',
  'escalated',
  'attachment_added',
  'document_generated',
  'annotated',
  // 涉众: warning at registration, gathering into a group case (non-status events)
  'mass_warning',
  'gathered',
  'ungathered',
  'group_formed',
  'group_member_added',
  'group_member_removed',
  // 涉众户: import, progress, one agreement for all, batch notices (non-status events)
  'households_imported',
  'households_progress',
  'households_agreement_applied',
  'households_notified',
  // 随驻请求 (non-status events)
  'oncall_requested',
  'oncall_answered',
  'oncall_completed',
  'oncall_cancelled',
  'oncall_expired',
  'routing_unmatched',
  // 专家智库: two-way matching and team service (non-status events)
  'expert_proposed',
  'expert_replaced',
  'expert_accepted',
  'expert_declined',
  'expert_expired',
  'expert_withdrawn',
  'expert_lead',
  // 调解协议, 司法确认, 转办回执 (non-status events)
  'agreement_drafted',
  'agreement_submitted',
  'agreement_party_signed',
  'agreement_signed',
  'agreement_refused',
  'agreement_voided',
  'agreement_term_fulfilled',
  'agreement_term_unfulfilled',
  'jc_applied',
  'jc_accepted',
  'jc_ruled',
  'jc_withdrawn',
  'jc_reminded',
  'referral_receipt',
  // 调解安排 (non-status events)
  'session_scheduled',
  'session_rescheduled',
  'session_cancelled',
  'session_held',
  // 回访巩固, 风险评估 (non-status events)
  'followup_planned',
  'followup_visit',
  'followup_ended',
  'followup_overdue',
  'risk_assessed',
] as const;
export type TimelineType = (typeof TIMELINE_TYPES)[number];

export interface CaseParty {
  partyId: string;
  role: PartyRole;
  kind: PartyKind;
  name: string;
  /** Masked, e.g. 150203********1234. */
  idNumber: string | null;
  /** Masked, e.g. 138****5678. */
  phone: string | null;
  uscc: string | null;
  /** Masked. */
  address: string | null;
}

export interface Escalation {
  level: 1 | 2 | 3;
  target: EscalationTarget;
  dueAt: string | null;
  /** When the step was taken; null while pending. */
  at: string | null;
}

export interface Deadline {
  kind: DeadlineKind;
  startedAt: string;
  dueAt: string | null;
  metAt: string | null;
  breached: boolean;
  paused: boolean;
  remainingWorkingMinutes: number;
  escalations: Escalation[];
}

export interface TimelineEvent {
  seq: number;
  type: TimelineType;
  fromStatus: CaseStatus | null;
  toStatus: CaseStatus | null;
  actorName: string | null;
  at: string;
  reason: string | null;
  data: Record<string, unknown> | null;
}

export interface Attachment {
  id: string;
  kind: AttachmentKind;
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedAt: string;
  uploadedByName: string;
}

export interface Annotation {
  id: string;
  text: string;
  authorName: string;
  at: string;
}

export interface Referral {
  destination: ReferralDestination;
  note: string | null;
  /** 转办单位 and its receipt (转办回执) */
  unitId?: string | null;
  unitName?: string | null;
  receiptNo?: string | null;
  receivedAt?: string | null;
}

/** Why the case is routed where it is (rule, dispatcher, or no rule matched). */
export interface CaseRouting {
  mode: 'rule' | 'manual' | 'unmatched' | null;
  ruleId: string | null;
  ruleName: string | null;
  explanation: string;
  at: string;
}

export interface Case {
  id: string;
  code: string;
  centerId: string;
  channel: Channel;
  category: string;
  categoryName: string;
  subcategory: string | null;
  title: string;
  description: string;
  /** Masked. */
  address: string | null;
  gridId: string | null;
  gridName: string | null;
  communityName: string | null;
  streetName: string | null;
  amountFen: number | null;
  peopleCount: number | null;
  urgency: Urgency;
  riskLevel: RiskLevel | null;
  status: CaseStatus;
  paused: boolean;
  pauseReason: string | null;
  handlingUnitId: string | null;
  handlingUnitName: string | null;
  assigneeId: string | null;
  assigneeName: string | null;
  outcome: Outcome | null;
  outcomeNote: string | null;
  referral: Referral | null;
  satisfaction: Satisfaction | null;
  registeredAt: string;
  acceptedAt: string | null;
  concludedAt: string | null;
  archivedAt: string | null;
  version: number;
  parties: CaseParty[];
  deadlines: Deadline[];
  /** 分流依据 from the latest routing event, in the UI language; null before any routing. */
  routing?: CaseRouting | null;
  timeline: TimelineEvent[];
  attachments: Attachment[];
  annotations: Annotation[];
  allowedActions: CaseAction[];
  archiveGaps: ArchiveGap[];
  /** 涉众: a group case; the group case of a member; the members (those the caller may see) of a group case. */
  isGroup?: boolean;
  group?: CaseGroupLink | null;
  memberCount?: number;
  members?: CaseGroupMember[];
}

export interface CaseGroupLink {
  id: string;
  code: string;
  title: string;
}

export interface CaseGroupMember {
  id: string;
  code: string;
  title: string;
  status: CaseStatus;
  peopleCount: number;
  registeredAt: string;
}

/** The running clock of a list row. */
export interface ListDeadline {
  kind: DeadlineKind;
  dueAt: string | null;
  breached: boolean;
  paused: boolean;
  remainingWorkingMinutes: number;
}

export interface CaseListItem {
  id: string;
  code: string;
  title: string;
  category: string;
  categoryName: string;
  channel: Channel;
  status: CaseStatus;
  paused: boolean;
  urgency: Urgency;
  riskLevel: RiskLevel | null;
  registeredAt: string;
  gridName: string | null;
  streetName: string | null;
  handlingUnitName: string | null;
  assigneeName: string | null;
  deadline: ListDeadline | null;
  version: number;
}

export interface PartyInput {
  role: PartyRole;
  kind: PartyKind;
  name: string;
  idNumber?: string;
  phone?: string;
  uscc?: string;
  address?: string;
  /** An existing party picked from the lookup. */
  partyId?: string;
}

export interface CreateCaseInput {
  channel: Channel;
  description: string;
  title?: string;
  category?: string;
  subcategory?: string;
  gridId?: string;
  address?: string;
  amountFen?: number;
  peopleCount?: number;
  urgency?: Urgency;
  parties: PartyInput[];
}

export interface PartyMatch {
  partyId: string;
  kind: PartyKind;
  name: string;
  idNumber: string | null;
  phone: string | null;
  uscc: string | null;
  caseCount: number;
}

export interface RouteUnitOption {
  id: string;
  name: string;
  kind: string;
  departmentType: string | null;
  staffingTier: string | null;
}

export interface RouteUserOption {
  id: string;
  displayName: string;
  role: string;
  unitId: string;
  unitName: string;
  openCases: number;
}

export interface RouteOptions {
  units: RouteUnitOption[];
  users: RouteUserOption[];
}

export interface RevealedParty {
  idNumber: string | null;
  phone: string | null;
  address: string | null;
}

/** Extra fields of each action (sent with `action` and `version`). */
export interface ActionFields {
  unitId?: string;
  userId?: string;
  reason?: string;
  outcome?: Outcome;
  note?: string;
  destination?: ReferralDestination;
  satisfaction?: Satisfaction;
  solved?: boolean;
  source?: FeedbackSource;
  /** 风险评估 at resolution: item → answer of the active checklist */
  riskAnswers?: Record<string, string>;
}

export interface CaseQuery {
  view?: 'mine' | 'center';
  /** One status, or several separated by commas. */
  status?: string;
  category?: string;
  channel?: Channel;
  streetId?: string;
  gridId?: string;
  overdue?: boolean;
  /** 涉众: group cases only, their members, or neither */
  group?: 'only' | 'members' | 'none';
  q?: string;
  limit?: number;
  cursor?: string | null;
}
