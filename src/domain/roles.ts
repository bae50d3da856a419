/** Staff roles (SPEC §2). A user holds several, each scoped to an org unit. */
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

export const UNIT_KINDS = ['district', 'street', 'town', 'community', 'grid', 'center', 'station', 'enterprise_station', 'department'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const STAFFING_TIERS = ['resident', 'rotating', 'on_call'] as const;
export type StaffingTier = (typeof STAFFING_TIERS)[number];

/** Which kinds of unit may sit under which: the territorial tree, and the bodies beside it. */
const ALLOWED_PARENTS: Record<UnitKind, readonly (UnitKind | null)[]> = {
  district: [null],
  street: ['district'],
  town: ['district'],
  community: ['street', 'town'],
  grid: ['community'],
  center: ['district'],
  station: ['center', 'street', 'town', 'community'],
  enterprise_station: ['center'],
  department: ['district', 'center', 'street', 'town'],
};

export function canPlaceUnder(kind: UnitKind, parentKind: UnitKind | null): boolean {
  return ALLOWED_PARENTS[kind].includes(parentKind);
}

export interface RoleGrant {
  role: Role;
  unitId: string;
}

export function hasRole(grants: readonly RoleGrant[], ...roles: Role[]): boolean {
  return grants.some((g) => roles.includes(g.role));
}

/** Roles whose holders take cases in their unit: they are the candidates of routing and count as its handlers. */
export const HANDLER_ROLES = ['mediator', 'department_liaison', 'enterprise_liaison'] as const satisfies readonly Role[];
