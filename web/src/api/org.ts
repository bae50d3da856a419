import { api } from './client';
import type { ItemList, OrgKind, OrgUnit, OrgUnitWithAncestors, StaffingTier } from './types';

export interface CreateOrgUnitInput {
  parentId: string;
  kind: OrgKind;
  name: string;
  code: string;
  staffingTier?: StaffingTier;
  rosterWeekdays?: number[];
  departmentType?: string;
  centerId?: string;
}

export interface UpdateOrgUnitInput {
  version: number;
  name?: string;
  code?: string;
  staffingTier?: StaffingTier | null;
  rosterWeekdays?: number[] | null;
}

export const orgApi = {
  /** Children of a unit; `'root'` gives the top of the tree. */
  children: (parentId: string, signal?: AbortSignal) =>
    api.get<ItemList<OrgUnit>>('/api/org/units', { parentId }, signal),
  byKind: (kind: OrgKind, centerId?: string, signal?: AbortSignal) =>
    api.get<ItemList<OrgUnit>>('/api/org/units', { kind, centerId }, signal),
  /** Units whose name matches `q`, optionally of one kind only (e.g. grids for the intake form). */
  search: (q: string, limit = 20, signal?: AbortSignal, kind?: OrgKind) =>
    api.get<ItemList<OrgUnitWithAncestors>>('/api/org/units', { q, limit, kind }, signal),
  get: (id: string, signal?: AbortSignal) =>
    api.get<OrgUnitWithAncestors>(`/api/org/units/${encodeURIComponent(id)}`, undefined, signal),
  create: (input: CreateOrgUnitInput) => api.post<OrgUnit>('/api/org/units', input),
  update: (id: string, input: UpdateOrgUnitInput) =>
    api.patch<OrgUnit>(`/api/org/units/${encodeURIComponent(id)}`, input),
};
