// Which kinds of unit may be created under which (district → street/town → community → grid,
// centers beside the tree with their departments and stations).
import type { OrgKind } from '../../../api/types';

export const CHILD_KINDS: Record<OrgKind, readonly OrgKind[]> = {
  district: ['street', 'town', 'center'],
  street: ['community', 'station'],
  town: ['community', 'station'],
  community: ['grid', 'station'],
  grid: [],
  center: ['department', 'station', 'enterprise_station'],
  station: [],
  enterprise_station: [],
  department: [],
};

/** Kinds that belong to a center and carry a staffing tier and duty roster. */
export const STAFFED_KINDS: readonly OrgKind[] = ['department', 'station', 'enterprise_station'];

/** Order ancestors from the top of the tree down, whatever order the server used. */
export function topDown<T extends { kind: OrgKind }>(ancestors: readonly T[]): T[] {
  if (ancestors.length < 2) return [...ancestors];
  const first = ancestors[0];
  const last = ancestors[ancestors.length - 1];
  if (first && last && last.kind === 'district' && first.kind !== 'district') return [...ancestors].reverse();
  return [...ancestors];
}
