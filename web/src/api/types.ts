// Shapes of the API contract (see docs/SPEC §6 and the platform-foundation issue).

export const ROLES = [
  'admin',
  'director',
  'dispatcher',
  'mediator',
  'expert',
  'department_liaison',
  'grid_worker',
  'unit_head',
  'building_head',
  'enterprise_liaison',
  'property_manager',
] as const;
export type Role = (typeof ROLES)[number];

export const ORG_KINDS = [
  'district',
  'street',
  'town',
  'community',
  'grid',
  'center',
  'station',
  'enterprise_station',
  'department',
] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

export const DEPARTMENT_TYPES = [
  'judicial_office',
  'police_station',
  'market_regulation',
  'court',
  'procuratorate',
  'human_resources',
  'housing_bureau',
  'womens_federation',
  'political_legal_committee',
  'law_firm',
  'social_organization',
  'family_education_center',
  'employment_training',
] as const;
export type DepartmentType = (typeof DEPARTMENT_TYPES)[number];

export const STAFFING_TIERS = ['resident', 'rotating', 'on_call'] as const;
export type StaffingTier = (typeof STAFFING_TIERS)[number];

/** ISO weekday numbers: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface RoleAssignment {
  role: Role;
  unitId: string;
  unitName: string;
  unitKind: OrgKind;
}

export interface Me {
  id: string;
  username: string;
  displayName: string;
  roles: RoleAssignment[];
}

export interface OrgUnit {
  id: string;
  parentId: string | null;
  kind: OrgKind;
  name: string;
  code: string;
  childCount: number;
  version: number;
  staffingTier?: StaffingTier | null;
  rosterWeekdays?: number[] | null;
  departmentType?: string | null;
  centerId?: string | null;
}

export interface OrgAncestor {
  id: string;
  name: string;
  kind: OrgKind;
}

export interface OrgUnitWithAncestors extends OrgUnit {
  ancestors: OrgAncestor[];
}

export interface User {
  id: string;
  username: string;
  displayName: string;
  /** Already masked by the server, e.g. 138****5678. */
  phone: string | null;
  active: boolean;
  lockedUntil: string | null;
  roles: RoleAssignment[];
  version: number;
}

export interface ItemList<T> {
  items: T[];
}

export interface Page<T> extends ItemList<T> {
  nextCursor: string | null;
}
