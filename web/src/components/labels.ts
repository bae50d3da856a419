// Labels for server-supplied codes (org kinds, department types, tiers, weekdays).
import { DEPARTMENT_TYPES, type DepartmentType, type OrgKind, type StaffingTier } from '../api/types';
import type { MessageKey, TFunction } from '../i18n';

export function kindLabel(t: TFunction, kind: OrgKind): string {
  return t(`kind.${kind}`);
}

function isDepartmentType(value: string): value is DepartmentType {
  return (DEPARTMENT_TYPES as readonly string[]).includes(value);
}

export function departmentTypeLabel(t: TFunction, type: string | null | undefined): string {
  if (!type) return '';
  return isDepartmentType(type) ? t(`departmentType.${type}`) : type;
}

export const TIER_COLORS: Record<StaffingTier, string> = {
  resident: 'blue',
  rotating: 'gold',
  on_call: 'default',
};

export function tierLabel(t: TFunction, tier: StaffingTier): string {
  return t(`tier.${tier}`);
}

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

export function weekdayKey(day: number): MessageKey | null {
  return day >= 1 && day <= 7 ? (`weekday.${day as 1 | 2 | 3 | 4 | 5 | 6 | 7}` as const) : null;
}

/** "周一、周三、周五" (or "Mon, Wed, Fri"). */
export function weekdaysLabel(t: TFunction, days: readonly number[] | null | undefined): string {
  if (!days || days.length === 0) return '';
  return [...days]
    .sort((a, b) => a - b)
    .map((day) => {
      const key = weekdayKey(day);
      return key ? t(key) : String(day);
    })
    .join(t('common.listSeparator'));
}
