// Role helpers: membership checks and labels.
import type { Me, Role, RoleAssignment } from '../api/types';
import type { MessageKey } from '../i18n';

export function roleLabelKey(role: Role): MessageKey {
  return `role.${role}`;
}

export function hasRole(user: Me | null, role: Role): boolean {
  return !!user && user.roles.some((assignment) => assignment.role === role);
}

/** True when the user holds one of `roles`; an absent or empty list means any signed-in user. */
export function hasAnyRole(user: Me | null, roles: readonly Role[] | undefined): boolean {
  if (!user) return false;
  if (!roles || roles.length === 0) return true;
  return user.roles.some((assignment) => roles.includes(assignment.role));
}

/** Distinct roles of the user, in the order they were granted. */
export function distinctRoles(user: Me): Role[] {
  return [...new Set(user.roles.map((assignment) => assignment.role))];
}

/** Distinct org units the user's roles are scoped to. */
export function scopeUnits(user: Me): Pick<RoleAssignment, 'unitId' | 'unitName' | 'unitKind'>[] {
  const seen = new Map<string, Pick<RoleAssignment, 'unitId' | 'unitName' | 'unitKind'>>();
  for (const { unitId, unitName, unitKind } of user.roles) {
    if (!seen.has(unitId)) seen.set(unitId, { unitId, unitName, unitKind });
  }
  return [...seen.values()];
}
