import type { ColumnType, Generated, JSONColumnType } from 'kysely';

/** Kysely's view of the tables. Columns named as in SQL (snake_case); services map to API names. */
type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface OrgUnitTable {
  id: Generated<string>;
  parent_id: string | null;
  kind: string;
  name: string;
  code: string;
  path: string;
  depth: number;
  center_id: string | null;
  department_type: string | null;
  staffing_tier: string | null;
  roster_weekdays: number[] | null;
  households: number | null;
  geometry: JSONColumnType<[number, number][] | null, string | null, string | null>;
  case_code_prefix: Generated<string | null>;
  lead_user_id: Generated<string | null>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface UserTable {
  id: Generated<string>;
  username: string;
  display_name: string;
  title: Generated<string | null>;
  phone: string | null;
  password_hash: string | null;
  active: Generated<boolean>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface UserRoleTable {
  user_id: string;
  role: string;
  unit_id: string;
}

export interface SessionTable {
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  ended_at: Timestamp | null;
  ip: string | null;
  user_agent: string | null;
}

export interface LoginThrottleTable {
  username_key: string;
  failures: Generated<number>;
  locked_until: Timestamp | null;
  last_failure_at: Timestamp | null;
}

export interface AuditLogTable {
  seq: Generated<number>;
  at: Timestamp;
  actor_id: string | null;
  actor_name: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  outcome: 'ok' | 'denied' | 'failed' | 'error';
  ip: string | null;
  detail: JSONColumnType<Record<string, unknown>, string, string>;
  prev_hash: string;
  hash: string;
}

export interface GridMemberTable {
  id: Generated<string>;
  grid_id: string;
  role: 'grid_worker' | 'unit_head' | 'building_head';
  name: string;
  phone: string | null;
  user_id: string | null;
}

export interface EnterpriseTable {
  id: Generated<string>;
  name: string;
  uscc: string;
  park: string | null;
  industry: string | null;
  station_id: string | null;
  created_at: Timestamp;
}

export interface CompoundTable {
  id: Generated<string>;
  name: string;
  street_id: string;
  community_id: string;
  households: number;
  property_company: string | null;
  public_rental: Generated<boolean>;
}

export interface ExpertTable {
  id: Generated<string>;
  user_id: string | null;
  name: string;
  gender: string | null;
  kind: 'lawyer' | 'legal_scholar' | 'psychologist' | 'retired_judge';
  organization: string | null;
  specialties: string[];
  service_modes: string[];
  years: number | null;
  bio: string | null;
  active: Generated<boolean>;
  available: Generated<boolean>;
  availability_note: string | null;
  max_open_cases: Generated<number>;
  version: Generated<number>;
}

export interface AppSettingTable {
  key: string;
  value: JSONColumnType<Record<string, unknown>, string, string>;
  updated_at: Timestamp;
}

export interface JobStateTable {
  name: string;
  last_run_at: Timestamp | null;
  last_outcome: string | null;
  last_error: string | null;
  lease_until: Timestamp | null;
  lease_owner: string | null;
}

export interface CategoryTable {
  code: string;
  parent_code: string | null;
  name_zh: string;
  name_en: string;
  handling_days: number;
  active: Generated<boolean>;
  sort: Generated<number>;
}

export interface CalendarDayTable {
  date: string;
  kind: 'holiday' | 'workday';
  name: string;
}

export interface PolicyTable {
  key: string;
  value: JSONColumnType<Record<string, unknown>, string, string>;
  version: Generated<number>;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface PartyTable {
  id: Generated<string>;
  kind: 'person' | 'organization';
  name: string;
  id_number: string | null;
  phone: string | null;
  uscc: string | null;
  address: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CaseSequenceTable {
  center_id: string;
  year: number;
  last: number;
}

export interface CaseTable {
  id: Generated<string>;
  code: string;
  center_id: string;
  intake_unit_id: string | null;
  channel: string;
  category: string;
  subcategory: string | null;
  title: string;
  description: string;
  address: string | null;
  district_id: string | null;
  street_id: string | null;
  community_id: string | null;
  grid_id: string | null;
  compound_id: string | null;
  amount_fen: number | null;
  people_count: Generated<number>;
  urgency: Generated<string>;
  risk_level: string | null;
  status: string;
  paused: Generated<boolean>;
  pause_reason: string | null;
  handling_unit_id: string | null;
  assignee_id: string | null;
  outcome: string | null;
  outcome_note: string | null;
  referral_destination: string | null;
  referral_note: string | null;
  satisfaction: string | null;
  judicial_confirmation: string | null;
  referral_unit_id: string | null;
  referral_receipt_no: string | null;
  referral_received_at: Timestamp | null;
  money_recovered_fen: Generated<number>;
  linked_case_id: string | null;
  service_mode: string | null;
  is_group: Generated<boolean>;
  group_case_id: string | null;
  registered_at: Timestamp;
  accepted_at: Timestamp | null;
  concluded_at: Timestamp | null;
  archived_at: Timestamp | null;
  registered_by: string | null;
  search_text: Generated<string>;
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface CasePartyTable {
  case_id: string;
  party_id: string;
  role: 'applicant' | 'respondent' | 'third_party';
  ordinal: number;
}

export interface CaseEventTable {
  id: Generated<number>;
  case_id: string;
  seq: number;
  type: string;
  from_status: string | null;
  to_status: string | null;
  actor_id: string | null;
  actor_name: string | null;
  at: Timestamp;
  reason: string | null;
  data: JSONColumnType<Record<string, unknown>, string, string>;
}

export interface CaseDeadlineTable {
  case_id: string;
  kind: 'response' | 'handling';
  started_at: Timestamp;
  due_at: Timestamp | null;
  met_at: Timestamp | null;
  breached: Generated<boolean>;
  escalation_level: Generated<number>;
}

export interface CaseExpertTable {
  case_id: string;
  expert_id: string;
  lead: Generated<boolean>;
  status: Generated<'proposed' | 'accepted' | 'declined' | 'expired' | 'withdrawn'>;
  proposed_by: Generated<'party' | 'dispatcher' | 'fallback'>;
  proposed_at: Timestamp | null;
  respond_by: Timestamp | null;
  responded_at: Timestamp | null;
  decline_reason: string | null;
  replaces_expert_id: string | null;
}

export interface RoutingRuleTable {
  id: Generated<string>;
  center_id: string | null;
  name: string;
  position: number;
  enabled: Generated<boolean>;
  conditions: JSONColumnType<Record<string, unknown>, string, string>;
  target: JSONColumnType<Record<string, unknown>, string, string>;
  note: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface DutyShiftTable {
  unit_id: string;
  user_id: string;
  date: string;
  note: string | null;
}

/** The version of one unit's duty roster (see migration 20261129T1720). */
export interface DutyRosterTable {
  unit_id: string;
  version: Generated<number>;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface OncallRequestTable {
  id: Generated<string>;
  case_id: string;
  unit_id: string;
  message: string;
  status: Generated<'pending' | 'accepted' | 'declined' | 'expired' | 'done' | 'cancelled'>;
  requested_by: string | null;
  requested_at: Timestamp;
  respond_by: Timestamp;
  responded_at: Timestamp | null;
  responder_id: string | null;
  response_note: string | null;
  version: Generated<number>;
}

export interface ReceptionThemeTable {
  center_id: string;
  theme: 'labour' | 'contract' | 'property_rights' | 'operations' | 'rights_protection';
  weekday: number;
  host_unit_id: string | null;
  slots: string[];
  capacity: Generated<number>;
  note: string | null;
  version: Generated<number>;
}

export interface ReceptionBookingTable {
  id: Generated<string>;
  code: string;
  center_id: string;
  theme: string;
  date: string;
  slot: string;
  enterprise_id: string | null;
  organization_name: string;
  uscc: string | null;
  contact_name: string;
  contact_phone: string;
  topic: string;
  status: Generated<'booked' | 'cancelled' | 'attended' | 'no_show'>;
  case_id: string | null;
  booked_by: string | null;
  booked_at: Timestamp;
}

/** Booking codes per reception day (see migration 20261129T1740). */
export interface ReceptionBookingSequenceTable {
  day: string;
  last: number;
}

export interface AttachmentBlobTable {
  sha256: string;
  content: Buffer;
}

export interface AttachmentTable {
  id: Generated<string>;
  case_id: string;
  kind: string;
  filename: string;
  content_type: string;
  size: number;
  sha256: string;
  uploaded_by: string | null;
  uploaded_at: Timestamp;
}

export interface CaseAnnotationTable {
  id: Generated<string>;
  case_id: string;
  author_id: string | null;
  author_name: string | null;
  text: string;
  at: Timestamp;
}

export interface NotificationTable {
  id: Generated<string>;
  user_id: string;
  case_id: string | null;
  kind: string;
  title: string;
  body: Generated<string>;
  created_at: Timestamp;
  read_at: Timestamp | null;
}

export interface MediationRoomTable {
  id: Generated<string>;
  unit_id: string;
  name: string;
  capacity: Generated<number>;
  equipment: string | null;
  active: Generated<boolean>;
}

export interface CircuitPlanTable {
  id: Generated<string>;
  center_id: string;
  date: string;
  title: string;
  status: Generated<'planned' | 'done' | 'cancelled'>;
  note: string | null;
  created_by: string | null;
  created_at: Timestamp;
  version: Generated<number>;
  cancel_reason: string | null;
}

export interface MediationSessionTable {
  id: Generated<string>;
  case_id: string;
  mode: 'center' | 'circuit' | 'enterprise_station' | 'online';
  room_id: string | null;
  unit_id: string | null;
  place: string | null;
  online_url: string | null;
  circuit_plan_id: string | null;
  starts_at: Timestamp;
  ends_at: Timestamp;
  status: Generated<'scheduled' | 'held' | 'cancelled'>;
  outcome: 'agreement' | 'partial' | 'no_agreement' | 'adjourned' | null;
  minutes: string | null;
  minutes_recorded_by: string | null;
  created_by: string | null;
  created_at: Timestamp;
  version: Generated<number>;
  cancel_reason: string | null;
  cancelled_at: Timestamp | null;
}

export interface SessionParticipantTable {
  session_id: string;
  ordinal: number;
  kind: 'staff' | 'expert' | 'party';
  user_id: string | null;
  expert_id: string | null;
  party_id: string | null;
  role: string | null;
  attendance: Generated<'invited' | 'present' | 'absent'>;
}

export type DocumentKind = 'application' | 'minutes' | 'agreement' | 'follow_up_record' | 'judicial_confirmation_application';

export interface DocumentTemplateTable {
  id: Generated<string>;
  kind: DocumentKind;
  version: number;
  name: string;
  sha256: string;
  shipped: Generated<boolean>;
  active: Generated<boolean>;
  uploaded_by: string | null;
  uploaded_at: Timestamp;
}

export interface CaseDocumentTable {
  id: Generated<string>;
  case_id: string;
  kind: string;
  version: number;
  attachment_id: string;
  template_id: string | null;
  session_id: string | null;
  generated_by: string | null;
  generated_at: Timestamp;
}

export interface AgreementTable {
  id: Generated<string>;
  case_id: string;
  session_id: string | null;
  summary: string;
  total_fen: Generated<number>;
  status: Generated<'draft' | 'signing' | 'signed' | 'void'>;
  concluded_on: string | null;
  enforceable: Generated<boolean>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** judicial-confirmation window reminder sent to the handler (20261129T1920) */
  jc_reminded_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface AgreementTermTable {
  agreement_id: string;
  ordinal: number;
  obligor_party_id: string | null;
  obligee_party_id: string | null;
  kind: 'payment' | 'action' | 'refrain' | 'other';
  description: string;
  amount_fen: number | null;
  due_on: string | null;
  fulfilled_at: Timestamp | null;
}

export interface AgreementSignatureTable {
  agreement_id: string;
  party_id: string;
  status: Generated<'pending' | 'signed' | 'refused'>;
  signed_at: Timestamp | null;
  recorded_by: string | null;
}

export interface JudicialConfirmationTable {
  id: Generated<string>;
  case_id: string;
  agreement_id: string;
  court_unit_id: string;
  applied_on: string;
  status: Generated<'applied' | 'accepted' | 'confirmed' | 'rejected' | 'withdrawn'>;
  accepted_on: string | null;
  ruling_number: string | null;
  ruled_on: string | null;
  result_note: string | null;
  reminded_at: Timestamp | null;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
}

export interface GroupHouseholdTable {
  id: Generated<string>;
  group_case_id: string;
  row_no: number;
  party_id: string | null;
  name: string;
  id_number: string | null;
  phone: string | null;
  address: string | null;
  representative: Generated<boolean>;
  claim_fen: Generated<number>;
  agreed_fen: number | null;
  paid_fen: Generated<number>;
  notified_at: Timestamp | null;
  attended_at: Timestamp | null;
  agreed_at: Timestamp | null;
  signed_at: Timestamp | null;
  paid_at: Timestamp | null;
  note: string | null;
  version: Generated<number>;
}

export interface NoticeBatchTable {
  id: Generated<string>;
  case_id: string;
  title: string;
  body: string;
  created_by: string | null;
  created_at: Timestamp;
}

export interface OutboxTable {
  id: Generated<string>;
  channel: string;
  recipient: string;
  subject: string | null;
  body: string;
  batch_id: string | null;
  household_id: string | null;
  status: Generated<'pending' | 'sent' | 'failed'>;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  last_error: string | null;
  sent_at: Timestamp | null;
  created_at: Timestamp;
}

/** Versioned risk checklist (风险清单): weighted items, each with its allowed answers. */
export interface RiskChecklistTable {
  id: Generated<string>;
  code: string;
  version: number;
  name: string;
  name_en: string;
  items: JSONColumnType<object, string, string>;
  thresholds: JSONColumnType<{ medium: number; high: number }, string, string>;
  active: Generated<boolean>;
  created_by: string | null;
  created_at: Timestamp;
}

export interface HouseholdProfileTable {
  id: Generated<string>;
  grid_id: string;
  address: string;
  head_name: string;
  head_phone: string | null;
  members: JSONColumnType<object, string, string>;
  risk_level: string | null;
  risk_score: number | null;
  last_assessed_at: Timestamp | null;
  notes: string | null;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface HouseholdCaseTable {
  household_id: string;
  case_id: string;
}

export interface RiskAssessmentTable {
  id: Generated<string>;
  checklist_id: string;
  case_id: string | null;
  household_id: string | null;
  /** resolution | visit | screening | manual */
  context: string;
  answers: JSONColumnType<Record<string, string>, string, string>;
  score: number;
  level: string;
  assessed_by: string | null;
  assessed_at: Timestamp;
}

export interface FollowupPlanTable {
  id: Generated<string>;
  case_id: string | null;
  household_id: string | null;
  center_id: string | null;
  grid_id: string | null;
  level: string;
  /** active | ended */
  status: Generated<string>;
  stable_run: Generated<number>;
  started_at: Timestamp;
  ended_at: Timestamp | null;
  end_reason: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface FollowupVisitTable {
  id: Generated<string>;
  plan_id: string;
  seq: number;
  /** local day (Asia/Shanghai) the visit is due, YYYY-MM-DD */
  due_on: ColumnType<string, string, string>;
  /** due | done | cancelled */
  status: Generated<string>;
  done_at: Timestamp | null;
  done_by: string | null;
  mode: string | null;
  /** stable | unstable | worsened */
  stability: string | null;
  notes: string | null;
  photo_sha256: string | null;
  photo_content_type: string | null;
  level_before: string;
  level_after: string | null;
  assessment_id: string | null;
  rebound_case_id: string | null;
  escalation_level: Generated<number>;
  escalated_at: Timestamp | null;
  client_id: string | null;
  version: Generated<number>;
}

export interface FollowupPlanEventTable {
  id: Generated<number>;
  plan_id: string;
  /** level_changed | escalated | ended */
  type: string;
  actor_id: string | null;
  actor_name: string | null;
  at: Timestamp;
  reason: string | null;
  data: JSONColumnType<Record<string, unknown>, string, string>;
}

export interface ScreeningCampaignTable {
  id: Generated<string>;
  center_id: string;
  name: string;
  description: string | null;
  checklist_id: string;
  starts_on: ColumnType<string, string, string>;
  ends_on: ColumnType<string, string, string>;
  /** open | closed */
  status: Generated<string>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface ScreeningCampaignGridTable {
  campaign_id: string;
  grid_id: string;
  target_households: number;
}

export interface ScreeningTable {
  id: Generated<string>;
  campaign_id: string;
  grid_id: string;
  household_id: string | null;
  address: string;
  head_name: string | null;
  assessment_id: string;
  score: number;
  level: string;
  screened_by: string | null;
  screened_at: Timestamp;
  client_id: string | null;
}

export interface AssistanceResourceTable {
  id: Generated<string>;
  center_id: string | null;
  /** counselling | employment | family_education | legal_aid */
  kind: string;
  name: string;
  provider: string;
  provider_unit_id: string | null;
  contact_phone: string | null;
  description: string | null;
  active: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface AssistanceReferralTable {
  id: Generated<string>;
  resource_id: string;
  case_id: string | null;
  household_id: string | null;
  visit_id: string | null;
  reason: string;
  /** referred | accepted | in_progress | completed | declined */
  status: Generated<string>;
  outcome: string | null;
  referred_by: string | null;
  referred_at: Timestamp;
  closed_at: Timestamp | null;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface DB {
  org_units: OrgUnitTable;
  users: UserTable;
  user_roles: UserRoleTable;
  sessions: SessionTable;
  login_throttle: LoginThrottleTable;
  audit_log: AuditLogTable;
  grid_members: GridMemberTable;
  enterprises: EnterpriseTable;
  compounds: CompoundTable;
  experts: ExpertTable;
  app_settings: AppSettingTable;
  job_state: JobStateTable;
  categories: CategoryTable;
  calendar_days: CalendarDayTable;
  policies: PolicyTable;
  parties: PartyTable;
  case_sequences: CaseSequenceTable;
  cases: CaseTable;
  case_parties: CasePartyTable;
  case_events: CaseEventTable;
  case_deadlines: CaseDeadlineTable;
  case_experts: CaseExpertTable;
  attachment_blobs: AttachmentBlobTable;
  attachments: AttachmentTable;
  case_annotations: CaseAnnotationTable;
  notifications: NotificationTable;
  routing_rules: RoutingRuleTable;
  duty_shifts: DutyShiftTable;
  duty_rosters: DutyRosterTable;
  oncall_requests: OncallRequestTable;
  reception_themes: ReceptionThemeTable;
  reception_bookings: ReceptionBookingTable;
  mediation_rooms: MediationRoomTable;
  circuit_plans: CircuitPlanTable;
  mediation_sessions: MediationSessionTable;
  session_participants: SessionParticipantTable;
  document_templates: DocumentTemplateTable;
  case_documents: CaseDocumentTable;
  agreements: AgreementTable;
  agreement_terms: AgreementTermTable;
  agreement_signatures: AgreementSignatureTable;
  judicial_confirmations: JudicialConfirmationTable;
  group_households: GroupHouseholdTable;
  notice_batches: NoticeBatchTable;
  outbox: OutboxTable;
  reception_booking_sequences: ReceptionBookingSequenceTable;
  risk_checklists: RiskChecklistTable;
  household_profiles: HouseholdProfileTable;
  household_cases: HouseholdCaseTable;
  risk_assessments: RiskAssessmentTable;
  followup_plans: FollowupPlanTable;
  followup_visits: FollowupVisitTable;
  followup_plan_events: FollowupPlanEventTable;
  screening_campaigns: ScreeningCampaignTable;
  screening_campaign_grids: ScreeningCampaignGridTable;
  screenings: ScreeningTable;
  assistance_resources: AssistanceResourceTable;
  assistance_referrals: AssistanceReferralTable;
}
