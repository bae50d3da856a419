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
}
