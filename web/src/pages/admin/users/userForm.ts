// Conversions between the user form and the API payloads.
import type { Role, User } from '../../../api/types';
import type { CreateUserInput, RoleInput, UpdateUserInput } from '../../../api/users';
import type { UnitValue } from '../../../components/UnitPicker';

export interface RoleRow {
  role?: Role;
  unitId?: UnitValue | null;
}

export interface UserFormValues {
  username: string;
  displayName: string;
  phone?: string;
  password?: string;
  active?: boolean;
  roles: RoleRow[];
}

export const USER_FORM_FIELDS = ['username', 'displayName', 'phone', 'password', 'active', 'roles'] as const;

export function initialValues(user: User | null): Partial<UserFormValues> {
  if (!user) return { roles: [{}], active: true };
  return {
    username: user.username,
    displayName: user.displayName,
    active: user.active,
    roles: user.roles.map((assignment) => ({
      role: assignment.role,
      unitId: { value: assignment.unitId, label: assignment.unitName },
    })),
  };
}

function toRoleInputs(rows: RoleRow[]): RoleInput[] {
  return rows.flatMap((row) => (row.role && row.unitId ? [{ role: row.role, unitId: row.unitId.value }] : []));
}

function roleSignature(roles: readonly RoleInput[]): string {
  return roles
    .map((role) => `${role.role}@${role.unitId}`)
    .sort()
    .join('|');
}

export function toCreateInput(values: UserFormValues): CreateUserInput {
  const phone = values.phone?.trim();
  return {
    username: values.username.trim(),
    displayName: values.displayName.trim(),
    ...(phone ? { phone } : {}),
    password: values.password ?? '',
    roles: toRoleInputs(values.roles),
  };
}

/** Only the fields that changed; `null` when nothing did. */
export function toUpdateInput(user: User, values: UserFormValues): UpdateUserInput | null {
  const input: UpdateUserInput = { version: user.version };
  const displayName = values.displayName.trim();
  const phone = values.phone?.trim();
  const roles = toRoleInputs(values.roles);
  if (displayName !== user.displayName) input.displayName = displayName;
  if (phone) input.phone = phone;
  if (values.password) input.password = values.password;
  if (values.active !== undefined && values.active !== user.active) input.active = values.active;
  if (roleSignature(roles) !== roleSignature(user.roles)) input.roles = roles;
  return Object.keys(input).length > 1 ? input : null;
}
