import type { OrgUnit } from '../../../api/types';
import { departmentTypeLabel, kindLabel } from '../../../components/labels';
import type { TFunction } from '../../../i18n';

/** "司法所" for a department, "调解工作站" for a station. */
export function unitTypeLabel(t: TFunction, unit: OrgUnit): string {
  if (unit.kind === 'department' && unit.departmentType) return departmentTypeLabel(t, unit.departmentType);
  return kindLabel(t, unit.kind);
}
